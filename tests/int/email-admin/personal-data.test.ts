import { slugs } from '../../../src/domain'
import { emailHashOf } from '../../../src/email/addresses'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { createUser, type TestUser } from '../../helpers/users'
import { call, countOf, createDelivery, createMailing, createSubscriber, importCsv } from './helpers'

let ctx: TestContext
let server: TestServer
let editor: TestUser

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  editor = await createUser(ctx.payload, ['editor'], 'Biên tập viên')
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

/** A subscriber who received a release, had a correction fail and has a withdrawal queued. */
async function subscriberWithHistory(email: string) {
  const subscriber = await createSubscriber(ctx.payload, email, { name: 'Trần Văn Minh', outlet: 'Thông tấn xã Việt Nam', consent: { at: '2026-11-01T02:00:00.000Z', source: 'form', textVersion: 'v1', ip: '203.0.113.7' } })
  const release = await createMailing(ctx.payload, { kind: 'release', itemCollection: slugs.pressReleases, itemId: '7' })
  const correction = await createMailing(ctx.payload, { kind: 'correction', itemCollection: slugs.pressReleases, itemId: '7' })
  const withdrawal = await createMailing(ctx.payload, { kind: 'withdrawal', itemCollection: slugs.pressReleases, itemId: '7' })
  const deliveries = [
    await createDelivery(ctx.payload, release.id, subscriber, { status: 'sent', sentAt: '2026-11-02T03:00:00.000Z' }),
    await createDelivery(ctx.payload, correction.id, subscriber, { status: 'failed', smtpCode: 452, lastError: `452 mailbox of ${email} full`, attempts: 4 }),
    await createDelivery(ctx.payload, withdrawal.id, subscriber, { status: 'queued' }),
  ]
  return { subscriber, mailings: { release, correction, withdrawal }, deliveries }
}

describe('suppression by staff', () => {
  test('adding a suppression for a subscribed address unsubscribes that subscriber', async () => {
    const active = await createSubscriber(ctx.payload, 'stop@vnanet.vn')
    const other = await createSubscriber(ctx.payload, 'keep@vnanet.vn')
    const res = await call(server, `/api/${slugs.suppressions}`, { method: 'POST', user: editor, json: { email: 'STOP@vnanet.vn', reason: 'manual', detail: 'Yêu cầu qua điện thoại' } })
    expect(res.status).toBe(201)
    const stored = await ctx.payload.findByID({ collection: slugs.subscribers, id: active.id, depth: 0 })
    expect([stored.status, stored.statusReason]).toEqual(['unsubscribed', 'suppressed by staff'])
    expect(Math.abs(new Date(stored.unsubscribedAt!).getTime() - Date.now())).toBeLessThan(60_000)
    expect((await ctx.payload.findByID({ collection: slugs.subscribers, id: other.id, depth: 0 })).status).toBe('active')
    const suppression = (res.json().doc as { emailHash: string; email: string })
    expect([suppression.email, suppression.emailHash]).toEqual(['stop@vnanet.vn', emailHashOf('stop@vnanet.vn')])
  })

  test('a bounced subscriber keeps its status when staff suppress the address', async () => {
    const bounced = await createSubscriber(ctx.payload, 'hard-bounce@vnanet.vn', { status: 'bounced', statusReason: '550 user unknown' })
    await call(server, `/api/${slugs.suppressions}`, { method: 'POST', user: editor, json: { email: 'hard-bounce@vnanet.vn', reason: 'manual' } })
    const stored = await ctx.payload.findByID({ collection: slugs.subscribers, id: bounced.id, depth: 0 })
    expect([stored.status, stored.statusReason]).toEqual(['bounced', '550 user unknown'])
  })
})

