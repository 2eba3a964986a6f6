import { jest } from '@jest/globals'

import { slugs } from '../../../src/domain'
import { createLogger } from '../../../src/logger'
import { addUsage, flush, recordFetch, vietnamDay } from '../../../src/feed/usage'
import type { ApiClientContext, FeedDeps } from '../../../src/feed/types'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { createUser, type TestUser } from '../../helpers/users'
import { call, createClient } from './helpers'

const clock = manualClock()
let ctx: TestContext
let server: TestServer
let admin: TestUser
let editor: TestUser
let deps: FeedDeps

beforeAll(async () => {
  ctx = await bootPayload({}, { custom: { clock } })
  server = await startServer(ctx)
  admin = await createUser(ctx.payload, ['admin'], 'admin')
  editor = await createUser(ctx.payload, ['editor'], 'editor')
  deps = { payload: ctx.payload, env: ctx.env, logger: createLogger(ctx.env) }
})
afterAll(async () => {
  const { closeFeed } = await import('../../../src/feed/shutdown')
  await server?.close()
  if (ctx) await closeFeed(ctx.payload)
  await ctx?.destroy()
})

type Usage = { client: number | { id: number }; day: string; requests: number; items: number }
const usageOf = async (clientId: number) =>
  (await ctx.payload.find({ collection: slugs.apiUsage, where: { client: { equals: clientId } }, sort: 'day', depth: 0, limit: 100 })).docs as Usage[]
const fetchesOf = async (clientId: number) =>
  (await ctx.payload.find({ collection: slugs.apiFetches, where: { client: { equals: clientId } }, sort: 'itemId', depth: 0, limit: 100 })).docs as unknown as Record<string, unknown>[]
const contextOf = (id: number): ApiClientContext => ({ id, name: 'x', types: [], languages: [], embargoPrivilege: false, rateLimitPerMinute: 100 })

describe('usage per client per day', () => {
  it('counts the requests served, per Vietnam calendar day, after a flush', async () => {
    const client = await createClient(server, admin, { name: 'Counted' })
    const other = await createClient(server, admin, { name: 'Other' })
    // 23:59:30 in Vietnam on 1 December.
    clock.set(new Date('2026-12-01T16:59:30Z'))
    for (let i = 0; i < 3; i++) expect((await call(server, '/feed/v1/me', { key: client.key })).status).toBe(200)
    expect((await call(server, '/feed/v1/me', { key: other.key })).status).toBe(200)
    // Refused requests are not usage.
    expect((await call(server, '/feed/v1/me', { key: 'qtn_' + 'D'.repeat(43) })).status).toBe(401)
    expect(await usageOf(client.id)).toEqual([])
    await flush(ctx.payload)
    expect(await usageOf(client.id)).toMatchObject([{ day: '2026-12-01', requests: 3, items: 0 }])
    expect(await usageOf(other.id)).toMatchObject([{ day: '2026-12-01', requests: 1 }])

    // Later the same day: added to the same row.
    expect((await call(server, '/feed/v1/me', { key: client.key })).status).toBe(200)
    await flush(ctx.payload)
    expect(await usageOf(client.id)).toMatchObject([{ day: '2026-12-01', requests: 4 }])

    // Midnight in Vietnam is 17:00 UTC: a new row.
    clock.set(new Date('2026-12-01T17:00:00Z'))
    expect((await call(server, '/feed/v1/me', { key: client.key })).status).toBe(200)
    await flush(ctx.payload)
    expect(await usageOf(client.id)).toMatchObject([
      { day: '2026-12-01', requests: 4 },
      { day: '2026-12-02', requests: 1 },
    ])
    expect(vietnamDay(new Date('2026-12-31T16:59:59.999Z'))).toBe('2026-12-31')
    expect(vietnamDay(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01')
  })

  it('adds concurrent flushes exactly (two processes flushing the same client and day)', async () => {
    const client = await createClient(server, admin, { name: 'Concurrent' })
    const key = `${client.id}:2026-11-11`
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => addUsage(ctx.payload, key, { clientId: client.id, day: '2026-11-11', requests: i + 1, items: 2 })),
    )
    expect(await usageOf(client.id)).toMatchObject([{ day: '2026-11-11', requests: 210, items: 40 }])
  })

  it('drops the records of a client deleted before the flush, and keeps recording the others', async () => {
    const doomed = await createClient(server, admin, { name: 'Doomed' })
    const kept = await createClient(server, admin, { name: 'Kept' })
    clock.set(new Date('2026-12-10T05:00:00Z'))
    expect((await call(server, '/feed/v1/me', { key: doomed.key })).status).toBe(200)
    recordFetch(deps, contextOf(doomed.id), [{ collection: 'press-releases', id: 1, locale: 'vi', version: 1 }])
    expect((await call(server, '/feed/v1/me', { key: kept.key })).status).toBe(200)
    recordFetch(deps, contextOf(kept.id), [{ collection: 'press-releases', id: 1, locale: 'vi', version: 1 }])
    await ctx.payload.delete({ collection: slugs.apiClients, id: doomed.id })
    await flush(ctx.payload)
    expect(await usageOf(kept.id)).toMatchObject([{ day: '2026-12-10', requests: 1, items: 1 }])
    expect(await fetchesOf(kept.id)).toHaveLength(1)
    const all = await ctx.payload.find({ collection: slugs.apiUsage, where: { key: { like: `${doomed.id}:` } }, limit: 10 })
    expect(all.docs.filter((d) => (d as { key: string }).key.startsWith(`${doomed.id}:`))).toEqual([])
    // Nothing is left over for the next flush.
    expect((await ctx.payload.find({ collection: slugs.apiFetches, where: { itemId: { equals: '1' } }, limit: 10 })).totalDocs).toBe(1)
    await flush(ctx.payload)
    expect((await ctx.payload.find({ collection: slugs.apiFetches, where: { itemId: { equals: '1' } }, limit: 10 })).totalDocs).toBe(1)
  })

  it('is an admin-only, read-only list', async () => {
    const client = await createClient(server, admin, { name: 'Listed' })
    expect((await call(server, '/feed/v1/me', { key: client.key })).status).toBe(200)
    await flush(ctx.payload)
    const list = await call(server, `/api/${slugs.apiUsage}?where[client][equals]=${client.id}`, { user: admin })
    expect(list.status).toBe(200)
    expect(list.json()).toMatchObject({ totalDocs: 1, docs: [{ requests: 1 }] })
    expect((await call(server, `/api/${slugs.apiUsage}`, { user: editor })).status).toBe(403)
    expect((await call(server, `/api/${slugs.apiUsage}`, { method: 'POST', user: admin, body: { key: 'x', client: client.id, day: '2026-01-01', requests: 1, items: 1 } })).status).toBe(403)
    const id = (list.json().docs as { id: number }[])[0].id
    expect((await call(server, `/api/${slugs.apiUsage}/${id}`, { method: 'PATCH', user: admin, body: { requests: 0 } })).status).toBe(403)
    expect((await call(server, `/api/${slugs.apiUsage}/${id}`, { method: 'DELETE', user: admin })).status).toBe(403)
    expect((await call(server, `/api/${slugs.apiFetches}`, { user: editor })).status).toBe(403)
    expect((await call(server, `/api/${slugs.apiFetches}`, { method: 'POST', user: admin, body: {} })).status).toBe(403)
  })
})

