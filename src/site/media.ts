import type { Locale } from '../domain'
import { formatBytes, isImage, populatedMedia } from '../email/render/media'
import { textIn } from '../lib/localized'
import type { Media } from '../payload-types'
import { absoluteHref } from '../richtext'
import type { FileLink, Picture } from './model'

export { isImage, populatedMedia }

type Rendition = { url?: string | null; width?: number | null; height?: number | null }

const usable = (r: Rendition | null | undefined): r is Rendition & { url: string } => !!r && typeof r.url === 'string' && r.url !== ''
const px = (n: number | null | undefined) => (typeof n === 'number' && n > 0 ? Math.round(n) : undefined)

/**
 * An image as the site shows it: `src` and `srcset` from renditions of one aspect ratio (a card:
 * the 768×432 crop; otherwise the uncropped 1600-wide `feature` and the original), the alt text and
 * caption in the reader's language or the next in `order`, the credit.
 */
export function pictureOf(media: Media, order: readonly Locale[], shape: 'card' | 'full'): Picture {
  const sizes = media.sizes ?? {}
  const set: (Rendition & { url: string })[] = shape === 'card' && usable(sizes.card) ? [sizes.card] : [sizes.feature, media].filter(usable)
  const shown = set[0] ?? { url: media.url as string, width: media.width, height: media.height }
  const byWidth = new Map<number, string>()
  for (const r of set) {
    const w = px(r.width)
    if (w && !byWidth.has(w)) byWidth.set(w, `${sitePath(r.url)} ${w}w`)
  }
  return {
    src: sitePath(shown.url),
    srcset: [...byWidth.values()].join(', '),
    width: px(shown.width),
    height: px(shown.height),
    alt: textIn(media.alt, order),
    caption: textIn(media.caption, order),
    credit: media.credit?.trim() || undefined,
  }
}

/**
 * A media address as a path on this site: Payload writes media URLs absolute (from PUBLIC_URL);
 * the pages use the path, so they work under whatever host they were reached at, within the
 * page's `img-src 'self'`.
 */
export function sitePath(url: string): string {
  const match = /^https?:\/\/[^/]+(\/api\/media\/file\/.*)$/.exec(url)
  return match ? match[1] : url
}

/** The `og` rendition (1200×630 JPEG), absolute, for Open Graph and Twitter cards. */
export function ogImageOf(media: Media | undefined, publicUrl: string): { src: string; width: number; height: number } | undefined {
  const og = media?.sizes?.og
  if (!usable(og)) return undefined
  return { src: absoluteHref(og.url, publicUrl), width: px(og.width) ?? 1200, height: px(og.height) ?? 630 }
}

/** A file offered for download: its label (caption, alt or file name), type from its name, size. */
export function fileLinkOf(media: Media, order: readonly Locale[]): FileLink {
  const label = textIn(media.caption, order) ?? textIn(media.alt, order)
  const ext = (media.filename ?? '').split('.').pop()
  return {
    url: sitePath(media.url as string),
    name: label ?? { text: media.filename ?? (media.url as string) },
    kind: ext && ext !== media.filename ? ext.toUpperCase() : undefined,
    size: typeof media.filesize === 'number' && media.filesize > 0 ? formatBytes(media.filesize) : undefined,
  }
}
