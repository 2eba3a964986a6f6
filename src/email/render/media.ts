import { absoluteHref } from '../../richtext'
import type { Media } from '../../payload-types'

/** The populated media of an upload field (one or many) that have a file; ids that were not populated are skipped. */
export const populatedMedia = (value: unknown): Media[] =>
  (Array.isArray(value) ? value : [value]).filter((m): m is Media => !!m && typeof m === 'object' && 'url' in m && typeof m.url === 'string' && m.url !== '')

export const isImage = (media: Media): boolean => (media.mimeType ?? '').startsWith('image/')

/** Widest an image is shown in the 640px layout. */
export const IMAGE_WIDTH = 592

/**
 * The image to show in an email: the uncropped `feature` rendition (1600 wide) when there is one,
 * else the original; absolute URL; the size it is shown at (at most IMAGE_WIDTH wide).
 */
export function emailImage(media: Media, publicUrl: string): { src: string; width: number; height?: number } {
  const feature = media.sizes?.feature
  return shownImage(feature?.url ? feature : media, publicUrl)
}

/** An image file or rendition at the width the layout shows it. */
function shownImage(chosen: { url?: string | null; width?: number | null; height?: number | null }, publicUrl: string): { src: string; width: number; height?: number } {
  const w = typeof chosen.width === 'number' && chosen.width > 0 ? chosen.width : undefined
  const h = typeof chosen.height === 'number' && chosen.height > 0 ? chosen.height : undefined
  const width = Math.min(w ?? IMAGE_WIDTH, IMAGE_WIDTH)
  return { src: absoluteHref(chosen.url as string, publicUrl), width, height: w && h ? Math.round((h * width) / w) : undefined }
}

/** A file as the read model stores it (src/readModel/record.ts PageMedia: absolute URLs, its renditions). */
export type StoredFile = { url: string; width?: number; height?: number; filename?: string; filesize?: number; renditions: { name: string; url: string; width?: number; height?: number }[] }

/** emailImage for a stored file: the `feature` rendition when there is one, else the original. */
export function storedImage(file: StoredFile, publicUrl: string): { src: string; width: number; height?: number } {
  return shownImage(file.renditions.find((r) => r.name === 'feature' && r.url) ?? file, publicUrl)
}

/** The absolute address of the original file (attachments are links, never attached). */
export const fileUrl = (media: Pick<Media, 'url'> | StoredFile, publicUrl: string): string => absoluteHref(media.url as string, publicUrl)

const units = ['B', 'KB', 'MB', 'GB']

/** 1.2 MB, 340 KB. */
export function formatBytes(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${unit === 0 ? value : value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`
}

/** "PDF, 1.2 MB" from the type and size. */
export function fileDetail(media: Pick<Media, 'filename' | 'filesize'> | StoredFile): string | undefined {
  const ext = (media.filename ?? '').split('.').pop()
  const kind = ext && ext !== media.filename ? ext.toUpperCase() : undefined
  const size = typeof media.filesize === 'number' && media.filesize > 0 ? formatBytes(media.filesize) : undefined
  const parts = [kind, size].filter((p): p is string => !!p)
  return parts.length ? parts.join(', ') : undefined
}
