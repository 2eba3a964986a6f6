import { slugs } from '../../../src/domain'
import { bootPayload, startServer, TEST_SECRET, type TestContext, type TestServer } from '../../helpers/boot'
import { startScript, type Spawned } from '../../helpers/process'
import { startReceiver } from '../../helpers/receiver'
import { createUser } from '../../helpers/users'
import { act, itemInState } from '../../helpers/workflow'

let ctx: TestContext
let server: TestServer
const workers: Spawned[] = []

beforeAll(async () => {
  ctx = await bootPayload() // delivers nothing itself: JOBS_AUTORUN=false
  server = await startServer(ctx)
})
afterAll(async () => {
  for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL')
  await server?.close()
  await ctx?.destroy()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; worker said:\n${workers.at(-1)?.output().slice(-3000) ?? ''}`)
    await sleep(200)
  }
}

const startWorker = () =>
  startScript('dist/worker.mjs', {
    NODE_ENV: 'test',
    DATABASE_URI: ctx.db.uri,
    PAYLOAD_SECRET: TEST_SECRET,
    MEDIA_DIR: ctx.mediaDir,
    PUBLIC_URL: 'http://localhost:3999',
    JOBS_INTERVAL_SECONDS: '1',
    JOBS_STALE_AFTER_SECONDS: '2',
    WEBHOOK_RETRY_BASE_SECONDS: '0.5',
    // info: the worker says "worker running" at once, which is what startScript waits for (a silent
    // process is taken for a stalled start, killed and started again after 30 s).
    LOG_LEVEL: 'info',
  }).then((w) => {
    workers.push(w)
    return w
  })

test('a receiver that is down loses nothing, across a worker killed with SIGKILL and started again', async () => {
  const receiver = await startReceiver()
  receiver.failNext(1_000_000)
  const client = await ctx.payload.create({ collection: slugs.apiClients, data: { name: 'Thông tấn xã', rateLimitPerMinute: 100 } as never })
  await ctx.payload.create({ collection: slugs.webhookEndpoints, data: { client: client.id, url: receiver.url } as never })
  const owner = await createUser(ctx.payload, ['contributor'], 'owner')
  const publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  const publish = async (title: string) => {
    const id = await itemInState(ctx.payload, slugs.publications, { state: 'approved', owner, title: { vi: title } })
    expect((await act(server, publisher, slugs.publications, id, { action: 'publish' })).status).toBe(200)
    return id
  }
  const ids = [await publish('Trước sự cố 1'), await publish('Trước sự cố 2')]

  const first = await startWorker()
  await until(() => receiver.received.length >= 2, 60_000, 'two failed attempts')
  first.child.kill('SIGKILL')
  await first.exited
  ids.push(await publish('Trong lúc dừng'))
  receiver.failNext(0)

  const second = await startWorker()
  await until(() => receiver.delivered().length >= 3, 90_000, 'three deliveries')
  await sleep(1500)
  second.child.kill('SIGTERM')
  expect(await second.exited).toBe(0)

  const delivered = receiver.delivered()
  expect(delivered.map((d) => d.json.items[0]?.uri)).toEqual(ids.map((id) => expect.stringContaining(`publication:${id}?`)))
  expect(new Set(delivered.map((d) => d.json.deliveryId)).size).toBe(delivered.length)
  const seqs = delivered.map((d) => d.json.seq)
  expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
  await receiver.close()
})
