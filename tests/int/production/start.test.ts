import net from 'node:net'

import { createClient } from '@libsql/client'
import pg from 'pg'

import { TEST_SECRET } from '../../helpers/boot'
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../../helpers/database'
import { startScript, waitFor, type Spawned } from '../../helpers/process'

const describeSql = testDatabaseKind === 'mongodb' ? describe.skip : describe

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

async function appliedMigrations(db: TestDatabase): Promise<string[]> {
  if (db.kind === 'sqlite') {
    const client = createClient({ url: db.uri })
    const rows = await client.execute('SELECT name FROM payload_migrations ORDER BY name')
    client.close()
    return rows.rows.map((r) => String(r.name))
  }
  const client = new pg.Client({ connectionString: db.uri })
  await client.connect()
  const rows = await client.query<{ name: string }>('SELECT name FROM payload_migrations ORDER BY name')
  await client.end()
  return rows.rows.map((r) => r.name)
}

describeSql(`production start on an empty ${testDatabaseKind} database`, () => {
  let db: TestDatabase
  let server: Spawned
  let url: string

  beforeAll(async () => {
    db = await createTestDatabase()
    const port = await freePort()
    url = `http://127.0.0.1:${port}`
    server = await startScript('dist/server.mjs', {
      NODE_ENV: 'production',
      SERVE_ADMIN: 'false',
      DATABASE_URI: db.uri,
      PAYLOAD_SECRET: TEST_SECRET,
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: url,
      MEDIA_DIR: '/tmp/newsroom-prod-test-media',
      LOG_LEVEL: 'info',
    })
    await waitFor(`${url}/readyz`, server, 200, 120_000)
  })
  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL')
    await db?.drop()
  })

  test('applies the committed migrations and serves the API', async () => {
    const { migrations } = await import(`../../../src/migrations/${testDatabaseKind}/index.ts`)
    const expected = (migrations as { name: string }[]).map((m) => m.name).sort()
    expect(expected.length).toBeGreaterThan(0)
    expect(await appliedMigrations(db)).toEqual(expected)

    const list = await fetch(`${url}/api/press-releases`)
    expect(list.status).toBe(200)
    expect(await list.json()).toMatchObject({ docs: [], totalDocs: 0 })

    const register = await fetch(`${url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@newsroom.test', password: 'a long enough password', name: 'Quản trị', roles: ['admin'] }),
    })
    expect(register.status).toBe(200)
    const login = await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@newsroom.test', password: 'a long enough password' }),
    })
    expect(login.status).toBe(200)
  })

  test('SIGTERM drains, closes the database and exits 0', async () => {
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(server.output()).toContain('shutdown complete')
  })
})