describe('personal data (Decree 13/2023)', () => {
  test('the personal-data download holds the subscriber with consent, every delivery and the suppression entry', async () => {
    const { subscriber, mailings, deliveries } = await subscriberWithHistory('minh@vnanet.vn')
    await ctx.payload.create({ collection: slugs.suppressions, data: { email: 'minh@vnanet.vn', reason: 'manual', detail: 'test' } as never })
    const res = await call(server, `/api/${slugs.subscribers}/${subscriber.id}/personal-data`, { user: editor })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="subscriber-${subscriber.id}.json"`)
    const body = res.json() as { subscriber: Record<string, unknown>; deliveries: unknown[]; suppression: unknown }
    expect(body.subscriber).toMatchObject({
      id: subscriber.id,
      email: 'minh@vnanet.vn',
      name: 'Trần Văn Minh',
      outlet: 'Thông tấn xã Việt Nam',
      consent: { at: '2026-11-01T02:00:00.000Z', source: 'form', textVersion: 'v1', ip: '203.0.113.7' },
    })
    expect(body.subscriber).not.toHaveProperty('tokenVersion')
    expect(body.deliveries).toEqual([
      { mailingKey: mailings.release.key, kind: 'release', email: 'minh@vnanet.vn', language: 'vi', status: 'sent', attempts: 1, sentAt: '2026-11-02T03:00:00.000Z', smtpCode: null, lastError: null, createdAt: deliveries[0]!.createdAt },
      { mailingKey: mailings.correction.key, kind: 'correction', email: 'minh@vnanet.vn', language: 'vi', status: 'failed', attempts: 4, sentAt: null, smtpCode: 452, lastError: '452 mailbox of minh@vnanet.vn full', createdAt: deliveries[1]!.createdAt },
      { mailingKey: mailings.withdrawal.key, kind: 'withdrawal', email: 'minh@vnanet.vn', language: 'vi', status: 'queued', attempts: 0, sentAt: null, smtpCode: null, lastError: null, createdAt: deliveries[2]!.createdAt },
    ])
    expect(body.suppression).toMatchObject({ email: 'minh@vnanet.vn', reason: 'manual', detail: 'test' })
  })

  test('erasure needs the address typed again; a wrong confirmation is 400 and changes nothing', async () => {
    const { subscriber } = await subscriberWithHistory('careful@vnanet.vn')
    const before = await Promise.all([countOf(ctx.payload, slugs.subscribers), countOf(ctx.payload, slugs.suppressions), countOf(ctx.payload, slugs.auditLog)])
    const res = await call(server, `/api/${slugs.subscribers}/${subscriber.id}/erase`, { method: 'POST', user: editor, json: { confirm: 'someone-else@vnanet.vn' } })
    expect(res.status).toBe(400)
    expect(res.json()).toEqual({ errors: [{ message: `"confirm" must be the subscriber's email address, typed again` }] })
    expect(await Promise.all([countOf(ctx.payload, slugs.subscribers), countOf(ctx.payload, slugs.suppressions), countOf(ctx.payload, slugs.auditLog)])).toEqual(before)
  })

  test('erasure removes the subscriber, keeps "never again" as a hash, anonymizes deliveries, audits without the address; a later import skips it', async () => {
    const email = 'erase-me@vnanet.vn'
    const { subscriber, mailings, deliveries } = await subscriberWithHistory(email)
    const res = await call(server, `/api/${slugs.subscribers}/${subscriber.id}/erase`, { method: 'POST', user: editor, json: { confirm: ' Erase-Me@vnanet.vn ' } })
    expect(res.status).toBe(200)
    expect(res.json()).toEqual({ erased: true })

    expect(await ctx.payload.findByID({ collection: slugs.subscribers, id: subscriber.id, disableErrors: true })).toBeNull()
    const suppressions = await ctx.payload.find({ collection: slugs.suppressions, where: { emailHash: { equals: emailHashOf(email) } }, depth: 0 })
    expect(suppressions.docs.map((s) => [s.email ?? null, s.reason])).toEqual([[null, 'erased']])

    const stored = await ctx.payload.find({ collection: slugs.emailDeliveries, where: { id: { in: deliveries.map((d) => d.id) } }, sort: 'id', depth: 0 })
    const erasedAddress = `erased-${emailHashOf(email).slice(0, 12)}@invalid`
    // Unlinked from the deleted subscriber (the database sets the reference to null), still in place.
    expect(stored.docs.map((d) => [d.email, d.lastError ?? null, d.status, d.subscriber ?? null])).toEqual([
      [erasedAddress, null, 'sent', null],
      [erasedAddress, null, 'canceled', null],
      [erasedAddress, null, 'canceled', null],
    ])
    // The delivery report still counts them.
    const report = await call(server, `/api/${slugs.mailings}/report?collection=${slugs.pressReleases}&id=7`, { user: editor })
    const counts = (report.json().mailings as { mailing: { id: number }; counts: Record<string, number> }[]).filter((m) =>
      [mailings.release.id, mailings.correction.id].includes(m.mailing.id),
    )
    expect(counts.map((m) => [m.counts.sent, m.counts.canceled])).toEqual([[1, 0], [0, 1]])

    const audit = await ctx.payload.find({ collection: slugs.auditLog, where: { and: [{ itemCollection: { equals: slugs.subscribers } }, { itemId: { equals: String(subscriber.id) } }] }, depth: 0 })
    expect(audit.docs).toHaveLength(1)
    const entry = audit.docs[0]!
    expect([entry.event, entry.actor, entry.actorName]).toEqual(['subscriberErased', editor.user.id, 'Biên tập viên'])
    expect(JSON.stringify(entry)).not.toContain('erase-me')
    expect(Math.abs(new Date(entry.createdAt).getTime() - Date.now())).toBeLessThan(60_000)

    const again = await call(server, `/api/${slugs.subscribers}/${subscriber.id}/erase`, { method: 'POST', user: editor, json: { confirm: email } })
    expect(again.status).toBe(404)
    expect(again.json()).toEqual({ errors: [{ message: `No subscriber with id ${subscriber.id}` }] })

    const reimport = await importCsv(server, editor, `email,name\n${email},Trần Văn Minh\n`)
    expect(reimport.json()).toEqual({ created: 0, updated: 0, skipped: [{ row: 2, email, reason: 'suppressed' }] })
    expect((await ctx.payload.find({ collection: slugs.subscribers, where: { email: { equals: email } } })).totalDocs).toBe(0)
  })

  test('erasing an address already on the suppression list drops the address from that entry', async () => {
    const subscriber = await createSubscriber(ctx.payload, 'listed@vnanet.vn')
    await ctx.payload.create({ collection: slugs.suppressions, data: { email: 'listed@vnanet.vn', reason: 'complained' } as never })
    const res = await call(server, `/api/${slugs.subscribers}/${subscriber.id}/erase`, { method: 'POST', user: editor, json: { confirm: 'listed@vnanet.vn' } })
    expect(res.status).toBe(200)
    const entries = await ctx.payload.find({ collection: slugs.suppressions, where: { emailHash: { equals: emailHashOf('listed@vnanet.vn') } }, depth: 0 })
    expect(entries.docs.map((s) => [s.email ?? null, s.reason, s.detail])).toEqual([[null, 'erased', 'previously: complained']])
  })

  test('personal data and erasure refuse contributors (403) and anonymous callers (401)', async () => {
    const contributor = await createUser(ctx.payload, ['contributor'])
    const subscriber = await createSubscriber(ctx.payload, 'guarded@vnanet.vn')
    const data = `/api/${slugs.subscribers}/${subscriber.id}/personal-data`
    const erase = `/api/${slugs.subscribers}/${subscriber.id}/erase`
    expect((await call(server, data, { user: contributor })).status).toBe(403)
    expect((await call(server, data)).status).toBe(401)
    expect((await call(server, erase, { method: 'POST', user: contributor, json: { confirm: 'guarded@vnanet.vn' } })).status).toBe(403)
    expect((await call(server, erase, { method: 'POST', json: { confirm: 'guarded@vnanet.vn' } })).status).toBe(401)
    expect((await ctx.payload.findByID({ collection: slugs.subscribers, id: subscriber.id, depth: 0 })).status).toBe('active')
  })
})
