import fs from 'node:fs/promises'

import pg from 'pg'

import type { TestContext, TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { authHeader, type TestUser } from '../../helpers/users'

export type Res = { status: number; headers: Headers; text: string; json: () => Record<string, unknown> }

export async function call(
  server: TestServer,
  path: string,
  init: { method?: string; user?: TestUser | null; key?: string | null; authorization?: string; body?: unknown } = {},
): Promise<Res> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (init.user) Object.assign(headers, authHeader(init.user))
  if (init.key) headers.authorization = `Bearer ${init.key}`
  if (init.authorization !== undefined) headers.authorization = init.authorization
  const res = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) as Record<string, unknown> }
}

export type CreatedClient = { id: number; key: string; doc: Record<string, unknown> }

/** An API client created by an admin over REST; the key is taken from the one response that shows it. */
export async function createClient(server: TestServer, admin: TestUser, data: Record<string, unknown> = {}): Promise<CreatedClient> {
  const res = await call(server, `/api/${slugs.apiClients}`, { method: 'POST', user: admin, body: { name: 'Thông tấn xã Việt Nam', ...data } })
  if (res.status !== 201) throw new Error(`create api client: ${res.status} ${res.text}`)
  const doc = res.json().doc as Record<string, unknown>
  return { id: doc.id as number, key: doc.key as string, doc }
}

/** Every stored byte of the api-clients table (PostgreSQL) or of the whole database files (SQLite). */
export async function storedText(ctx: TestContext): Promise<string> {
  if (ctx.db.kind === 'postgres') {
    const client = new pg.Client({ connectionString: ctx.db.uri })
    await client.connect()
    try {
      const { rows } = await client.query<{ row: string }>('SELECT row_to_json(t)::text AS row FROM api_clients t')
      return rows.map((r) => r.row).join('\n')
    } finally {
      await client.end()
    }
  }
  const file = ctx.db.uri.replace(/^file:/, '')
  const parts = await Promise.all([file, `${file}-wal`, `${file}-journal`].map((f) => fs.readFile(f).catch(() => Buffer.alloc(0))))
  return Buffer.concat(parts).toString('latin1')
}
