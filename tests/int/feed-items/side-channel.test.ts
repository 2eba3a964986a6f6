import { createLocalReq } from 'payload'

import { untrackFeedState } from '../../../src/feed/etag'
import { closeFeed } from '../../../src/feed/shutdown'
import { manualClock } from '../../../src/workflow/clock'
import { liftEmbargo } from '../../../src/workflow/service'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { createUser, type TestUser } from '../../helpers/users'
import { call, createClient } from '../feed-keys/helpers'
import { approvedItem, publish } from './helpers'

/**
 * A key sees no trace of an event it cannot see: neither the ETag of /items and /changes nor the
 * change-feed cursor move for an embargoed publication (without the privilege) or for content
 * outside its languages. They move when the embargo passes.
 */
const HOUR = 3_600_000
const clock = manualClock()
let ctx: TestContext
let server: TestServer
let contributor: TestUser
let publisher: TestUser
let plain: string // every type and language, no embargo privilege
let privileged: string
let englishOnly: string

type Page = { changes: { type: string; id: string }[]; next: string | null; cursor: string }
const get = (path: string, key: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/feed/v1${path}`, { headers: { authorization: `Bearer ${key}`, ...headers } })
const etagOf = async (path: string, key: string) => (await get(path, key)).headers.get('etag') as string
const status = async (path: string, key: string, etag: string) => (await get(path, key, { 'if-none-match': etag })).status

async function changes(key: string, since?: string): Promise<Page> {
  const res = await call(server, `/feed/v1/changes${since ? `?since=${since}` : ''}`, { key })
  if (res.status !== 200) throw new Error(`changes: ${res.status} ${res.text}`)
  return res.json() as Page
}

/** What a key can observe of the feed state: ETags of the list and the change feed, and the resume cursor. */
async function observe(key: string) {
  const page = await changes(key)
  return { items: await etagOf('/items', key), changes: await etagOf('/changes', key), cursor: page.cursor, lastModified: (await get('/items', key)).headers.get('last-modified') }
}

beforeAll(async () => {
  clock.set(new Date('2026-12-01T01:00:00Z'))
  ctx = await bootPayload({}, { custom: { clock } })
  server = await startServer(ctx)
  const admin = await createUser(ctx.payload, ['admin'], 'admin')
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  plain = (await createClient(server, admin, { name: 'Báo Quảng Trị' })).key
  privileged = (await createClient(server, admin, { name: 'TTXVN', embargoPrivilege: true })).key
  englishOnly = (await createClient(server, admin, { name: 'Foreign desk', languages: ['en'] })).key
  // Something every key can see, so that no state is empty.
  const first = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Thông cáo đầu' }, en: { title: 'First release' } }, contributor)
  await publish(server, publisher, 'press-releases', first)
  clock.advance(60_000)
})
afterAll(async () => {
  await server?.close()
  if (ctx) {
    await untrackFeedState(ctx.payload)
    await closeFeed(ctx.payload)
  }
  await ctx?.destroy()
})

test('an embargoed release changes nothing a key without the privilege can observe, until the embargo passes', async () => {
  const before = await observe(plain)
  const privBefore = await observe(privileged)
  const embargo = new Date(clock.now().getTime() + 2 * HOUR)
  const id = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Thông cáo cấm đăng' } }, contributor, { embargoUntil: embargo.toISOString() })
  clock.advance(1000)
  await publish(server, publisher, 'press-releases', id)

  // Without the privilege: same tags (304 on If-None-Match), same cursor, same Last-Modified.
  expect(await observe(plain)).toEqual(before)
  expect(await status('/items', plain, before.items)).toBe(304)
  expect(await status('/changes', plain, before.changes)).toBe(304)
  expect(await changes(plain, before.cursor)).toEqual({ changes: [], next: null, cursor: before.cursor })

  // With the privilege: the change shows at once.
  const privAfter = await observe(privileged)
  expect(privAfter.items).not.toBe(privBefore.items)
  expect(privAfter.cursor).not.toBe(privBefore.cursor)
  expect((await changes(privileged, privBefore.cursor)).changes.map((c) => [c.type, c.id])).toEqual([['published', `press-release:${id}`]])

  // The embargo passes: the list's tag changes at that moment; the change feed moves with the embargoLifted event.
  clock.set(embargo)
  expect(await status('/items', plain, before.items)).toBe(200)
  // The liftEmbargo job (its queue waits by the real clock) does this at embargo time.
  await liftEmbargo({ payload: ctx.payload, req: await createLocalReq({}, ctx.payload) }, 'press-releases', id, 1)
  const lifted = await changes(plain, before.cursor)
  expect(lifted.changes.map((c) => [c.type, c.id])).toEqual([['embargoLifted', `press-release:${id}`]])
  expect(lifted.cursor).not.toBe(before.cursor)
  expect(await status('/changes', plain, before.changes)).toBe(200)
})

test('a publication in a language a key does not read changes nothing it can observe; a key reading it sees the change', async () => {
  const before = await observe(englishOnly)
  const plainBefore = await observe(plain)
  const id = await approvedItem(ctx.payload, 'publications', { vi: { title: 'Ấn phẩm chỉ tiếng Việt' } }, contributor)
  clock.advance(1000)
  await publish(server, publisher, 'publications', id)

  expect(await observe(englishOnly)).toEqual(before)
  expect(await status('/items', englishOnly, before.items)).toBe(304)
  expect(await changes(englishOnly, before.cursor)).toEqual({ changes: [], next: null, cursor: before.cursor })
  const plainAfter = await observe(plain)
  expect(plainAfter.items).not.toBe(plainBefore.items)
  expect((await changes(plain, plainBefore.cursor)).changes.map((c) => [c.type, c.id])).toEqual([['published', `publication:${id}`]])
})
