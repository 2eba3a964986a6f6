import { slugs } from '../../../src/domain'
import { loadEnv } from '../../../src/config/env'
import { backoffMs, WEBHOOK_QUEUE } from '../../../src/webhooks/deliver'
import { startWebhookRunner } from '../../../src/webhooks/runner'
import { webhookSettings } from '../../../src/webhooks/settings'
import { verifySignature } from '../../../src/webhooks/sign'
import { checkWebhookUrl, safeLookup } from '../../../src/webhooks/ssrf'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { startReceiver } from '../../helpers/receiver'
import { createUser, type TestUser } from '../../helpers/users'
import { act, itemInState } from '../../helpers/workflow'

let ctx: TestContext
let server: TestServer
let owner: TestUser
let publisher: TestUser

beforeAll(async () => {
  ctx = await bootPayload({ WEBHOOK_RETRY_BASE_SECONDS: '0.2' })
  server = await startServer(ctx)
  // As a server with JOBS_AUTORUN serves webhooks: at once on each event; the tests run the retry queue themselves.
  startWebhookRunner({ payload: ctx.payload, settings: webhookSettings(ctx.payload), logger: ctx.payload.logger, intervalMs: 60_000 })
  owner = await createUser(ctx.payload, ['contributor'], 'owner')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function clientWithEndpoint(url: string, client: Record<string, unknown> = {}) {
  const c = await ctx.payload.create({ collection: slugs.apiClients, data: { name: `Agency ${Math.random()}`, rateLimitPerMinute: 1000, ...client } as never })
  const endpoint = (await ctx.payload.create({ collection: slugs.webhookEndpoints, data: { client: c.id, url } as never })) as unknown as { id: number; secret: string }
  return { client: c, endpoint }
}

async function publish(title: string, extra: { embargoUntil?: string } = {}) {
  const id = await itemInState(ctx.payload, slugs.pressReleases, { state: 'approved', owner, title: { vi: title }, ...extra })
  expect((await act(server, publisher, slugs.pressReleases, id, { action: 'publish' })).status).toBe(200)
  return id
}

/** Run the webhook queue (retries) until `done()` or the deadline. */
async function deliverUntil(done: () => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  while (!done() && Date.now() < deadline) {
    await ctx.payload.jobs.run({ queue: WEBHOOK_QUEUE, limit: 20 })
    await sleep(100)
  }
}

describe('webhooks', () => {
  test('a receiver that fails several times, then recovers, gets every event once, in order, signed', async () => {
    const receiver = await startReceiver()
    const { endpoint } = await clientWithEndpoint(receiver.url)
    expect(endpoint.secret).toMatch(/^whsec_/)
    const stored = await ctx.payload.findByID({ collection: slugs.webhookEndpoints, id: endpoint.id, overrideAccess: false, user: (await createUser(ctx.payload, ['admin'])).user })
    expect(JSON.stringify(stored)).not.toContain(endpoint.secret)

    receiver.failNext(4)
    const ids = [await publish('Webhook một'), await publish('Webhook hai'), await publish('Webhook ba')]
    await deliverUntil(() => receiver.delivered().length >= 3)
    const delivered = receiver.delivered()
    expect(delivered.map((d) => d.json.items[0]?.uri)).toEqual(ids.map((id) => expect.stringContaining(`press-release:${id}?`)))
    expect(delivered.map((d) => d.json.event)).toEqual(['published', 'published', 'published'])
    const seqs = delivered.map((d) => d.json.seq)
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
    expect(new Set(delivered.map((d) => d.json.deliveryId)).size).toBe(3)
    for (const d of delivered) {
      expect(d.headers['x-newsroom-event']).toBe('published')
      expect(d.headers['x-newsroom-delivery']).toBe(d.json.deliveryId)
      expect(verifySignature(endpoint.secret, d.body, String(d.headers['x-newsroom-signature']), Math.floor(Date.now() / 1000))).toBe(true)
      expect(verifySignature(endpoint.secret, d.body.replace('"published"', '"withdrawn"'), String(d.headers['x-newsroom-signature']), Math.floor(Date.now() / 1000))).toBe(false)
    }
    // Four failures happened, all on the first event (order is kept: nothing overtook it).
    const failed = receiver.received.filter((r) => r.status === 500).map((r) => (JSON.parse(r.body) as { seq: number }).seq)
    expect(failed).toEqual([seqs[0], seqs[0], seqs[0], seqs[0]])
    const log = await ctx.payload.find({ collection: slugs.webhookDeliveries, where: { endpoint: { equals: endpoint.id } }, sort: 'createdAt', limit: 20 })
    expect(log.docs.map((d) => [d.seq, d.outcome, d.attempt])).toEqual([
      [seqs[0], 'failed', 1],
      [seqs[0], 'failed', 2],
      [seqs[0], 'failed', 3],
      [seqs[0], 'failed', 4],
      [seqs[0], 'delivered', 5],
      [seqs[1], 'delivered', 1],
      [seqs[2], 'delivered', 1],
    ])
    await receiver.close()
  })

  test('an embargoed release reaches a client without the privilege only when the embargo lifts; a privileged one at publication', async () => {
    const receiver = await startReceiver()
    const plain = await clientWithEndpoint(receiver.url + '?who=plain')
    await clientWithEndpoint(receiver.url + '?who=trusted', { embargoPrivilege: true })
    // Far enough ahead that the publication itself happens before it, on a busy machine too.
    const embargoUntil = Date.now() + 6000
    const id = await publish('Cấm đăng qua webhook', { embargoUntil: new Date(embargoUntil).toISOString() })
    await deliverUntil(() => receiver.delivered().length >= 1, 3000)
    await sleep(500)
    await ctx.payload.jobs.run({ queue: WEBHOOK_QUEUE })
    const before = receiver.delivered().map((d) => [d.json.deliveryId.startsWith(`${plain.endpoint.id}-`) ? 'plain' : 'trusted', d.json.event])
    expect(before).toEqual([['trusted', 'published']])
    await sleep(Math.max(0, embargoUntil - Date.now()) + 200)
    await ctx.payload.jobs.run({ queue: 'workflow' })
    await deliverUntil(() => receiver.delivered().length >= 3)
    const after = receiver.delivered().map((d) => [d.json.deliveryId.startsWith(`${plain.endpoint.id}-`) ? 'plain' : 'trusted', d.json.event])
    expect(after.sort()).toEqual([['plain', 'published'], ['trusted', 'embargoLifted'], ['trusted', 'published']].sort())
    expect(receiver.delivered().every((d) => d.json.items[0]?.uri.includes(`press-release:${id}?`))).toBe(true)
    await receiver.close()
  })

  test('manual redelivery sends the event again and logs it', async () => {
    const receiver = await startReceiver()
    const { endpoint } = await clientWithEndpoint(receiver.url)
    await publish('Gửi lại')
    await deliverUntil(() => receiver.delivered().length >= 1)
    const [first] = (await ctx.payload.find({ collection: slugs.webhookDeliveries, where: { endpoint: { equals: endpoint.id } } })).docs
    const admin = await createUser(ctx.payload, ['admin'])
    const res = await fetch(`${server.url}/api/${slugs.webhookDeliveries}/${first!.id}/redeliver`, { method: 'POST', headers: { Authorization: `JWT ${admin.token}` } })
    expect(await res.json()).toEqual({ outcome: 'redelivered', responseStatus: 200, error: null })
    expect(receiver.delivered().map((d) => d.json.deliveryId)).toEqual([first!.deliveryId, first!.deliveryId])
    const editor = await createUser(ctx.payload, ['editor'])
    const refused = await fetch(`${server.url}/api/${slugs.webhookDeliveries}/${first!.id}/redeliver`, { method: 'POST', headers: { Authorization: `JWT ${editor.token}` } })
    expect(refused.status).toBe(403)
    await receiver.close()
  })
})

describe('a client manages its own webhooks with its API key', () => {
  test('register (secret shown once), list, refuse bad input, delete; another client cannot see or delete them', async () => {
    const created = (await ctx.payload.create({ collection: slugs.apiClients, data: { name: 'Đài PT-TH', rateLimitPerMinute: 1000 } as never })) as unknown as { id: number; key: string }
    const other = (await ctx.payload.create({ collection: slugs.apiClients, data: { name: 'Báo khác', rateLimitPerMinute: 1000 } as never })) as unknown as { key: string }
    const call = (method: string, path: string, key: string, body?: unknown) =>
      fetch(`${server.url}/feed/v1${path}`, {
        method,
        headers: { Authorization: `Bearer ${key}`, 'content-type': 'application/json', connection: 'close' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    const bad = await call('POST', '/webhooks', created.key, { url: 'not a url', events: ['published'] })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({ errors: [{ message: '"url" is not a valid URL: not a url' }] })
    const badEvent = await call('POST', '/webhooks', created.key, { url: 'http://127.0.0.1:9/x', events: ['deleted'] })
    expect(badEvent.status).toBe(400)
    const ok = await call('POST', '/webhooks', created.key, { url: 'http://127.0.0.1:9/hook', events: ['published', 'withdrawn'] })
    expect(ok.status).toBe(201)
    const body = (await ok.json()) as { id: number; secret: string; events: string[]; url: string }
    expect(body).toMatchObject({ url: 'http://127.0.0.1:9/hook', events: ['published', 'withdrawn'] })
    expect(body.secret).toMatch(/^whsec_/)
    const list = (await (await call('GET', '/webhooks', created.key)).json()) as { webhooks: Record<string, unknown>[] }
    expect(list.webhooks.map((w) => w.id)).toEqual([body.id])
    expect(JSON.stringify(list)).not.toContain(body.secret)
    expect(((await (await call('GET', '/webhooks', other.key)).json()) as { webhooks: unknown[] }).webhooks).toEqual([])
    expect((await call('DELETE', `/webhooks/${body.id}`, other.key)).status).toBe(404)
    expect((await call('DELETE', `/webhooks/${body.id}`, created.key)).status).toBe(204)
    expect((await ctx.payload.count({ collection: slugs.webhookEndpoints, where: { id: { equals: body.id } } })).totalDocs).toBe(0)
    expect((await call('GET', '/webhooks', 'qtn_wrong')).status).toBe(401)
  })
})

describe('retry schedule', () => {
  test('the delay doubles per failure up to an hour, and a day at least passes before an event is given up', () => {
    const s = { baseDelayMs: 30_000, maxDelayMs: 3_600_000 }
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map((n) => backoffMs(n, s) / 1000)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600])
    expect(() => loadEnv({ NODE_ENV: 'test', WEBHOOK_GIVE_UP_HOURS: '12' })).toThrow(/WEBHOOK_GIVE_UP_HOURS: must be at least 24/)
    expect(loadEnv({ NODE_ENV: 'test' }).webhookGiveUpHours).toBe(26)
  })
})

describe('webhook targets (SSRF)', () => {
  test.each(['http://127.0.0.1/x', 'https://127.0.0.1/x', 'https://localhost/x', 'https://10.1.2.3/x', 'https://192.168.1.10/x', 'https://169.254.169.254/latest/meta-data', 'https://[::1]/x', 'http://example.org/x', 'https://user:pw@example.org/x', 'ftp://example.org'])(
    'refused in production: %s',
    (url) => {
      expect(() => checkWebhookUrl(url, false)).toThrow(/private or loopback|must use https|credentials/)
    },
  )

  test('a public https address is accepted; localhost is refused when connecting', async () => {
    expect(checkWebhookUrl('https://agency.example.org/hooks', false).host).toBe('agency.example.org')
    const lookup = safeLookup(false)
    const error = await new Promise<Error | null>((resolve) => lookup('localhost', {}, (e) => resolve(e)))
    expect(error?.message).toBe('localhost is the local machine: refused')
  })

  test('registering a private target is refused with 400 when private targets are not allowed', async () => {
    const settings = (ctx.payload.config.custom as { webhooks: { env: { webhookAllowPrivateTargets: boolean } } }).webhooks
    settings.env.webhookAllowPrivateTargets = false
    try {
      const c = await ctx.payload.create({ collection: slugs.apiClients, data: { name: 'SSRF', rateLimitPerMinute: 10 } as never })
      const before = (await ctx.payload.count({ collection: slugs.webhookEndpoints })).totalDocs
      await expect(ctx.payload.create({ collection: slugs.webhookEndpoints, data: { client: c.id, url: 'https://127.0.0.1/hook' } as never })).rejects.toThrow(
        '"url" points to a private or loopback address (127.0.0.1): refused',
      )
      expect((await ctx.payload.count({ collection: slugs.webhookEndpoints })).totalDocs).toBe(before)
    } finally {
      settings.env.webhookAllowPrivateTargets = true
    }
  })
})
