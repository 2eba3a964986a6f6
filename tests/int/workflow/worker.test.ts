import { bootPayload, startServer, TEST_SECRET, type TestContext, type TestServer } from '../../helpers/boot'
import { startScript, type Spawned } from '../../helpers/process'
import { slugs } from '../../helpers/slugs'
import { createUser } from '../../helpers/users'
import { act, itemInState, stateOf } from '../../helpers/workflow'

let ctx: TestContext
let server: TestServer
let worker: Spawned | undefined

beforeAll(async () => {
  ctx = await bootPayload() // this process runs no jobs: JOBS_AUTORUN=false
  server = await startServer(ctx)
})
afterAll(async () => {
  if (worker && worker.child.exitCode === null) worker.child.kill('SIGKILL')
  await server?.close()
  await ctx?.destroy()
})

test('`npm run worker` in its own process publishes a scheduled item, and stops cleanly on SIGTERM', async () => {
  const owner = await createUser(ctx.payload, ['contributor'], 'owner')
  const publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  const id = await itemInState(ctx.payload, slugs.publications, { state: 'approved', owner })
  await act(server, publisher, slugs.publications, id, { action: 'schedule', at: new Date(Date.now() + 1000).toISOString() })

  worker = await startScript('dist/worker.mjs', {
    NODE_ENV: 'test',
    DATABASE_URI: ctx.db.uri,
    PAYLOAD_SECRET: TEST_SECRET,
    MEDIA_DIR: ctx.mediaDir,
    JOBS_INTERVAL_SECONDS: '1',
    LOG_LEVEL: 'info',
  })
  const deadline = Date.now() + 60_000
  while ((await stateOf(ctx.payload, slugs.publications, id)) !== 'published' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  expect(await stateOf(ctx.payload, slugs.publications, id)).toBe('published')
  worker.child.kill('SIGTERM')
  expect(await worker.exited).toBe(0)
  expect(worker.output()).toContain('worker stopped')
})
