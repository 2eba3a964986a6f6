import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'
import LibsqlDatabase from 'libsql'

import { cachePreparedStatements, STATEMENTS_PER_CONNECTION } from '../../../src/db/statementCache'

/**
 * SQLite's prepared statements are reused per connection (src/db/statementCache.ts), which keeps the
 * server's native memory bounded (libsql-js#153). Reuse must never change an answer: statements run
 * with new arguments, after a failure, inside and outside a transaction, after the schema changed.
 */

let client: Client
let dir: string

beforeAll(async () => {
  cachePreparedStatements()
  // A file, not `:memory:`: the client hands its connection to a transaction and opens another one.
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-statements-'))
  client = createClient({ url: `file:${path.join(dir, 'notes.db')}` })
  await client.execute('CREATE TABLE notes (id INTEGER PRIMARY KEY, slug TEXT UNIQUE NOT NULL, body TEXT)')
})
afterAll(async () => {
  client.close()
  await fs.rm(dir, { recursive: true, force: true })
})

it('hands out the same prepared statement for the same SQL text on one connection, and another on another connection', () => {
  const first = new LibsqlDatabase(':memory:')
  const second = new LibsqlDatabase(':memory:')
  try {
    expect(first.prepare('SELECT 1 AS one')).toBe(first.prepare('SELECT 1 AS one'))
    expect(first.prepare('SELECT 2 AS two')).not.toBe(first.prepare('SELECT 1 AS one'))
    expect(second.prepare('SELECT 1 AS one')).not.toBe(first.prepare('SELECT 1 AS one'))
  } finally {
    first.close()
    second.close()
  }
})

it(`keeps at most ${STATEMENTS_PER_CONNECTION} statements per connection, dropping the least recently used`, () => {
  const db = new LibsqlDatabase(':memory:')
  try {
    const oldest = db.prepare('SELECT 0 AS n')
    const recent = db.prepare('SELECT -1 AS n')
    for (let i = 1; i < STATEMENTS_PER_CONNECTION; i++) {
      db.prepare(`SELECT ${i} AS n`)
      if (i % 100 === 0) db.prepare('SELECT -1 AS n') // used again: stays
    }
    // 1 + 1 + 511 distinct texts: the oldest unused one is gone, the recently used one is kept.
    expect(db.prepare('SELECT -1 AS n')).toBe(recent)
    expect(db.prepare('SELECT 0 AS n')).not.toBe(oldest)
  } finally {
    db.close()
  }
})

it('answers each execution of a reused statement with its own arguments', async () => {
  for (let i = 0; i < 50; i++) await client.execute({ sql: 'INSERT INTO notes (slug, body) VALUES (?, ?)', args: [`note-${i}`, `body ${i}`] })
  for (const i of [0, 17, 49]) {
    const { rows } = await client.execute({ sql: 'SELECT slug, body FROM notes WHERE slug = ?', args: [`note-${i}`] })
    expect(rows.map((r) => ({ ...r }))).toEqual([{ slug: `note-${i}`, body: `body ${i}` }])
  }
  const { rows } = await client.execute({ sql: 'SELECT count(*) AS n FROM notes WHERE slug LIKE ?', args: ['note-1%'] })
  expect(Number(rows[0].n)).toBe(11) // note-1, note-10 … note-19
})

it('runs a statement again after its previous execution failed, and the failure changed nothing', async () => {
  const insert = 'INSERT INTO notes (slug, body) VALUES (?, ?)'
  await expect(client.execute({ sql: insert, args: ['note-0', 'duplicate'] })).rejects.toThrow(/UNIQUE constraint failed: notes.slug/)
  await client.execute({ sql: insert, args: ['after-failure', 'kept'] })
  const { rows } = await client.execute({ sql: 'SELECT body FROM notes WHERE slug IN (?, ?) ORDER BY slug', args: ['after-failure', 'note-0'] })
  expect(rows.map((r) => r.body)).toEqual(['kept', 'body 0'])
})

it('commits and rolls back transactions on the connection the client hands to them', async () => {
  const committed = await client.transaction('write')
  await committed.execute({ sql: 'INSERT INTO notes (slug, body) VALUES (?, ?)', args: ['in-commit', 'yes'] })
  await committed.commit()
  const rolledBack = await client.transaction('write')
  await rolledBack.execute({ sql: 'INSERT INTO notes (slug, body) VALUES (?, ?)', args: ['in-rollback', 'no'] })
  await rolledBack.rollback()
  const { rows } = await client.execute({ sql: 'SELECT slug FROM notes WHERE slug IN (?, ?) ORDER BY slug', args: ['in-commit', 'in-rollback'] })
  expect(rows.map((r) => r.slug)).toEqual(['in-commit'])
})

it('reads the new schema through a statement prepared before the schema changed', async () => {
  const select = 'SELECT * FROM notes WHERE slug = ?'
  const before = await client.execute({ sql: select, args: ['note-1'] })
  expect(before.columns).toEqual(['id', 'slug', 'body'])
  await client.execute("ALTER TABLE notes ADD COLUMN lang TEXT NOT NULL DEFAULT 'vi'")
  const after = await client.execute({ sql: select, args: ['note-1'] })
  expect(after.columns).toEqual(['id', 'slug', 'body', 'lang'])
  expect({ ...after.rows[0] }).toEqual({ id: 2, slug: 'note-1', body: 'body 1', lang: 'vi' })
})
