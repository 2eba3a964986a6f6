import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import sharp from 'sharp'

/**
 * Zoom tiles of an exhibit's picture (Deep Zoom: `image.dzi` and `image_files/{level}/{x}_{y}.jpeg`),
 * in `{MEDIA_DIR}/tiles/{mediaId}-{hash}/`: keyed by the media file's content, so a replaced file
 * gets a new folder (and a new address, which may be cached for ever) and the old one is removed.
 */

export const TILE_SIZE = 512
export const TILE_OVERLAP = 1
export const TILE_FORMAT = 'jpeg'
export const DESCRIPTOR = 'image.dzi'

/** A tiles folder's name: the media id, a dash, 16 hex digits of the file's SHA-256. */
export const TILES_KEY = /^([A-Za-z0-9]{1,40})-([0-9a-f]{16})$/

export const tilesRoot = (mediaDir: string) => path.join(mediaDir, 'tiles')
export const tilesDir = (mediaDir: string, key: string) => path.join(tilesRoot(mediaDir), key)

/** The file's SHA-256 (16 hex digits), read as a stream: a large scan is never held in memory. */
export async function fileHash(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex').slice(0, 16)
}

const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false
      throw error
    },
  )

export type TilesResult = { key: string; width: number; height: number; created: boolean; removed: string[] }

/**
 * Make the tiles of one media file unless they exist, then remove the media's other tile folders.
 * libvips streams the picture through `dzsave` (sequential read, no operation cache), so memory
 * stays bounded by a few rows of tiles, not the picture's size; `limitInputPixels` is the upload
 * limit, checked from the header before decoding.
 */
export async function makeTiles({ mediaDir, mediaId, file, maxPixels }: { mediaDir: string; mediaId: number | string; file: string; maxPixels: number }): Promise<TilesResult> {
  const key = `${mediaId}-${await fileHash(file)}`
  if (!TILES_KEY.test(key)) throw new Error(`media id ${String(mediaId)} cannot name a tiles folder`)
  const root = tilesRoot(mediaDir)
  const dir = tilesDir(mediaDir, key)
  await fs.mkdir(root, { recursive: true })
  const { width, height } = await sharp(file, { limitInputPixels: maxPixels }).metadata()
  if (!width || !height) throw new Error(`media ${String(mediaId)} is not a picture`)
  let created = false
  if (!(await exists(path.join(dir, DESCRIPTOR)))) {
    // Written aside, then renamed: a half-written folder is never served, and a retry starts clean.
    const work = await fs.mkdtemp(path.join(root, `.work-${key}-`))
    try {
      sharp.cache(false)
      await sharp(file, { limitInputPixels: maxPixels, sequentialRead: true })
        .jpeg({ quality: 82, mozjpeg: false })
        .tile({ size: TILE_SIZE, overlap: TILE_OVERLAP, layout: 'dz' })
        .toFile(path.join(work, 'image.dz'))
      // libvips leaves the source's metadata (EXIF fields among them) beside the tiles: not ours to publish.
      await fs.rm(path.join(work, 'image_files', 'vips-properties.xml'), { force: true })
      await fs.rm(dir, { recursive: true, force: true })
      await fs.rename(work, dir)
      created = true
    } catch (error) {
      await fs.rm(work, { recursive: true, force: true })
      throw error
    }
  }
  const removed = await removeTiles(mediaDir, mediaId, key)
  return { key, width, height, created, removed }
}

/** Remove a media file's tile folders, except `keep`; answers the keys removed. */
export async function removeTiles(mediaDir: string, mediaId: number | string, keep?: string): Promise<string[]> {
  const root = tilesRoot(mediaDir)
  const names = await fs.readdir(root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]
    throw error
  })
  const removed: string[] = []
  for (const name of names) {
    const match = TILES_KEY.exec(name)
    if (!match || match[1] !== String(mediaId) || name === keep) continue
    await fs.rm(path.join(root, name), { recursive: true, force: true })
    removed.push(name)
  }
  return removed
}

/** The number of tiles of a Deep Zoom level (pure: what the descriptor promises). */
export function tilesAtLevel(width: number, height: number, level: number, tileSize = TILE_SIZE): { columns: number; rows: number; width: number; height: number } {
  const maxLevel = Math.ceil(Math.log2(Math.max(width, height)))
  const scale = 2 ** (maxLevel - level)
  const w = Math.ceil(width / scale)
  const h = Math.ceil(height / scale)
  return { columns: Math.ceil(w / tileSize), rows: Math.ceil(h / tileSize), width: w, height: h }
}

export const deepestLevel = (width: number, height: number) => Math.ceil(Math.log2(Math.max(width, height)))
