import { slugs } from '../../../src/domain'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { createUser, type TestUser } from '../../helpers/users'
import { call, createDelivery, createMailing, createSubscriber, type DeliverySpec } from './helpers'

let ctx: TestContext
let server: TestServer
let publisher: TestUser

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  publisher = await createUser(ctx.payload, ['publisher'], 'Người xuất bản')
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

let counter = 0
/** A mailing with one delivery per spec, each to a subscriber of its own. */
async function mailingWith(kind: 'release' | 'correction' | 'withdrawal', itemId: string, specs: DeliverySpec[]) {
  const mailing = await createMailing(ctx.payload, { kind, itemCollection: slugs.pressReleases, itemId })
  const deliveries = []
  for (const spec of specs) {
    counter += 1
    const subscriber = await createSubscriber(ctx.payload, `reader-${counter}@press.vn`)
    deliveries.push(await createDelivery(ctx.payload, mailing.id, subscriber, spec))
  }
  return { mailing, deliveries }
}

const times = (n: number, spec: DeliverySpec): DeliverySpec[] => Array.from({ length: n }, () => spec)

describe('delivery report', () => {
  test('each mailing of an item is reported with exact counts per status and its failures, newest failure first', async () => {
    const release = await mailingWith('release', '101', [
      ...times(3, { status: 'sent', sentAt: new Date().toISOString() }),
      ...times(2, { status: 'queued' }),
      { status: 'sending' },
      { status: 'failed', smtpCode: 451, lastError: '451 4.7.1 Try again later', attempts: 3 },
      { status: 'bounced', smtpCode: 550, lastError: '550 5.1.1 User unknown', attempts: 1 },
      { status: 'suppressed' },
      { status: 'canceled', lastError: 'subscriber is no longer active' },
    ])
    const correction = await mailingWith('correction', '101', [{ status: 'sent' }, { status: 'failed', smtpCode: 421, lastError: '421 closing', attempts: 2 }])
    await mailingWith('release', '202', [{ status: 'failed' }])

    const res = await call(server, `/api/${slugs.mailings}/report?collection=${slugs.pressReleases}&id=101`, { user: publisher })
    expect(res.status).toBe(200)
    const body = res.json() as { collection: string; id: string; mailings: { mailing: Record<string, unknown>; counts: unknown; failures: Record<string, unknown>[] }[] }
    expect([body.collection, body.id]).toEqual([slugs.pressReleases, '101'])
    expect(body.mailings.map((m) => m.mailing)).toEqual([
      { id: release.mailing.id, kind: 'release', key: release.mailing.key, audience: 'all', createdAt: release.mailing.createdAt, status: 'sending' },
      { id: correction.mailing.id, kind: 'correction', key: correction.mailing.key, audience: 'all', createdAt: correction.mailing.createdAt, status: 'sending' },
    ])
    expect(body.mailings.map((m) => m.counts)).toEqual([
      { queued: 2, sending: 1, sent: 3, failed: 1, bounced: 1, suppressed: 1, canceled: 1 },
      { queued: 0, sending: 0, sent: 1, failed: 1, bounced: 0, suppressed: 0, canceled: 0 },
    ])
    const failedRow = release.deliveries[6]!
    const bouncedRow = release.deliveries[7]!
    const expectedFailures = [failedRow, bouncedRow]
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map((d) => ({ email: d.email, status: d.status, smtpCode: d.smtpCode, lastError: d.lastError, attempts: d.attempts, updatedAt: d.updatedAt }))
    expect(body.mailings[0]!.failures).toEqual(expectedFailures)
    expect(body.mailings[1]!.failures).toEqual([
      { email: correction.deliveries[1]!.email, status: 'failed', smtpCode: 421, lastError: '421 closing', attempts: 2, updatedAt: correction.deliveries[1]!.updatedAt },
    ])
  })

  test('an item without mailings has an empty report; a bad collection or missing id is 400', async () => {
    const empty = await call(server, `/api/${slugs.mailings}/report?collection=${slugs.publications}&id=999`, { user: publisher })
    expect(empty.json()).toEqual({ collection: slugs.publications, id: '999', mailings: [] })
    const bad = await call(server, `/api/${slugs.mailings}/report?collection=users&id=1`, { user: publisher })
    expect(bad.status).toBe(400)
    expect(bad.json()).toEqual({ errors: [{ message: '"collection" must be one of: press-releases, publications, training-materials, partner-media, briefings' }] })
    const noId = await call(server, `/api/${slugs.mailings}/report?collection=${slugs.pressReleases}`, { user: publisher })
    expect(noId.json()).toEqual({ errors: [{ message: '"id" (the item id) is required' }] })
  })

  test('resend-failed puts only the failed deliveries of that mailing back in the queue', async () => {
    const target = await mailingWith('release', '303', [
      { status: 'failed', smtpCode: 451, lastError: 'greylisted', attempts: 5 },
      { status: 'failed', smtpCode: 421, lastError: 'busy', attempts: 5 },
      { status: 'bounced', smtpCode: 550 },
      { status: 'sent' },
      { status: 'suppressed' },
    ])
    const other = await mailingWith('release', '304', [{ status: 'failed', attempts: 5 }])

    const res = await call(server, `/api/${slugs.mailings}/${target.mailing.id}/resend-failed`, { method: 'POST', user: publisher })
    expect(res.status).toBe(200)
    expect(res.json()).toEqual({ requeued: 2 })

    const reread = async (ids: (number | string)[]) =>
      (await ctx.payload.find({ collection: slugs.emailDeliveries, where: { id: { in: ids } }, sort: 'id', depth: 0 })).docs.map((d) => d.status)
    expect(await reread(target.deliveries.map((d) => d.id))).toEqual(['queued', 'queued', 'bounced', 'sent', 'suppressed'])
    expect(await reread(other.deliveries.map((d) => d.id))).toEqual(['failed'])
  })

  test('report and resend-failed refuse contributors (403) and anonymous callers (401); an unknown mailing is 404', async () => {
    const contributor = await createUser(ctx.payload, ['contributor'])
    const { mailing, deliveries } = await mailingWith('release', '405', [{ status: 'failed' }])
    const report = `/api/${slugs.mailings}/report?collection=${slugs.pressReleases}&id=405`
    const resend = `/api/${slugs.mailings}/${mailing.id}/resend-failed`
    expect((await call(server, report, { user: contributor })).status).toBe(403)
    expect((await call(server, report)).status).toBe(401)
    expect((await call(server, resend, { method: 'POST', user: contributor })).status).toBe(403)
    expect((await call(server, resend, { method: 'POST' })).status).toBe(401)
    const stored = await ctx.payload.findByID({ collection: slugs.emailDeliveries, id: deliveries[0]!.id, depth: 0 })
    expect(stored.status).toBe('failed')
    const missing = await call(server, `/api/${slugs.mailings}/987654/resend-failed`, { method: 'POST', user: publisher })
    expect(missing.status).toBe(404)
    expect(missing.json()).toEqual({ errors: [{ message: 'No mailing with id 987654' }] })
  })
})