describe('fetch log', () => {
  it('records who received which item, language and version, when; repeats within a window are one row', async () => {
    const client = await createClient(server, admin, { name: 'Reader' })
    const at = new Date('2026-12-05T03:00:00Z')
    clock.set(at)
    recordFetch(deps, contextOf(client.id), [
      { collection: 'press-releases', id: 7, locale: 'vi', version: 2 },
      { collection: 'press-releases', id: 7, locale: 'en', version: 2 },
      { collection: 'publications', id: 8, locale: 'lo', version: 1 },
    ])
    clock.advance(1000)
    recordFetch(deps, contextOf(client.id), [{ collection: 'press-releases', id: 7, locale: 'vi', version: 2 }])
    await flush(ctx.payload)

    const rows = await fetchesOf(client.id)
    expect(rows).toHaveLength(3)
    const vi = rows.find((r) => r.itemId === '7' && r.locale === 'vi')
    expect(vi).toMatchObject({ itemCollection: 'press-releases', version: 2, count: 2, fetchedAt: at.toISOString(), lastFetchedAt: new Date(at.getTime() + 1000).toISOString() })
    expect(rows.find((r) => r.itemId === '8')).toMatchObject({ itemCollection: 'publications', locale: 'lo', version: 1, count: 1 })
    expect(await usageOf(client.id)).toMatchObject([{ day: '2026-12-05', requests: 0, items: 4 }])

    // The next window gets its own row: the log keeps every delivery time.
    clock.advance(60_000)
    recordFetch(deps, contextOf(client.id), [{ collection: 'press-releases', id: 7, locale: 'vi', version: 3 }])
    await flush(ctx.payload)
    expect(await fetchesOf(client.id)).toHaveLength(4)

    const listed = await call(server, `/api/${slugs.apiFetches}?where[client][equals]=${client.id}&where[itemId][equals]=7&sort=fetchedAt`, { user: admin })
    expect(listed.status).toBe(200)
    expect(listed.json()).toMatchObject({ totalDocs: 3 })
  })

  it('writes a large window in multi-row inserts on the SQL databases', async () => {
    const client = await createClient(server, admin, { name: 'Crawler' })
    clock.set(new Date('2026-12-06T03:00:00Z'))
    const entries = Array.from({ length: 1200 }, (_, i) => ({ collection: 'publications' as const, id: 10_000 + i, locale: 'en' as const, version: 1 }))
    recordFetch(deps, contextOf(client.id), entries)
    const create = jest.spyOn(ctx.payload.db, 'create')
    try {
      await flush(ctx.payload)
      expect(create.mock.calls.filter(([args]) => args.collection === slugs.apiFetches)).toHaveLength(0)
    } finally {
      create.mockRestore()
    }
    expect((await ctx.payload.count({ collection: slugs.apiFetches, where: { client: { equals: client.id } } })).totalDocs).toBe(1200)
    expect(await usageOf(client.id)).toMatchObject([{ day: '2026-12-06', items: 1200 }])
  })
})
