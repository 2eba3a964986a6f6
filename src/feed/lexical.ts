import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

type SerializedState = Parameters<typeof convertLexicalToHTML>[0]['data']

/** A Lexical document as Payload stores it (or anything else, which counts as empty). */
function asState(value: unknown): SerializedState | null {
  if (!value || typeof value !== 'object') return null
  const root = (value as { root?: { children?: unknown } }).root
  if (!root || !Array.isArray(root.children) || root.children.length === 0) return null
  return value as SerializedState
}

export const absoluteUrl = (url: string, publicUrl: string): string => (url.startsWith('/') ? `${publicUrl}${url}` : url)

/** Copy of the tree where every populated upload node carries absolute URLs (itself and its sizes). */
function absolutizeUploads(node: unknown, publicUrl: string): unknown {
  if (Array.isArray(node)) return node.map((n) => absolutizeUploads(n, publicUrl))
  if (!node || typeof node !== 'object') return node
  const record = { ...(node as Record<string, unknown>) }
  if (record.type === 'upload' && record.value && typeof record.value === 'object') {
    const doc = { ...(record.value as Record<string, unknown>) }
    if (typeof doc.url === 'string') doc.url = absoluteUrl(doc.url, publicUrl)
    if (doc.sizes && typeof doc.sizes === 'object') {
      doc.sizes = Object.fromEntries(
        Object.entries(doc.sizes as Record<string, Record<string, unknown> | null>).map(([k, s]) => [
          k,
          s && typeof s.url === 'string' ? { ...s, url: absoluteUrl(s.url, publicUrl) } : s,
        ]),
      )
    }
    record.value = doc
  }
  if (Array.isArray(record.children)) record.children = absolutizeUploads(record.children, publicUrl)
  if (record.root) record.root = absolutizeUploads(record.root, publicUrl)
  return record
}

/** The body as HTML (no wrapper div), upload links absolute; '' when the body is empty. */
export function lexicalToHtml(value: unknown, publicUrl: string): string {
  const state = asState(value)
  if (!state) return ''
  return convertLexicalToHTML({ data: absolutizeUploads(state, publicUrl) as SerializedState, disableContainer: true }).trim()
}

/** The body as plain text; '' when empty. */
export function lexicalToText(value: unknown): string {
  const state = asState(value)
  if (!state) return ''
  return convertLexicalToPlaintext({ data: state }).trim()
}
