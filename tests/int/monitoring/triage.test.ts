import { Forbidden } from 'payload'

import { globalSlugs, slugs } from '../../../src/domain'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { authHeader, createUser, type TestUser } from '../../helpers/users'

/** Triage of clippings by staff (audit log, answeredAt) and who may read or change clippings and sources. */
const NOW = new Date('2026-12-07T10:30:00.000Z')
const clock = manualClock(NOW)
let ctx: TestContext
let server: TestServer
let contributor: TestUser
let editor: TestUser
let admin: TestUser
let n = 0

beforeAll(async () => {
  ctx = await bootPayload({}, { custom: { clock } })
  server = await startServer(ctx)
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  editor = await createUser(ctx.payload, ['editor'], 'editor')
  admin = await createUser(ctx.payload, ['admin'], 'admin')
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

const rest = (path: string, init: RequestInit = {}, user?: TestUser) =>
  fetch(`${server.url}/api/${path}`, { ...init, headers: { connection: 'close', 'content-type': 'application/json', ...(user ? authHeader(user) : {}), ...(init.headers ?? {}) } })

const clipping = async () => {
  n += 1
  return ctx.payload.create({
    collection: slugs.clippings,
    data: { url: `https://bao.example/tin/${n}`, title: `Quảng Trị tin ${n}`, outlet: 'Báo', country: 'VN', language: 'vi', firstSeenAt: NOW.toISOString(), status: 'new' },
  })
}
const auditOf = async (id: number) =>
  (await ctx.payload.find({ collection: slugs.auditLog, where: { and: [{ itemCollection: { equals: slugs.clippings } }, { itemId: { equals: String(id) } }] }, sort: 'createdAt', depth: 0 })).docs

describe('triage', () => {
  test('a contributor answers a clipping: answeredAt is stamped and the change is in the audit log', async () => {
    const doc = await clipping()
    const response = await rest(
      `${slugs.clippings}/${doc.id}`,
      { method: 'PATCH', body: JSON.stringify({ status: 'answered', tone: 'negative', needsAnswer: true, assignee: editor.user.id, answerNote: 'Đã gửi thông cáo đính chính' }) },
      contributor,
    )
    expect(response.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: slugs.clippings, id: doc.id, depth: 0 })
    expect([stored.status, stored.tone, stored.needsAnswer, stored.assignee, stored.answeredAt]).toEqual(['answered', 'negative', true, editor.user.id, NOW.toISOString()])
    const entries = await auditOf(doc.id)
    expect(entries.map((e) => ({ event: e.event, actor: e.actor, actorName: e.actorName, itemTitle: e.itemTitle, changedFields: e.changedFields, note: e.note }))).toEqual([
      {
        event: 'clippingTriage',
        actor: contributor.user.id,
        actorName: 'contributor',
        itemTitle: doc.title,
        changedFields: ['tone', 'needsAnswer', 'assignee', 'status', 'answerNote'],
        note: `tone: – → negative; needsAnswer: false → true; assignee: – → ${editor.user.id}; status: new → answered; answerNote: – → Đã gửi thông cáo đính chính`,
      },
    ])
  })

  test('answeredAt cannot be set by hand and stays when the clipping is answered again later', async () => {
    const doc = await clipping()
    await rest(`${slugs.clippings}/${doc.id}`, { method: 'PATCH', body: JSON.stringify({ answeredAt: '2020-01-01T00:00:00.000Z', status: 'reviewed' }) }, editor)
    expect((await ctx.payload.findByID({ collection: slugs.clippings, id: doc.id, depth: 0 })).answeredAt ?? null).toBeNull()
    await rest(`${slugs.clippings}/${doc.id}`, { method: 'PATCH', body: JSON.stringify({ status: 'answered' }) }, editor)
    clock.advance(60_000)
    await rest(`${slugs.clippings}/${doc.id}`, { method: 'PATCH', body: JSON.stringify({ answerNote: 'Bổ sung' }) }, editor)
    clock.set(NOW)
    expect((await ctx.payload.findByID({ collection: slugs.clippings, id: doc.id, depth: 0 })).answeredAt).toBe(NOW.toISOString())
    expect((await auditOf(doc.id)).map((e) => e.changedFields)).toEqual([['status'], ['status'], ['answerNote']])
  })

  test('what the poller found is not staff\'s to rewrite, and a save without triage changes writes no audit entry', async () => {
    const doc = await clipping()
    const response = await rest(`${slugs.clippings}/${doc.id}`, { method: 'PATCH', body: JSON.stringify({ url: 'https://evil.example/x', title: 'Khác', outlet: 'Khác' }) }, editor)
    expect(response.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: slugs.clippings, id: doc.id, depth: 0 })
    expect([stored.url, stored.title, stored.outlet]).toEqual([doc.url, doc.title, doc.outlet])
    expect(await auditOf(doc.id)).toEqual([])
  })

  test('staff may file a clipping by hand; only an admin deletes one', async () => {
    const created = await rest(slugs.clippings, { method: 'POST', body: JSON.stringify({ url: 'https://by-hand.example/1', title: 'Quảng Trị trên báo giấy', outlet: 'Báo in', country: 'fr', language: 'other' }) }, contributor)
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; status: string; country: string } }
    expect([doc.status, doc.country]).toEqual(['new', 'FR'])
    expect((await rest(`${slugs.clippings}/${doc.id}`, { method: 'DELETE' }, editor)).status).toBe(403)
    expect((await rest(`${slugs.clippings}/${doc.id}`, { method: 'DELETE' }, admin)).status).toBe(200)
  })

  test('the triage queue filters by status, needsAnswer and tone', async () => {
    const doc = await clipping()
    await ctx.payload.update({ collection: slugs.clippings, id: doc.id, data: { status: 'reviewed', needsAnswer: true, tone: 'negative' } })
    const response = await rest(`${slugs.clippings}?where[status][equals]=reviewed&where[needsAnswer][equals]=true&where[tone][equals]=negative&depth=0`, {}, contributor)
    const body = (await response.json()) as { docs: { id: number }[] }
    expect(body.docs.map((d) => d.id)).toEqual([doc.id])
  })
})

