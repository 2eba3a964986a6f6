import fs from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { EXHIBITION_QUEUE } from '../../../src/exhibitions/jobs'
import { TILE_SIZE, deepestLevel, tilesAtLevel, tilesDir, tilesRoot } from '../../../src/exhibitions/tiles'
import { bootPayload, type TestContext } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { makeExhibit, makeExhibition, mapPicture, uploadPicture, type Id } from './fixtures'

/**
 * Zoom tiles are made by the job queue, not by the save: a 6000×4000 scan is tiled for real, the
 * Deep Zoom descriptor and the deepest level checked against the picture, and a replaced file gets
 * new tiles while the old folder goes. The RSS growth while tiling is printed (not asserted).
 */

const W = 6000
const H = 4000

let ctx: TestContext
let mediaId: Id
let exhibitId: Id

const runQueue = () => ctx.payload.jobs.run({ queue: EXHIBITION_QUEUE, limit: 10 })
const zoomTilesOf = async (id: Id) => (await ctx.payload.findByID({ collection: slugs.exhibits, id, depth: 0 })).zoomTiles
const queued = async () => (await ctx.payload.count({ collection: 'payload-jobs', where: { queue: { equals: EXHIBITION_QUEUE } } })).totalDocs

/** Run the queue while sampling RSS every 10 ms; answers the growth over the start, in MB. */
async function runMeasured(): Promise<{ peakGrowthMb: number; ms: number }> {
  const start = process.memoryUsage.rss()
  let peak = start
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss())
  }, 10)
  const began = Date.now()
  try {
    await runQueue()
  } finally {
    clearInterval(timer)
  }
  peak = Math.max(peak, process.memoryUsage.rss())
  return { peakGrowthMb: Math.round((peak - start) / 1e5) / 10, ms: Date.now() - began }
}

async function descriptor(key: string): Promise<{ tileSize: number; overlap: number; format: string; width: number; height: number }> {
  const xml = await fs.readFile(path.join(tilesDir(ctx.mediaDir, key), 'image.dzi'), 'utf8')
  const attr = (name: string) => {
    const m = new RegExp(`${name}="([^"]+)"`).exec(xml)
    if (!m) throw new Error(`no ${name} in ${xml}`)
    return m[1]
  }
  return { tileSize: Number(attr('TileSize')), overlap: Number(attr('Overlap')), format: attr('Format'), width: Number(attr('Width')), height: Number(attr('Height')) }
}

beforeAll(async () => {
  ctx = await bootPayload()
  mediaId = await uploadPicture(ctx.payload, 'ban-do-lon', W, H, 1)
  const exhibition = await makeExhibition(ctx.payload, 'trien-lam-tiles', true, { vi: 'Triển lãm thử tiles' })
  exhibitId = await makeExhibit(ctx.payload, exhibition, 1, mediaId, { vi: { caption: 'Bản đồ lớn' } })
})
afterAll(async () => {
  await ctx?.destroy()
})

describe('zoom tiles of an exhibit picture', () => {
  let firstKey: string

  test('saving the exhibit queues a job and makes no tiles in the request', async () => {
    expect(await queued()).toBe(1)
    expect(await zoomTilesOf(exhibitId)).toBeNull()
    await expect(fs.readdir(tilesRoot(ctx.mediaDir))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  test('the job makes a Deep Zoom pyramid of the whole picture: descriptor, deepest level, readable JPEG tiles', async () => {
    const { peakGrowthMb, ms } = await runMeasured()
    console.log(`tiling ${W}×${H} (${(W * H) / 1e6} MP): RSS growth ${peakGrowthMb} MB at peak, ${ms} ms`)
    expect(await queued()).toBe(0)
    const key = await zoomTilesOf(exhibitId)
    expect(key).toMatch(new RegExp(`^${String(mediaId)}-[0-9a-f]{16}$`))
    firstKey = key as string
    expect(await descriptor(firstKey)).toEqual({ tileSize: TILE_SIZE, overlap: 1, format: 'jpeg', width: W, height: H })

    const level = deepestLevel(W, H)
    expect(level).toBe(13)
    const expected = tilesAtLevel(W, H, level)
    expect(expected).toEqual({ columns: 12, rows: 8, width: W, height: H })
    const files = await fs.readdir(path.join(tilesDir(ctx.mediaDir, firstKey), 'image_files', String(level)))
    expect(files.length).toBe(expected.columns * expected.rows)
    expect(files).toContain('11_7.jpeg')
    const levels = await fs.readdir(path.join(tilesDir(ctx.mediaDir, firstKey), 'image_files'))
    // Every level from 1×1 up, and nothing else (libvips' properties file of the source is removed).
    expect(levels.map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: level + 1 }, (_, i) => i))

    const corner = await sharp(path.join(tilesDir(ctx.mediaDir, firstKey), 'image_files', String(level), '0_0.jpeg')).metadata()
    expect({ format: corner.format, width: corner.width, height: corner.height }).toEqual({ format: 'jpeg', width: TILE_SIZE + 1, height: TILE_SIZE + 1 })
    const last = await sharp(path.join(tilesDir(ctx.mediaDir, firstKey), 'image_files', String(level), '11_7.jpeg')).metadata()
    expect({ format: last.format, width: last.width, height: last.height }).toEqual({ format: 'jpeg', width: W - 11 * TILE_SIZE + 1, height: H - 7 * TILE_SIZE + 1 })
  })

  test('running the job again keeps the same tiles', async () => {
    await ctx.payload.jobs.queue({ task: 'makeZoomTiles', queue: EXHIBITION_QUEUE, input: { media: String(mediaId) } })
    const before = await fs.stat(path.join(tilesDir(ctx.mediaDir, firstKey), 'image.dzi'))
    await runQueue()
    expect(await zoomTilesOf(exhibitId)).toBe(firstKey)
    expect((await fs.stat(path.join(tilesDir(ctx.mediaDir, firstKey), 'image.dzi'))).mtimeMs).toBe(before.mtimeMs)
  })

  test('a file uploaded over the picture gets new tiles, and the old folder is removed', async () => {
    const data = await mapPicture(3000, 2000, 2)
    await ctx.payload.update({ collection: slugs.media, id: mediaId, data: {}, file: { data, mimetype: 'image/jpeg', name: 'ban-do-moi.jpg', size: data.length } })
    expect(await queued()).toBe(1)
    await runQueue()
    const key = (await zoomTilesOf(exhibitId)) as string
    expect(key).not.toBe(firstKey)
    expect(key.startsWith(`${String(mediaId)}-`)).toBe(true)
    expect(await descriptor(key)).toMatchObject({ width: 3000, height: 2000 })
    expect(await fs.readdir(tilesRoot(ctx.mediaDir))).toEqual([key])
  })

  test('an exhibit showing another picture: the old picture, shown nowhere now, loses its tiles', async () => {
    const other = await uploadPicture(ctx.payload, 'ban-do-khac', 1200, 900, 3)
    await ctx.payload.update({ collection: slugs.exhibits, id: exhibitId, data: { image: other } })
    expect(await queued()).toBe(2)
    await runQueue()
    const key = (await zoomTilesOf(exhibitId)) as string
    expect(key.startsWith(`${String(other)}-`)).toBe(true)
    expect(await fs.readdir(tilesRoot(ctx.mediaDir))).toEqual([key])
  })
})
