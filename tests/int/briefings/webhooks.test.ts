import { slugs } from '../../../src/domain'
import { WEBHOOK_QUEUE } from '../../../src/webhooks/deliver'
import { startWebhookRunner } from '../../../src/webhooks/runner'
import { webhookSettings } from '../../../src/webhooks/settings'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { startReceiver } from '../../helpers/receiver'
import { createUser, type TestUser } from '../../helpers/users'
import { act } from '../../helpers/workflow'
import { approvedItem } from '../feed-items/helpers'

let ctx: TestContext
let server: TestServer
let owner: TestUser
let publisher: TestUser

beforeAll(async () => {
  ctx = await bootPayload({ WEBHOOK_RETRY_BASE_SECONDS: '0.2' })
  server = await startServer(ctx)
  // As a server with JOBS_AUTORUN serves webhooks: at once on each event.
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
  const endpoint = (await ctx.payload.create({ collection: slugs.webhookEndpoints, data: { client: c.id, url } as never })) as unknown as { id: number }
  return endpoint
}

async function deliverUntil(done: () => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  while (!done() && Date.now() < deadline) {
    await ctx.payload.jobs.run({ queue: WEBHOOK_QUEUE, limit: 20 })
    await sleep(100)
  }
}

describe('webhooks for argument briefs', () => {
  test('a restricted brief is POSTed only to a client with the briefings scope; a client without it is not told of it at all', async () => {
    const unscoped = await startReceiver()
    const scoped = await startReceiver()
    const unscopedEndpoint = await clientWithEndpoint(unscoped.url)
    await clientWithEndpoint(scoped.url, { types: ['briefing', 'press-release'] })

    const brief = await approvedItem(ctx.payload, slugs.briefings, { vi: { title: 'Tài liệu hạn chế qua webhook' }, en: { title: 'Restricted brief by webhook' } }, owner, { audience: 'restricted' })
    expect((await act(server, publisher, slugs.briefings, brief, { action: 'publish', locales: ['vi', 'en'] })).status).toBe(200)
    const release = await approvedItem(ctx.payload, slugs.pressReleases, { vi: { title: 'Thông cáo sau tài liệu' } }, owner)
    expect((await act(server, publisher, slugs.pressReleases, release, { action: 'publish' })).status).toBe(200)

    await deliverUntil(() => scoped.delivered().length >= 2 && unscoped.delivered().length >= 1)
    const scopedItems = scoped.delivered().map((d) => d.json.items.map((i) => i.uri))
    expect(scopedItems).toEqual([
      [`http://localhost:3999/feed/v1/items/briefing:${brief}?lang=vi`, `http://localhost:3999/feed/v1/items/briefing:${brief}?lang=en`],
      [`http://localhost:3999/feed/v1/items/press-release:${release}?lang=vi`],
    ])
    // The client without the scope got the release only: no POST, not even an empty one, for the brief.
    expect(unscoped.delivered().map((d) => d.json.items.map((i) => i.uri))).toEqual([[`http://localhost:3999/feed/v1/items/press-release:${release}?lang=vi`]])
    // The attempt is logged after the receiver answered: wait for the log to catch up.
    const logged = async () => (await ctx.payload.find({ collection: slugs.webhookDeliveries, where: { endpoint: { equals: unscopedEndpoint.id } }, limit: 20, depth: 0 })).docs
    const deadline = Date.now() + 10_000
    while ((await logged()).length === 0 && Date.now() < deadline) await sleep(50)
    expect((await logged()).map((d) => d.itemCollection)).toEqual([slugs.pressReleases])
    await unscoped.close()
    await scoped.close()
  })
})