describe('who may read press monitoring', () => {
  test.each([
    [slugs.clippings],
    [slugs.monitoringSources],
    [`globals/${globalSlugs.monitoringSettings}`],
  ])('signed out, /api/%s → 403 with nothing in it', async (path) => {
    const response = await rest(path)
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({ errors: [{ message: 'Lỗi - Bạn không có quyền thực hiện lệnh này.' }] })
  })

  test('signed out, a clipping by id → 403', async () => {
    const doc = await clipping()
    expect((await rest(`${slugs.clippings}/${doc.id}`)).status).toBe(403)
  })

  test('the Local API without a user refuses, with a staff user reads', async () => {
    const doc = await clipping()
    await expect(ctx.payload.find({ collection: slugs.clippings, overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
    await expect(ctx.payload.findByID({ collection: slugs.clippings, id: doc.id, overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
    await expect(ctx.payload.find({ collection: slugs.monitoringSources, overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
    const read = await ctx.payload.findByID({ collection: slugs.clippings, id: doc.id, overrideAccess: false, user: contributor.user, depth: 0 })
    expect(read.url).toBe(doc.url)
  })

  test('a contributor reads sources but may not add one; an editor may', async () => {
    const data = { name: 'C', url: 'https://c.example/rss', outlet: 'C', language: 'vi', country: 'VN' }
    expect((await rest(slugs.monitoringSources, {}, contributor)).status).toBe(200)
    expect((await rest(slugs.monitoringSources, { method: 'POST', body: JSON.stringify(data) }, contributor)).status).toBe(403)
    expect((await rest(slugs.monitoringSources, { method: 'POST', body: JSON.stringify(data) }, editor)).status).toBe(201)
  })

  test('keyword rules: staff read, contributors may not change them, editors may', async () => {
    const rules = { rules: [{ keyword: 'Cửa Việt', language: 'vi' }] }
    expect((await rest(`globals/${globalSlugs.monitoringSettings}`, {}, contributor)).status).toBe(200)
    expect((await rest(`globals/${globalSlugs.monitoringSettings}`, { method: 'POST', body: JSON.stringify(rules) }, contributor)).status).toBe(403)
    expect((await rest(`globals/${globalSlugs.monitoringSettings}`, { method: 'POST', body: JSON.stringify(rules) }, editor)).status).toBe(200)
    const stored = await ctx.payload.findGlobal({ slug: globalSlugs.monitoringSettings })
    expect(stored.rules?.map((r) => [r.keyword, r.language])).toEqual([['Cửa Việt', 'vi']])
  })
})
