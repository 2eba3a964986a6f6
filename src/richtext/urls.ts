/** A stored URL made absolute: relative ones (`/api/media/file/…`) get the public address in front. */
export const absoluteUrl = (url: string, publicUrl: string): string => (url.startsWith('/') ? `${publicUrl}${url}` : url)

/** An absolute, valid URL (spaces and non-ASCII file names percent-encoded, existing escapes kept). */
export function absoluteHref(url: string, publicUrl: string): string {
  const absolute = absoluteUrl(url, publicUrl)
  try {
    return new URL(absolute).href
  } catch {
    return encodeURI(absolute)
  }
}
