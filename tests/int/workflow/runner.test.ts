import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { createUser } from '../../helpers/users'
import { act, itemInState, stateOf } from '../../helpers/workflow'

let ctx: TestContext
let server: TestServer

beforeAll(async () => {
  // The server's own runner, on a one-second cron: nothing in this test runs the queue by hand.
  ctx = await bootPayload({ JOBS_AUTORUN: 'true', JOBS_INTERVAL_SECONDS: '1' })
  server = await startServer(ctx)
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

test('the runner that is always on in the server publishes a scheduled item by itself', async () => {
  const owner = await createUser(ctx.payload, ['contributor'], 'owner')
  const publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  const id = await itemInState(ctx.payload, slugs.partnerMedia, { state: 'approved', owner })
  await act(server, publisher, slugs.partnerMedia, id, { action: 'schedule', at: new Date(Date.now() + 1500).toISOString() })
  const deadline = Date.now() + 20_000
  while ((await stateOf(ctx.payload, slugs.partnerMedia, id)) !== 'published' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  expect(await stateOf(ctx.payload, slugs.partnerMedia, id)).toBe('published')
  const res = await fetch(`${server.url}/api/${slugs.partnerMedia}/${id}`)
  expect(res.status).toBe(200)
})
