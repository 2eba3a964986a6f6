import type { Payload } from 'payload'

import { isPostgres, isSqlite } from '../../../src/db/engine'
import { slugs } from '../../../src/domain'
import { loadEnv } from '../../../src/config/env'
import { tooOld } from '../../../src/email/send/planner'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp'
import { createUser, type TestUser } from '../../helpers/users'
import { itemInState } from '../../helpers/workflow'
import { approvedItem, publish } from '../feed-items/helpers'
import { addSubscriber, deliveriesOf, pass } from './helpers'

/**
 * No mail from the past. A sender started on a database that already holds events (an import, a
 * restored backup) mails none of them: email starts after the newest event it finds the first time
 * it runs there. And an event already older than EMAIL_MAX_EVENT_AGE_HOURS when it is planned is
 * recorded as skipped, not mailed.
 */
const HISTORY = 1000
const clock = manualClock(new Date('2026-12-02T03:00:00Z'))
let ctx: TestContext
let server: TestServer
let sink: SmtpSink
let contributor: TestUser
let publisher: TestUser
let admin: TestUser

beforeAll(async () => {
  sink = await startSmtpSink()
  // JOBS_AUTORUN=false: no sender runs in this process until the test runs one.
  ctx = await bootPayload({ SMTP_URL: sink.url }, { custom: { clock } })
  server = await startServer(ctx)
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  admin = await createUser(ctx.payload, ['admin'], 'admin')
  await addSubscriber(ctx.payload, { email: 'vi@bao.vn', language: 'vi' })
  await addSubscriber(ctx.payload, { email: 'en@press.com', language: 'en' })
})

afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
  await sink?.close()
})

/**
 * The history of a database email never ran on: `n` recent events (within the last hour, so their
 * age alone would not stop them) about ten live releases, inserted in bulk as an import would.
 */
async function insertHistory(payload: Payload, n: number): Promise<void> {
  const items: (number | string)[] = []
  for (let i = 0; i < 10; i++) items.push(await itemInState(payload, slugs.pressReleases, { state: 'published', live: true, title: { vi: `Thông cáo cũ ${i + 1}` } }))
  const now = clock.now().getTime()
  const rows = Array.from({ length: n }, (_, k) => {
    const itemId = String(items[k % 10])
    // Each item: its first publication, then corrections (versions 2, 3, …).
    const version = Math.floor(k / 10) + 1
    const type = version === 1 ? 'published' : 'corrected'
    const at = new Date(now - (n - k) * 3_000).toISOString()
    return { key: `press-releases:${itemId}:${version}:${type}`, seq: k + 1, type, itemCollection: 'press-releases', itemId, version, locales: ['vi'], occurredAt: at, note: type === 'corrected' ? 'Đính chính.' : null, createdAt: at, updatedAt: at }
  })
  for (let i = 0; i < rows.length; i += 250) {
    const slice = rows.slice(i, i + 250)
    if (isSqlite(payload.db)) await payload.db.drizzle.insert(payload.db.tables.content_events!).values(slice)
    else if (isPostgres(payload.db)) await payload.db.drizzle.insert(payload.db.tables.content_events!).values(slice)
    else throw new Error('this test inserts history through drizzle (SQL engines)')
  }
}

