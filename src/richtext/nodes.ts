/**
 * The rich-text nodes the newsroom renders, everywhere a body goes (agency API, feeds, email): the
 * editor offers exactly these (editor.ts), a save holding any other is refused (validate.ts), and
 * the renderers (render.ts) have an exact output for each.
 *
 *   paragraph, heading (h1–h6), quote, list + listitem (bulleted, numbered), text (bold, italic,
 *   underline, strikethrough, sub/superscript, code), linebreak, tab, link + autolink (URLs only),
 *   upload (an image as a figure, a file as a link), horizontalrule.
 *
 * Left out on purpose: relationship nodes and internal links (the documents they point to have no
 * public address an agency or a journalist could follow), check lists (not a press-release form,
 * and Payload's converter writes random ids into them), tables and blocks (not in the editor).
 */
export const renderedNodeTypes = [
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'text',
  'linebreak',
  'tab',
  'link',
  'autolink',
  'upload',
  'horizontalrule',
] as const
export type RenderedNodeType = (typeof renderedNodeTypes)[number]

const rendered = new Set<string>(renderedNodeTypes)

type NodeLike = { type?: unknown; children?: unknown; listType?: unknown; fields?: unknown }

const isNode = (value: unknown): value is NodeLike => !!value && typeof value === 'object' && !Array.isArray(value)

/**
 * What in a stored body the renderers cannot render, described by node type ("relationship",
 * "list (check)", "link (internal)"), each once, in document order. Empty for a body that renders.
 */
export function unsupportedNodes(value: unknown): string[] {
  const found: string[] = []
  const note = (what: string) => {
    if (!found.includes(what)) found.push(what)
  }
  const walk = (node: unknown) => {
    if (!isNode(node)) return
    const type = typeof node.type === 'string' ? node.type : '(no type)'
    if (!rendered.has(type)) note(type)
    else if (type === 'list' && node.listType === 'check') note('list (check)')
    else if ((type === 'link' || type === 'autolink') && isNode(node.fields) && 'linkType' in node.fields && node.fields.linkType === 'internal') note(`${type} (internal)`)
    if (Array.isArray(node.children)) node.children.forEach(walk)
  }
  if (isNode(value) && 'root' in value) walk(value.root)
  return found
}
