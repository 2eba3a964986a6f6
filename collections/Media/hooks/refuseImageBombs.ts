import fs from 'node:fs/promises'

import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

/**
 * Refuse an image whose declared dimensions exceed the pixel limit, reading only its header:
 * a decompression bomb is a few kilobytes on the wire and gigabytes once decoded, so this runs
 * before Payload hands the file to sharp for resizing.
 */
export const refuseImageBombs =
  (maxPixels: number): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    // Anonymous requests are refused by access control right after this hook: answer them 403, not 413.
    if (!file || !req.user) return args
    const bytes = file.data?.length ? file.data : file.tempFilePath ? await fs.readFile(file.tempFilePath) : null
    if (!bytes) return args
    let width: number | undefined
    let height: number | undefined
    let pages = 1
    try {
      const meta = await sharp(bytes, { limitInputPixels: false, animated: true }).metadata()
      width = meta.width
      height = meta.pageHeight ?? meta.height
      pages = meta.pages ?? 1
    } catch {
      return args // not an image sharp understands: the type allowlist decides
    }
    if (!width || !height) return args
    const pixels = width * height * pages
    if (pixels > maxPixels) {
      throw new APIError(
        `Image too large: ${width}×${height}${pages > 1 ? `×${pages} frames` : ''} = ${pixels.toLocaleString('en-US')} pixels; the limit is ${maxPixels.toLocaleString('en-US')} pixels`,
        413,
        undefined,
        true,
      )
    }
    return args
  }
