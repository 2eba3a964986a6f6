import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import zlib from 'node:zlib'

import sharp from 'sharp'

import type { Media } from '../../../src/payload-types'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { authHeader, createUser, type TestUser } from '../../helpers/users'

type ErrorItem = { message: string; name?: string; data?: { errors?: { message: string; path: string }[] } | null }
type ErrorBody = { errors: ErrorItem[] }
type Reply = { status: number; body: unknown }
type Upload = { bytes: Buffer; name: string; type: string }
type Snapshot = { count: number; files: string[] }
type SizeName = 'thumbnail' | 'card' | 'feature' | 'og'

const VI_ALT = 'Cầu Hiền Lương bắc qua sông Bến Hải lúc hoàng hôn'
const LO_ALT = 'ຮູບພາບຂົວຮຽນເລືອງ'

/** A real photograph-like JPEG: a gradient background with shapes drawn on it. */
const shapesJpeg = (width: number, height: number): Promise<Buffer> => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g"><stop offset="0" stop-color="#0a4d8c"/><stop offset="1" stop-color="#f2a900"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width / 3}" cy="${height / 2}" r="${height / 4}" fill="#c8102e"/>
    <rect x="${width / 2}" y="${height / 4}" width="${width / 3}" height="${height / 2}" fill="#ffffff"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer()
}

/** Random noise does not compress: a valid JPEG of about 1.4 bytes per pixel. */
const noiseJpeg = (width: number, height: number): Promise<Buffer> =>
  sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } }).jpeg({ quality: 100 }).toBuffer()

const pngChunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(typeAndData))
  return Buffer.concat([length, typeAndData, crc])
}

/** A PNG whose header claims width×height RGB pixels, with a few bytes of image data: a decompression bomb. */
const pixelBombPng = (width: number, height: number): Buffer => {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8) // bit depth 8, colour type 2 (RGB), deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(Buffer.alloc(16))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

const errorsOf = (body: unknown): ErrorItem[] => (body as ErrorBody).errors

/** Every message of an error answer, top-level and per field, for assertions on their meaning. */
const messagesOf = (body: unknown): string =>
  errorsOf(body)
    .flatMap((e) => [e.message, ...(e.data?.errors ?? []).map((f) => `${f.path}: ${f.message}`)])
    .join(' | ')

function harness(extraEnv: Record<string, string> = {}) {
  const h = {} as { ctx: TestContext; server: TestServer; editor: TestUser }
  beforeAll(async () => {
    h.ctx = await bootPayload(extraEnv)
    h.server = await startServer(h.ctx)
    h.editor = await createUser(h.ctx.payload, ['editor'])
  })
  afterAll(async () => {
    await h.server?.close()
    await h.ctx?.destroy()
  })

  const upload = async (file: Upload, data: Record<string, unknown> | null, user: TestUser | null): Promise<Reply> => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
    if (data) form.append('_payload', JSON.stringify(data))
    const res = await fetch(`${h.server.url}/api/media?locale=vi`, {
      method: 'POST',
      headers: { 'accept-language': 'en', ...(user ? authHeader(user) : {}) },
      body: form,
    })
    return { status: res.status, body: await res.json() }
  }

  const snapshot = async (): Promise<Snapshot> => ({
    count: (await h.ctx.payload.count({ collection: 'media' })).totalDocs,
    files: (await fs.readdir(h.ctx.mediaDir)).sort(),
  })

  /** Upload, expect a refusal with `status`, check nothing was stored, and return the answer. */
  const expectRefused = async (file: Upload, data: Record<string, unknown> | null, user: TestUser | null, status: number) => {
    const before = await snapshot()
    const reply = await upload(file, data, user)
    expect({ status: reply.status, messages: messagesOf(reply.body) }).toEqual({ status, messages: expect.any(String) })
    expect(await snapshot()).toEqual(before)
    return { errors: errorsOf(reply.body), messages: messagesOf(reply.body) }
  }

  return { h, upload, snapshot, expectRefused }
}

