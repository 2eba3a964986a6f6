import { normalizeText } from '../search/normalize'

/** Query parameters that only track a click: the same article with or without them is one article. */
const TRACKING = /^(utm_.*|fbclid|gclid)$/i

/**
 * The one address of an article, whatever link a feed gave: lower-case scheme and host (URL does
 * that), no fragment, no tracking parameters, no default port (URL drops :80 and :443), no trailing
 * slash on the path. Null for anything that is not an absolute http(s) URL.
 */
export function canonicalUrl(raw: string, base?: string): string | null {
  let url: URL
  try {
    url = new URL(raw.trim(), base)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  url.hash = ''
  url.username = ''
  url.password = ''
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING.test(name)) url.searchParams.delete(name)
  }
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '') || '/'
  const text = url.toString()
  // URL keeps a lone "?" once every parameter is gone.
  return text.endsWith('?') ? text.slice(0, -1) : text
}

/**
 * The fingerprint of a title: case, diacritics and punctuation folded (the Vietnamese
 * normalization, which also suits English and keeps Lao letters), so the same story syndicated
 * under the same title by several outlets has one key. Null for a title too short to tell stories
 * apart (fewer than three words and 12 characters): "Tin vắn" must not merge everything.
 */
export function storyKey(title: string): string | null {
  const key = normalizeText('vi', title)
  if (key.length < 12 && key.split(' ').length < 3) return null
  return key.slice(0, 300)
}
