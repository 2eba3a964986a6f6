import { slugs } from '../../../src/domain'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { createUser, type TestUser } from '../../helpers/users'
import { act } from '../../helpers/workflow'
import { call, createClient } from '../feed-keys/helpers'
import { approvedItem, markApproved, publish } from '../feed-items/helpers'

/**
 * A brief published restricted and later corrected to public: the public version is everyone's, the
 * restricted first version stays the briefings scope's only (by version, in the change feed).
 */

const clock = manualClock()
let ctx: TestContext
let server: TestServer
let owner: TestUser
let publisher: TestUser
let everyType: string
let briefingsScope: string
let id: number

const RESTRICTED_TITLE = 'Bản hạn chế đầu tiên'
const PUBLIC_TITLE = 'Bản công khai sau đính chính'

beforeAll(async () => {
  clock.set(new Date('2026-12-01T01:00:00Z'))
  ctx = await bootPayload({}, { custom: { clock } })
  server = await startServer(ctx)
  const admin = await createUser(ctx.payload, ['admin'], 'admin')
  owner = await createUser(ctx.payload, ['contributor'], 'owner')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  everyType = (await createClient(server, admin, { name: 'Báo Quảng Trị' })).key
  briefingsScope = (await createClient(server, admin, { name: 'TTXVN', types: ['briefing'] })).key
  id = await approvedItem(ctx.payload, slugs.briefings, { vi: { title: RESTRICTED_TITLE } }, owner, { audience: 'restricted' })
  await publish(server, publisher, slugs.briefings, id)
  clock.set(new Date('2026-12-01T02:00:00Z'))
  await ctx.payload.update({ collection: slugs.briefings, id, locale: 'vi', draft: true, data: { title: PUBLIC_TITLE, audience: 'public' } })
  await markApproved(ctx.payload, slugs.briefings, id, owner, ['vi'])
  expect((await act(server, publisher, slugs.briefings, id, { action: 'correct', note: 'Công bố rộng rãi' })).status).toBe(200)
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

const headline = (body: Record<string, unknown>) => (body.headlines as { value: string }[] | undefined)?.[0]?.value

test('without the scope: the current public version by id, but version 1 (restricted) answers 404 and the change feed gives only the correction', async () => {
  const current = await call(server, `/feed/v1/items/briefing:${id}`, { key: everyType })
  expect(current.status).toBe(200)
  expect(headline(current.json())).toBe(PUBLIC_TITLE)
  const first = await call(server, `/feed/v1/items/briefing:${id}?version=1`, { key: everyType })
  expect(first.status).toBe(404)
  expect(first.text).not.toContain(RESTRICTED_TITLE)
  const changes = await call(server, '/feed/v1/changes?limit=100', { key: everyType })
  expect(changes.status).toBe(200)
  expect(changes.text).not.toContain(RESTRICTED_TITLE)
  expect((changes.json().changes as { type: string; version: number }[]).map((c) => [c.type, c.version])).toEqual([['corrected', 2]])
  expect((await call(server, '/vi/briefings')).text).toContain(PUBLIC_TITLE)
})

test('with the scope: version 1 as it was, restricted, and both changes', async () => {
  const first = await call(server, `/feed/v1/items/briefing:${id}?version=1`, { key: briefingsScope })
  expect(first.status).toBe(200)
  expect(headline(first.json())).toBe(RESTRICTED_TITLE)
  expect(first.json().edNote).toEqual(expect.stringContaining('Restricted'))
  const changes = await call(server, '/feed/v1/changes?limit=100', { key: briefingsScope })
  expect((changes.json().changes as { type: string; version: number }[]).map((c) => [c.type, c.version])).toEqual([
    ['published', 1],
    ['corrected', 2],
  ])
})
