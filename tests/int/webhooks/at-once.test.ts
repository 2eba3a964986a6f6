import { slugs } from '../../../src/domain'
import { drainEndpoint, WEBHOOK_QUEUE } from '../../../src/webhooks/deliver'
import { startWebhookRunner, stopWebhookRunner } from '../../../src/webhooks/runner'
import { webhookSettings } from '../../../src/webhooks/settings'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { startReceiver } from '../../helpers/receiver'
import { createUser, type TestUser } from '../../helpers/users'
import { act, itemInState } from '../../helpers/workflow'

/**
 * Webhooks go out as soon as their event commits, from the process that runs webhooks (a server
 * with JOBS_AUTORUN, or the worker), without the job queue: the queue carries retries only. The
 * content-events log is the outbox: an event no runner saw is served by the next runner's sweep.
 */
let ctx: TestContext
let server: TestServer
let owner: TestUser
let publisher: TestUser

// JOBS_AUTORUN=false: nothing in this process runs the job queue, so a delivery that arrives was not made by a job.
beforeAll(async () => {
  ctx = await bootPayload({ WEBHOOK_RETRY_BASE_SECONDS: '0.3', JOBS_INTERVAL_SECONDS: '59' })
  server = await startServer(ctx)
  owner = await createUser(ctx.payload, ['contributor'], 'owner')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(50)
  }
}

/** The runner as a server with JOBS_AUTORUN starts it (src/buildConfig.ts onInit), sweeping every 59 s. */
const startRunner = () => startWebhookRunner({ payload: ctx.payload, settings: webhookSettings(ctx.payload), logger: ctx.payload.logger, intervalMs: 59_000 })

async function endpointFor(url: string) {
  const client = await ctx.payload.create({ collection: slugs.apiClients, data: { name: `Agency ${Math.random()}`, rateLimitPerMinute: 1000 } })
  return ctx.payload.create({ collection: slugs.webhookEndpoints, data: { client: client.id, url, events: ['published'] } })
}

async function publish(title: string) {
  const id = await itemInState(ctx.payload, slugs.pressReleases, { state: 'approved', owner, title: { vi: title } })
  expect((await act(server, publisher, slugs.pressReleases, id, { action: 'publish' })).status).toBe(200)
  return id
}

const webhookJobs = async () =>
  (await ctx.payload.find({ collection: 'payload-jobs', where: { queue: { equals: WEBHOOK_QUEUE } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs

test('a publish is delivered at once, without a job; a failure queues exactly one retry, which the queue runs', async () => {
  const receiver = await startReceiver()
  const endpoint = await endpointFor(receiver.url)
  startRunner()
  try {
    const first = await publish('Gửi ngay')
    await until(() => receiver.delivered().length === 1, 'the first delivery')
    expect(receiver.delivered()[0]!.json.items[0]!.uri).toContain(`press-release:${first}?`)
    expect(await webhookJobs()).toEqual([])

    receiver.failNext(1)
    const second = await publish('Thử lại một lần')
    await until(() => receiver.received.length === 2, 'the failed attempt')
    await until(async () => (await webhookJobs()).length > 0, 'the retry job')
    const stored = await ctx.payload.findByID({ collection: slugs.webhookEndpoints, id: endpoint.id, depth: 0, overrideAccess: true })
    expect(stored.failures).toBe(1)
    const jobs = await webhookJobs()
    expect(jobs.map((j) => [j.taskSlug, j.input, j.waitUntil])).toEqual([['deliverWebhooks', { endpoint: String(endpoint.id) }, stored.nextAttemptAt]])
    await sleep(new Date(stored.nextAttemptAt!).getTime() - Date.now() + 50)
    await ctx.payload.jobs.run({ queue: WEBHOOK_QUEUE })
    expect(receiver.delivered().map((d) => d.json.items[0]!.uri)).toEqual([expect.stringContaining(`press-release:${first}?`), expect.stringContaining(`press-release:${second}?`)])
    const log = await ctx.payload.find({ collection: slugs.webhookDeliveries, where: { endpoint: { equals: endpoint.id } }, sort: 'createdAt', limit: 10, depth: 0 })
    expect(log.docs.map((d) => [d.outcome, d.attempt])).toEqual([
      ['delivered', 1],
      ['failed', 1],
      ['delivered', 2],
    ])
  } finally {
    await stopWebhookRunner(ctx.payload)
    await ctx.payload.update({ collection: slugs.webhookEndpoints, id: endpoint.id, data: { active: false } })
    await receiver.close()
  }
})

test('an event committed while no runner was there (the process died before the attempt) is delivered by the next runner, once', async () => {
  const receiver = await startReceiver()
  const endpoint = await endpointFor(receiver.url)
  const id = await publish('Trong lúc không có ai gửi')
  await sleep(300)
  expect(receiver.received).toEqual([])
  expect(await webhookJobs()).toEqual([])
  startRunner()
  try {
    await until(() => receiver.delivered().length === 1, 'the delivery after start')
    await sleep(300)
    expect(receiver.received.map((r) => (JSON.parse(r.body) as { items: { uri: string }[] }).items[0]!.uri)).toEqual([expect.stringContaining(`press-release:${id}?`)])
  } finally {
    await stopWebhookRunner(ctx.payload)
    await ctx.payload.update({ collection: slugs.webhookEndpoints, id: endpoint.id, data: { active: false } })
    await receiver.close()
  }
})

test('two servers draining one endpoint at once deliver every event once, in order (the lease)', async () => {
  const receiver = await startReceiver()
  const endpoint = await endpointFor(receiver.url)
  const ids: (number | string)[] = []
  for (let i = 1; i <= 6; i++) ids.push(await publish(`Song song ${i}`))
  expect(receiver.received).toEqual([])
  const settings = webhookSettings(ctx.payload)
  // Three drains at once, as three processes woken by the same events would run them.
  await Promise.all([1, 2, 3].map(() => drainEndpoint(ctx.payload, settings, String(endpoint.id))))
  const uris = receiver.received.map((r) => (JSON.parse(r.body) as { items: { uri: string }[] }).items[0]!.uri)
  expect(uris).toEqual(ids.map((id) => expect.stringContaining(`press-release:${id}?`)))
  const stored = await ctx.payload.findByID({ collection: slugs.webhookEndpoints, id: endpoint.id, depth: 0, overrideAccess: true, showHiddenFields: true })
  expect([stored.failures, stored.leaseOwner ?? null]).toEqual([0, null])
  await receiver.close()
})