describe('media uploads (default limits)', () => {
  const { h, upload, snapshot, expectRefused } = harness()

  it('stores an editor’s JPEG with every rendition at its exact size, serves it with a strict policy, and keeps alt per locale', async () => {
    const { payload } = h.ctx
    const before = await snapshot()
    const bytes = await shapesJpeg(2400, 1600)
    const created = await upload({ bytes, name: 'hien-luong.jpg', type: 'image/jpeg' }, { alt: VI_ALT }, h.editor)
    expect(created.status).toBe(201)
    const { doc } = created.body as { doc: Media }

    const media = await payload.findByID({ collection: 'media', id: doc.id, locale: 'vi' })
    expect(media).toMatchObject({ alt: VI_ALT, mimeType: 'image/jpeg', width: 2400, height: 1600, filename: 'hien-luong.jpg' })
    expect((await snapshot()).count).toBe(before.count + 1)

    const expected: Record<SizeName, { width: number; height: number; mimeType: string }> = {
      thumbnail: { width: 320, height: 240, mimeType: 'image/jpeg' },
      card: { width: 768, height: 432, mimeType: 'image/jpeg' },
      feature: { width: 1600, height: Math.round((1600 * 1600) / 2400), mimeType: 'image/jpeg' },
      og: { width: 1200, height: 630, mimeType: 'image/jpeg' },
    }
    const onDisk = [media.filename]
    for (const [name, size] of Object.entries(expected) as [SizeName, (typeof expected)[SizeName]][]) {
      const rendition = media.sizes?.[name]
      expect({ name, ...rendition }).toMatchObject({ name, ...size, filename: expect.any(String) })
      const file = path.join(h.ctx.mediaDir, rendition?.filename ?? '')
      const meta = await sharp(file).metadata()
      expect({ name, width: meta.width, height: meta.height, format: meta.format }).toEqual({
        name,
        width: size.width,
        height: size.height,
        format: 'jpeg',
      })
      onDisk.push(rendition?.filename)
    }
    expect((await fs.readdir(h.ctx.mediaDir)).sort()).toEqual([...before.files, ...onDisk].sort())

    // Not attached to anything public yet: the public is refused, staff are served.
    const anonymous = await fetch(`${h.server.url}/api/media/file/${encodeURIComponent(media.filename ?? '')}`)
    expect(anonymous.status).toBe(403)
    const served = await fetch(`${h.server.url}/api/media/file/${encodeURIComponent(media.filename ?? '')}`, { headers: authHeader(h.editor) })
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/jpeg')
    expect(served.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true)

    const updated = await fetch(`${h.server.url}/api/media/${doc.id}?locale=lo`, {
      method: 'PATCH',
      headers: { ...authHeader(h.editor), 'content-type': 'application/json' },
      body: JSON.stringify({ alt: LO_ALT }),
    })
    expect(updated.status).toBe(200)
    expect((await payload.findByID({ collection: 'media', id: doc.id, locale: 'lo' })).alt).toBe(LO_ALT)
    expect((await payload.findByID({ collection: 'media', id: doc.id, locale: 'vi' })).alt).toBe(VI_ALT)
    const overHttp = (await (await fetch(`${h.server.url}/api/media/${doc.id}?locale=lo`, { headers: authHeader(h.editor) })).json()) as Media
    expect(overHttp.alt).toBe(LO_ALT)
  })

  it('refuses an image without alt text with 400 naming the alt field, and stores nothing', async () => {
    const bytes = await shapesJpeg(400, 300)
    const { errors } = await expectRefused({ bytes, name: 'no-alt.jpg', type: 'image/jpeg' }, {}, h.editor, 400)
    expect(errors).toEqual([
      {
        name: 'ValidationError',
        // Alt text is written per language: the refusal names the one being saved.
        message: 'The following field is invalid: Alternative text (Vietnamese)',
        data: expect.objectContaining({ errors: [{ label: 'Alternative text (Vietnamese)', message: 'This field is required.', path: 'alt' }] }),
      },
    ])
  })

  it('refuses a plain text file with 400 naming text/plain, and stores nothing', async () => {
    const bytes = Buffer.from('Meeting notes: press conference on Tuesday.\n')
    const { messages } = await expectRefused({ bytes, name: 'notes.txt', type: 'text/plain' }, { alt: 'notes' }, h.editor, 400)
    expect(messages).toBe('The following field is invalid: file | file: File type text/plain (from extension txt) is not allowed.')
  })

  it('refuses a Windows executable with 400 naming its type, and stores nothing', async () => {
    const bytes = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(64)])
    const { messages } = await expectRefused({ bytes, name: 'setup.exe', type: 'application/octet-stream' }, { alt: 'x' }, h.editor, 400)
    expect(messages).toBe('The following field is invalid: file | file: Invalid MIME type: application/x-msdownload.')
  })

  const scriptSvg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
  const svgRefusal =
    'The following field is invalid: file | file: Invalid MIME type: image/svg+xml., SVG file contains potentially harmful content.'

  it('refuses an SVG carrying a script with 400 naming the SVG type, and stores nothing', async () => {
    const { messages } = await expectRefused({ bytes: scriptSvg, name: 'logo.svg', type: 'image/svg+xml' }, { alt: 'logo' }, h.editor, 400)
    expect(messages).toBe(svgRefusal)
  })

  it('refuses the same SVG disguised as picture.png with 400, and stores nothing', async () => {
    const { messages } = await expectRefused({ bytes: scriptSvg, name: 'picture.png', type: 'image/png' }, { alt: 'pic' }, h.editor, 400)
    expect(messages).toBe(svgRefusal)
  })

  it('refuses a 30000×30000 PNG pixel bomb with 413 giving the 40,000,000 pixel limit, and stores nothing', async () => {
    const bytes = pixelBombPng(30_000, 30_000)
    expect(bytes.length).toBeLessThan(200)
    expect(await sharp(bytes, { limitInputPixels: false }).metadata()).toMatchObject({ width: 30_000, height: 30_000, format: 'png' })
    const { messages } = await expectRefused({ bytes, name: 'bomb.png', type: 'image/png' }, { alt: 'bomb' }, h.editor, 413)
    expect(messages).toBe('Image too large: 30000×30000 = 900,000,000 pixels; the limit is 40,000,000 pixels')
  })

  it('refuses an anonymous upload with 403, and stores nothing', async () => {
    const bytes = await shapesJpeg(400, 300)
    const { messages } = await expectRefused({ bytes, name: 'anon.jpg', type: 'image/jpeg' }, { alt: 'anon' }, null, 403)
    expect(messages).toBe('You are not allowed to perform this action.')
  })
})

describe('media uploads (UPLOAD_MAX_BYTES=200000)', () => {
  const { h, expectRefused } = harness({ UPLOAD_MAX_BYTES: '200000' })

  it('refuses a 400 kB JPEG with 413 saying the file size limit of 200000 bytes was reached, and stores nothing', async () => {
    expect(h.ctx.env.uploadMaxBytes).toBe(200_000)
    const bytes = await noiseJpeg(640, 480)
    expect(bytes.length).toBeGreaterThan(400_000)
    const { errors } = await expectRefused({ bytes, name: 'noise.jpg', type: 'image/jpeg' }, { alt: 'noise' }, h.editor, 413)
    expect(errors).toEqual([{ name: 'APIError', message: 'File too large: the limit is 200,000 bytes (0.2 MB)', data: { size: 200_000 } }])
  })
})
