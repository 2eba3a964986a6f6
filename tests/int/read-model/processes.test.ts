import { closeFeed } from '../../../src/feed/shutdown'
import { bootPayload, startServer, TEST_SECRET, type TestContext, type TestServer } from '../../helpers/boot'
import { freePort } from '../../helpers/browser'
import { startScript, waitFor, type Spawned } from '../../helpers/process'
import { createUser, type TestUser } from '../../helpers/users'
import { call, createClient } from '../feed-keys/helpers'
import { approvedItem, publish } from '../feed-items/helpers'

/**
 * Two server processes on one database (PostgreSQL in production): what one publishes, the other
 * serves within a second, although each keeps its own response cache (src/feed/responseCache.ts:
 * keyed by the feed state, which follows other processes' events once a second: src/feed/etag.ts).
 */
let ctx: TestContext
let near: TestServer // in this process
let far: Spawned // `dist/server.mjs` in its own
let farUrl: string
let contributor: TestUser
let publisher: TestUser
let key: string

beforeAll(async () => {
  ctx = await bootPayload()
  near = await startServer(ctx)
  const port = await freePort()
  farUrl = `http://127.0.0.1:${port}`
  far = await startScript('dist/server.mjs', {
    NODE_ENV: 'test',
    SERVE_ADMIN: 'false',
    JOBS_AUTORUN: 'false',
    DATABASE_URI: ctx.db.uri,
    PAYLOAD_SECRET: TEST_SECRET,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: ctx.env.publicUrl,
    MEDIA_DIR: ctx.mediaDir,
    LOG_LEVEL: 'warn',
  })
  await waitFor(`${farUrl}/readyz`, far, 200, 120_000)
  const admin = await createUser(ctx.payload, ['admin'], 'admin')
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  key = (await createClient(near, admin, { name: 'Báo Quảng Trị' })).key
})
afterAll(async () => {
  if (far && far.child.exitCode === null) {
    far.child.kill('SIGTERM')
    await far.exited
  }
  await near?.close()
  if (ctx) await closeFeed(ctx.payload)
  await ctx?.destroy()
})

type Listed = { items: { headlines: { value: string }[] }[] }

const headlinesAt = async (base: string, path: string): Promise<string[]> => {
  const res = await call({ url: base } as TestServer, `/feed/v1${path}`, { key })
  if (res.status !== 200) return []
  const body = res.json() as Partial<Listed> & { headlines?: { value: string }[] }
  return body.items ? body.items.map((i) => i.headlines[0].value) : (body.headlines ?? []).map((h) => h.value)
}

/** Milliseconds from now until `read` gives what is wanted (polled every 25 ms), or fail after 5 s. */
async function msUntil(read: () => Promise<string[]>, wanted: string[]): Promise<number> {
  const started = performance.now()
  for (;;) {
    const got = await read()
    if (JSON.stringify(got) === JSON.stringify(wanted)) return performance.now() - started
    if (performance.now() - started > 5000) throw new Error(`after 5 s still ${JSON.stringify(got)}, wanted ${JSON.stringify(wanted)}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

test('a publication through one server process is served by the other within 1 s, in the list and by id, in both directions', async () => {
  const farServer = { url: farUrl } as TestServer
  // Both processes have answered (and cached) the empty list before.
  expect(await headlinesAt(near.url, '/items')).toEqual([])
  expect(await headlinesAt(farUrl, '/items')).toEqual([])

  const first = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Qua máy chủ thứ hai' } }, contributor)
  await publish(farServer, publisher, 'press-releases', first)
  const [listed, byId] = await Promise.all([
    msUntil(() => headlinesAt(near.url, '/items'), ['Qua máy chủ thứ hai']),
    msUntil(() => headlinesAt(near.url, `/items/press-release:${first}`), ['Qua máy chủ thứ hai']),
  ])
  expect({ listed: listed <= 1000, byId: byId <= 1000 }).toEqual({ listed: true, byId: true })

  const second = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Qua máy chủ thứ nhất' } }, contributor)
  await publish(near, publisher, 'press-releases', second)
  const back = await msUntil(() => headlinesAt(farUrl, '/items'), ['Qua máy chủ thứ nhất', 'Qua máy chủ thứ hai'])
  expect(back).toBeLessThanOrEqual(1000)
})
