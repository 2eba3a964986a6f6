import http from 'node:http'
import zlib from 'node:zlib'

import { flush } from '../../../src/feed/usage'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { createUser, type TestUser } from '../../helpers/users'
import { call, createClient } from '../feed-keys/helpers'
import { approvedItem, countReads, publish } from './helpers'

const clock = manualClock()
let ctx: TestContext
let server: TestServer
let contributor: TestUser
let publisher: TestUser
let first: { id: number; key: string }
let second: { id: number; key: string }
let privileged: { id: number; key: string }

type Body = { items: { uri: string; headlines?: { value: string }[]; embargoedUntil?: string }[]; next: string | null }
const headlinesOf = (b: Body) => b.items.map((i) => i.headlines?.[0]?.value)

async function items(key: string, query = 'limit=10'): Promise<{ status: number; text: string; body: Body }> {
  const res = await call(server, `/feed/v1/items?${query}`, { key })
  return { status: res.status, text: res.text, body: res.json() as Body }
}

/** A GET whose body is kept as the bytes sent (fetch would decode them). */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${server.url}${path}`, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }))
        res.on('error', reject)
      })
      .on('error', reject)
  })
}

const fetchesOf = async (clientId: number) =>
  (await ctx.payload.find({ collection: slugs.apiFetches, where: { client: { equals: clientId } }, depth: 0, limit: 100, overrideAccess: true })).totalDocs

beforeAll(async () => {
  clock.set(new Date('2026-12-01T01:00:00Z'))
  ctx = await bootPayload({}, { custom: { clock } })
  server = await startServer(ctx)
  const admin = await createUser(ctx.payload, ['admin'], 'admin')
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  first = await createClient(server, admin, { name: 'Agency one' })
  second = await createClient(server, admin, { name: 'Agency two' })
  privileged = await createClient(server, admin, { name: 'Agency with privilege', embargoPrivilege: true })
  const pr = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Thông cáo đã phát hành' } }, contributor)
  await publish(server, publisher, 'press-releases', pr)
})

afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

describe('response cache of the agency API', () => {
  it('answers a second client of the same scope with the same bytes without reading the database, and records both fetches', async () => {
    const a = await items(first.key)
    expect(a.status).toBe(200)
    expect(headlinesOf(a.body)).toEqual(['Thông cáo đã phát hành'])
    const counter = countReads(ctx.payload)
    try {
      const b = await items(second.key)
      expect(b.status).toBe(200)
      expect(b.text).toBe(a.text)
      // The key check reads the client (cached per key); the page itself is not read again.
      const before = counter.read()
      const c = await items(second.key)
      expect(c.text).toBe(a.text)
      expect(counter.read()).toEqual(before)
    } finally {
      counter.restore()
    }
    await flush(ctx.payload)
    expect(await fetchesOf(first.id)).toBe(1)
    expect(await fetchesOf(second.id)).toBe(1)
  })

  it('shows a newly published item in the very next answer', async () => {
    const before = await items(first.key)
    expect(headlinesOf(before.body)).toEqual(['Thông cáo đã phát hành'])
    clock.advance(60_000)
    const pr = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Thông cáo mới' } }, contributor)
    await publish(server, publisher, 'press-releases', pr)
    const after = await items(first.key)
    expect(headlinesOf(after.body)).toEqual(['Thông cáo mới', 'Thông cáo đã phát hành'])
  })

  it('never gives an embargoed item to a client without the privilege from an answer cached for one with it, and releases it at the embargo', async () => {
    clock.advance(60_000)
    const embargoUntil = new Date(clock.now().getTime() + 3_600_000)
    const pr = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Thông cáo cấm đăng' } }, contributor, { embargoUntil: embargoUntil.toISOString() })
    await publish(server, publisher, 'press-releases', pr)
    const withPrivilege = await items(privileged.key)
    expect(headlinesOf(withPrivilege.body)[0]).toBe('Thông cáo cấm đăng')
    expect(withPrivilege.body.items[0].embargoedUntil).toBe(embargoUntil.toISOString())
    const without = await items(first.key)
    expect(headlinesOf(without.body)).toEqual(['Thông cáo mới', 'Thông cáo đã phát hành'])
    clock.set(new Date(embargoUntil.getTime() + 1000))
    const released = await items(first.key)
    expect(headlinesOf(released.body)).toEqual(['Thông cáo cấm đăng', 'Thông cáo mới', 'Thông cáo đã phát hành'])
    const privilegedAfter = await items(privileged.key)
    expect(privilegedAfter.body.items[0].embargoedUntil).toBeUndefined()
  })

  it('compresses an answer as the client accepts (brotli, gzip or none), the same content each time, also when it comes from the cache', async () => {
    const path = '/feed/v1/items?limit=10'
    const auth = { authorization: `Bearer ${first.key}` }
    const plain = await rawGet(path, { ...auth, 'accept-encoding': 'identity' })
    expect(plain.status).toBe(200)
    expect(plain.headers['content-encoding']).toBeUndefined()
    // Above the 1 KB under which nothing is compressed.
    expect(plain.bytes.byteLength).toBeGreaterThan(1024)
    const decoders = { gzip: zlib.gunzipSync, br: zlib.brotliDecompressSync }
    for (const encoding of ['gzip', 'br', 'gzip', 'br'] as const) {
      const res = await rawGet(path, { ...auth, 'accept-encoding': encoding })
      expect({ status: res.status, encoding: res.headers['content-encoding'], vary: res.headers.vary, length: res.headers['content-length'] }).toEqual({
        status: 200,
        encoding,
        vary: 'Authorization, Accept-Encoding',
        length: String(res.bytes.byteLength),
      })
      expect(decoders[encoding](res.bytes).toString('utf8')).toBe(plain.bytes.toString('utf8'))
    }
    // The other client of the same scope gets the cached answer, compressed the same.
    const other = await rawGet(path, { authorization: `Bearer ${second.key}`, 'accept-encoding': 'gzip' })
    expect(zlib.gunzipSync(other.bytes).toString('utf8')).toBe(plain.bytes.toString('utf8'))
  })

  it('does not cache a refused request: a bad parameter is a 400 every time', async () => {
    const bad = await items(first.key, 'limit=500')
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.text).errors[0].data).toEqual({ parameter: 'limit' })
    const again = await items(first.key, 'limit=500')
    expect(again.status).toBe(400)
    expect(again.text).toBe(bad.text)
  })
})
