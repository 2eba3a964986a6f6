import { sqlAdapterOf } from '../../../src/db/engine'
import { untrackFeedState } from '../../../src/feed/etag'
import { closeFeed } from '../../../src/feed/shutdown'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { createUser } from '../../helpers/users'
import { call, createClient } from '../feed-keys/helpers'

/**
 * The office's name (site-settings) goes into every ninjs object. A failed read of it is a fault
 * of the server, not "no name": the request fails with the one error shape instead of answering
 * ninjs with the organization silently dropped.
 */
let ctx: TestContext
let server: TestServer
let key: string

async function raw(statement: string) {
  const sql = sqlAdapterOf(ctx.payload.db)
  if (!sql) throw new Error('this test breaks a table through SQL (SQL engines only)')
  await sql.execute({ drizzle: sql.drizzle, raw: statement })
}

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  const admin = await createUser(ctx.payload, ['admin'], 'admin')
  key = (await createClient(server, admin, { name: 'Báo Quảng Trị' })).key
})
afterAll(async () => {
  await server?.close()
  if (ctx) {
    await untrackFeedState(ctx.payload)
    await closeFeed(ctx.payload)
  }
  await ctx?.destroy()
})

test('a failed read of the site settings answers 500 in the one error shape, not ninjs without the organization', async () => {
  await raw('ALTER TABLE site_settings RENAME TO site_settings_away')
  try {
    const res = await call(server, '/feed/v1/items', { key })
    expect({ status: res.status, body: res.json() }).toEqual({ status: 500, body: { errors: [{ message: 'Internal server error' }] } })
  } finally {
    await raw('ALTER TABLE site_settings_away RENAME TO site_settings')
  }
  // Once the settings read again, the same request answers (the failure was not cached).
  const again = await call(server, '/feed/v1/items', { key })
  expect({ status: again.status, body: again.json() }).toEqual({ status: 200, body: { items: [], next: null } })
})
