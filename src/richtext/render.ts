import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext, type PlaintextConverters } from '@payloadcms/richtext-lexical/plaintext'

import type { Locale } from '../domain'
import { escapeHtml, safeUrl } from '../lib/html'
import { textIn } from '../lib/localized'
import type { Media } from '../payload-types'
import { absoluteHref } from './urls'

/**
 * A stored Lexical body as HTML and as plain text, for every channel (agency API, feeds, email).
 * Output is exact for each node of nodes.ts; a node outside that list (a body saved before the
 * editor was restricted) gives its children's text, never a placeholder.
 *
 *   upload, image → <figure><img src alt width height></figure> (absolute URL, alt in the reader's
 *                   language); the image itself is chosen by `image` (email: a rendition at the width shown)
 *   upload, file  → <a href>file name</a>
 *   link          → <a href> with an absolute URL; an internal link (no public address) → its text
 *   plain text    → paragraphs apart by a blank line; with `spellOutLinks`, "text <url>" and an
 *                   upload as "[alt] url" (email's text part); without, the link text only
 */
export type RenderOptions = {
  publicUrl: string
  /** Languages to try for alt texts (locale-all media), the reader's first. */
  order: readonly Locale[]
  /** The image shown for an image upload; default: the original file. */
  image?: (media: Media) => ShownImage
  /** Open links in a new tab (web); email clients decide for themselves. */
  newTab?: boolean
  /** Plain text: write each link's address after its text, and uploads as "[alt] url". */
  spellOutLinks?: boolean
}

export type ShownImage = { src: string; width?: number; height?: number }

type State = Parameters<typeof convertLexicalToHTML>[0]['data']
type Node = { type?: unknown; children?: unknown; fields?: unknown; value?: unknown }

/** A Lexical document as Payload stores it (or anything else, which counts as empty). */
function asState(value: unknown): State | null {
  if (!value || typeof value !== 'object' || !('root' in value)) return null
  const root = value.root
  if (!root || typeof root !== 'object' || !('children' in root) || !Array.isArray(root.children) || root.children.length === 0) return null
  // Checked above: an object with a root that has children, which is all the converters read.
  return value as State
}

/** The populated media document of an upload node (depth ≥ 1), or undefined when only its id is there. */
function mediaOf(node: Node): Media | undefined {
  const value = node.value
  return value && typeof value === 'object' && 'url' in value && typeof value.url === 'string' && value.url !== '' ? (value as Media) : undefined
}

const altOf = (media: Media, order: readonly Locale[]): string =>
  textIn(media.alt, order)?.text ?? textIn(media.caption, order)?.text ?? media.filename ?? ''

const isImage = (media: Media) => (media.mimeType ?? '').startsWith('image/')

const originalImage =
  (publicUrl: string) =>
  (media: Media): ShownImage => ({ src: absoluteHref(media.url as string, publicUrl), width: media.width ?? undefined, height: media.height ?? undefined })

type LinkFields = { url?: unknown; linkType?: unknown }

/** The absolute address of a link node, or null when it has none a reader could follow. */
function hrefOf(fields: unknown, publicUrl: string): string | null {
  if (!fields || typeof fields !== 'object') return null
  const { url, linkType } = fields as LinkFields
  if (linkType === 'internal' || typeof url !== 'string' || url.trim() === '') return null
  return safeUrl(url.startsWith('/') ? absoluteHref(url, publicUrl) : url) ?? null
}

const attr = (name: string, value: string | number | undefined) => (value === undefined || value === '' ? '' : ` ${name}="${escapeHtml(String(value))}"`)

function htmlConverters(o: RenderOptions): HTMLConverters {
  const image = o.image ?? originalImage(o.publicUrl)
  const link = (children: string, fields: { newTab?: boolean | null }, styleTag: string) => {
    const href = hrefOf(fields, o.publicUrl)
    if (!href) return children
    return `<a${styleTag} href="${escapeHtml(href)}"${o.newTab && fields.newTab ? ' rel="noopener noreferrer" target="_blank"' : ''}>${children}</a>`
  }
  return {
    ...defaultHTMLConverters,
    link: ({ node, nodesToHTML, providedStyleTag }) => link(nodesToHTML({ nodes: node.children }).join(''), node.fields, providedStyleTag),
    autolink: ({ node, nodesToHTML, providedStyleTag }) => link(nodesToHTML({ nodes: node.children }).join(''), node.fields, providedStyleTag),
    upload: ({ node, providedStyleTag }) => {
      const media = mediaOf(node)
      if (!media) return ''
      const alt = altOf(media, o.order)
      if (!isImage(media)) return `<p${providedStyleTag}><a href="${escapeHtml(absoluteHref(media.url as string, o.publicUrl))}">${escapeHtml(media.filename ?? alt)}</a></p>`
      const shown = image(media)
      return `<figure${providedStyleTag}><img src="${escapeHtml(shown.src)}" alt="${escapeHtml(alt)}"${attr('width', shown.width)}${attr('height', shown.height)} /></figure>`
    },
    // Payload's own writes line breaks, empty attributes and list numbers into every item.
    listitem: ({ node, nodesToHTML, providedStyleTag }) => {
      const nested = node.children.some((child) => child.type === 'list')
      const children = nodesToHTML({ nodes: node.children }).join('')
      return nested ? `<li style="list-style-type:none">${children}</li>` : `<li${providedStyleTag}>${children}</li>`
    },
    unknown: ({ node, nodesToHTML }) => {
      const children = (node as Node).children
      return Array.isArray(children) ? nodesToHTML({ nodes: children }).join('') : ''
    },
  }
}

/** A quote is a paragraph of its own (Payload's text converter runs it into the line before). */
const quote: PlaintextConverters['quote'] = ({ node, nodesToPlaintext }) => `\n\n${nodesToPlaintext({ nodes: node.children }).join('')}`

function textConverters(o: RenderOptions): PlaintextConverters {
  if (!o.spellOutLinks) {
    return { quote, upload: '', horizontalrule: '' }
  }
  const image = o.image ?? originalImage(o.publicUrl)
  const link = (children: string, fields: unknown) => {
    const href = hrefOf(fields, o.publicUrl)
    // An address written out as its own text is not repeated.
    return href && href !== children ? `${children} <${href}>` : children
  }
  return {
    quote,
    link: ({ node, nodesToPlaintext }) => link(nodesToPlaintext({ nodes: node.children }).join(''), node.fields),
    autolink: ({ node, nodesToPlaintext }) => link(nodesToPlaintext({ nodes: node.children }).join(''), node.fields),
    upload: ({ node }) => {
      const media = mediaOf(node)
      if (!media) return ''
      const url = isImage(media) ? image(media).src : absoluteHref(media.url as string, o.publicUrl)
      return `\n\n[${altOf(media, o.order)}] ${url}`
    },
    horizontalrule: '',
  }
}

/** The body as HTML (no wrapper), every URL absolute; '' when the body is empty. */
export function richTextToHtml(value: unknown, o: RenderOptions): string {
  const state = asState(value)
  if (!state) return ''
  return convertLexicalToHTML({ data: state, converters: htmlConverters(o), disableContainer: true }).trim()
}

/** The body as plain text; '' when empty. */
export function richTextToText(value: unknown, o: RenderOptions): string {
  const state = asState(value)
  if (!state) return ''
  return convertLexicalToPlaintext({ data: state, converters: textConverters(o) }).trim()
}
