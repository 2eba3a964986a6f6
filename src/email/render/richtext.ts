import type { Locale } from '../../domain'
import { lexicalToHtml, lexicalToText } from '../../feed/lexical'
import { absoluteHref, altOf, emailImage, fileUrl, isImage, type MediaDoc } from './media'
import { styles } from './html'

type Node = Record<string, unknown> & { type?: string; children?: unknown[] }

const isNode = (value: unknown): value is Node => !!value && typeof value === 'object' && !Array.isArray(value)

const textNode = (text: string): Node => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const paragraphOf = (children: Node[]): Node => ({ type: 'paragraph', children, direction: 'ltr', format: '', indent: 0, version: 1 })

type Target = 'html' | 'text'

/**
 * A copy of a Lexical tree made for email, before it goes through the shared converters:
 * - images: the uncropped rendition at the width it is shown, alt text in the reader's language,
 *   no <picture> sources (mail clients ignore them);
 * - links: relative ones made absolute; internal links (to documents that have no public page)
 *   become their text; in the plain-text part each link is spelled out after its text;
 * - in the plain-text part, images and files become a line "[alt] URL".
 */
function prepare(nodes: unknown[], target: Target, ctx: { publicUrl: string; order: readonly Locale[] }): Node[] {
  const out: Node[] = []
  for (const raw of nodes) {
    if (!isNode(raw)) continue
    const node: Node = { ...raw }
    const children = Array.isArray(node.children) ? prepare(node.children, target, ctx) : undefined
    if (children) node.children = children

    if (node.type === 'upload') {
      const media = isNode(node.value) && typeof node.value.url === 'string' ? (node.value as unknown as MediaDoc) : undefined
      if (!media) continue
      const alt = altOf(media, ctx.order)
      if (target === 'text') {
        out.push(paragraphOf([textNode(`[${alt}] ${isImage(media) ? emailImage(media, ctx.publicUrl).src : fileUrl(media, ctx.publicUrl)}`)]))
        continue
      }
      const shown = isImage(media) ? emailImage(media, ctx.publicUrl) : undefined
      node.fields = { ...(isNode(node.fields) ? node.fields : {}), alt }
      node.value = shown
        ? { id: media.id, url: shown.src, mimeType: media.mimeType, alt, width: shown.width, height: shown.height ?? '', sizes: {} }
        : { id: media.id, url: fileUrl(media, ctx.publicUrl), mimeType: media.mimeType ?? 'application/octet-stream', filename: media.filename ?? alt }
      out.push(node)
      continue
    }

    if (node.type === 'link' || node.type === 'autolink') {
      const fields = isNode(node.fields) ? node.fields : {}
      if (fields.linkType === 'internal' || typeof fields.url !== 'string' || fields.url.trim() === '') {
        out.push(...(children ?? []))
        continue
      }
      const url = fields.url.startsWith('/') ? absoluteHref(fields.url, ctx.publicUrl) : fields.url
      if (target === 'text') {
        out.push(...(children ?? []), textNode(` <${url}>`))
        continue
      }
      node.fields = { ...fields, url, newTab: false }
    }
    out.push(node)
  }
  return out
}

function prepared(value: unknown, target: Target, ctx: { publicUrl: string; order: readonly Locale[] }): unknown {
  if (!isNode(value) || !isNode(value.root) || !Array.isArray(value.root.children)) return value
  return { ...value, root: { ...value.root, children: prepare(value.root.children, target, ctx) } }
}

/** Inline styles for what the converters emit (mail clients ignore <style> blocks). */
const tagStyles: Record<string, string> = {
  p: `margin:0 0 16px;${styles.text}`,
  h1: 'margin:24px 0 8px;font-size:22px;line-height:1.3;color:#102a43;',
  h2: 'margin:24px 0 8px;font-size:20px;line-height:1.3;color:#102a43;',
  h3: 'margin:20px 0 8px;font-size:18px;line-height:1.35;color:#102a43;',
  h4: 'margin:16px 0 8px;font-size:16px;line-height:1.4;color:#102a43;',
  h5: 'margin:16px 0 8px;font-size:16px;line-height:1.4;color:#102a43;',
  h6: 'margin:16px 0 8px;font-size:16px;line-height:1.4;color:#102a43;',
  a: styles.link,
  ul: 'margin:0 0 16px;padding:0 0 0 24px;',
  ol: 'margin:0 0 16px;padding:0 0 0 24px;',
  li: `margin:0 0 6px;${styles.text}`,
  blockquote: 'margin:0 0 16px;padding:8px 16px;border-left:3px solid #bcccdc;color:#334e68;',
  hr: 'border:0;border-top:1px solid #d9e2ec;margin:24px 0;',
  img: 'display:block;width:100%;max-width:100%;height:auto;border:0;margin:0 0 16px;',
  table: 'border-collapse:collapse;width:100%;margin:0 0 16px;',
  code: 'font-family:Consolas,Menlo,monospace;font-size:14px;background-color:#f0f4f8;',
}

const OPENING_TAG = new RegExp(`<(${Object.keys(tagStyles).join('|')})(?=[\\s/>])([^>]*)>`, 'g')

/**
 * Puts the styles on each element, before any style it already carries (alignment, indentation).
 * Safe on the converters' output: text and attribute values there are escaped, so `<`, `>` and `"`
 * appear only as markup.
 */
function inlineStyles(html: string): string {
  return html.replace(OPENING_TAG, (_match, tag: string, attrs: string) => {
    const style = tagStyles[tag]
    const withStyle = /\sstyle="/.test(attrs) ? attrs.replace(/\sstyle="([^"]*)"/, (_m, own: string) => ` style="${style}${own}"`) : ` style="${style}"${attrs}`
    return `<${tag}${withStyle.replace(/\s+/g, ' ').replace(/ (?=\/?$)/, '')}>`
  })
}

/** A rich-text body as email HTML (inline styles, absolute URLs) and as plain text with links spelled out. */
export function emailBody(value: unknown, ctx: { publicUrl: string; order: readonly Locale[] }): { html: string; text: string } {
  const html = lexicalToHtml(prepared(value, 'html', ctx), ctx.publicUrl)
  const text = lexicalToText(prepared(value, 'text', ctx))
  return { html: html ? inlineStyles(html) : '', text }
}