const mailings = async () => (await ctx.payload.find({ collection: slugs.mailings, sort: 'createdAt', limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs

describe('a sender started on a database that already holds events', () => {
  it(`mails none of the ${HISTORY.toLocaleString('en-US')} events it finds, and then exactly the next publish`, async () => {
    await insertHistory(ctx.payload, HISTORY)
    expect((await ctx.payload.count({ collection: slugs.contentEvents, overrideAccess: true })).totalDocs).toBe(HISTORY)

    // Two senders start at once (two processes on one database): they agree on one start.
    const reports = await Promise.all([pass(ctx), pass(ctx)])
    expect(reports.map((r) => r.sent)).toEqual([0, 0])
    const starts = await ctx.payload.find({ collection: slugs.emailStart, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    expect(starts.docs.map((s) => [s.key, s.afterSeq, s.startedAt])).toEqual([['email', HISTORY, clock.now().toISOString()]])
    expect(await mailings()).toEqual([])
    expect(await deliveriesOf(ctx.payload)).toEqual([])
    expect(sink.messages).toHaveLength(0)
    // Another pass, later: still nothing from the history.
    clock.advance(60_000)
    await pass(ctx)
    expect(await mailings()).toEqual([])
    expect(sink.messages).toHaveLength(0)

    const id = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Thông cáo mới sau khi bật email', body: ['Nội dung mới.'] } }, contributor)
    await publish(server, publisher, 'press-releases', id)
    const report = await pass(ctx)
    expect(report.sent).toBe(2)
    expect((await mailings()).map((m) => [m.key, m.kind, m.itemId, m.status])).toEqual([[`event:${HISTORY + 1}`, 'release', String(id), 'done']])
    expect(sink.messages.map((m) => [m.to[0], m.parsed.subject]).sort()).toEqual([
      ['en@press.com', expect.stringContaining('Thông cáo mới sau khi bật email')],
      ['vi@bao.vn', expect.stringContaining('Thông cáo mới sau khi bật email')],
    ])
  })
})

describe('an event older than EMAIL_MAX_EVENT_AGE_HOURS when it is planned', () => {
  it('is recorded as a skipped mailing with the reason, shown to staff, and mails nobody; a recent one is mailed', async () => {
    sink.messages.length = 0
    const old = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Tin đã cũ' } }, contributor)
    await publish(server, publisher, 'press-releases', old)
    // The sender was down for 25 hours.
    clock.advance(25 * 3_600_000)
    const fresh = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Tin còn mới' } }, contributor)
    await publish(server, publisher, 'press-releases', fresh)
    clock.advance(23 * 3_600_000)
    await pass(ctx)

    const byItem = new Map((await mailings()).map((m) => [m.itemId, m]))
    expect(byItem.get(String(old))).toMatchObject({ kind: 'release', status: 'skipped', skipReason: 'the event is 48 h old, older than EMAIL_MAX_EVENT_AGE_HOURS (24 h): not mailed' })
    expect(byItem.get(String(fresh))).toMatchObject({ kind: 'release', status: 'done', skipReason: null })
    const skippedId = byItem.get(String(old))!.id
    expect((await deliveriesOf(ctx.payload)).filter((d) => d.mailing === skippedId)).toEqual([])
    expect(sink.messages.map((m) => m.parsed.subject)).toEqual([expect.stringContaining('Tin còn mới'), expect.stringContaining('Tin còn mới')])

    // Staff see it, with the reason, in the delivery report of the item.
    const res = await fetch(`${server.url}/api/${slugs.mailings}/report?collection=press-releases&id=${old}`, { headers: { Authorization: `JWT ${admin.token}` } })
    const body = (await res.json()) as { mailings: { mailing: Record<string, unknown>; counts: Record<string, number> }[] }
    expect(body.mailings.map((m) => [m.mailing.status, m.mailing.skipReason, m.counts.sent])).toEqual([['skipped', 'the event is 48 h old, older than EMAIL_MAX_EVENT_AGE_HOURS (24 h): not mailed', 0]])
  })

  it('is a rule on the event time and the configured age', () => {
    const now = new Date('2026-12-03T00:00:00Z')
    expect(tooOld({ occurredAt: '2026-12-02T00:00:00.000Z' }, now, 24 * 3_600_000)).toBeNull()
    expect(tooOld({ occurredAt: '2026-12-01T23:59:00.000Z' }, now, 24 * 3_600_000)).toBe('the event is 24 h old, older than EMAIL_MAX_EVENT_AGE_HOURS (24 h): not mailed')
    expect(tooOld({ occurredAt: '2026-12-02T20:30:00.000Z' }, now, 2 * 3_600_000)).toBe('the event is 3.5 h old, older than EMAIL_MAX_EVENT_AGE_HOURS (2 h): not mailed')
    expect(loadEnv({ NODE_ENV: 'test' }).email.maxEventAgeHours).toBe(24)
    expect(loadEnv({ NODE_ENV: 'test', EMAIL_MAX_EVENT_AGE_HOURS: '6' }).email.maxEventAgeHours).toBe(6)
    expect(() => loadEnv({ NODE_ENV: 'test', EMAIL_MAX_EVENT_AGE_HOURS: '0' })).toThrow(/EMAIL_MAX_EVENT_AGE_HOURS/)
  })
})
