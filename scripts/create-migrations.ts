/**
 * `npm run migrate:create -- <name>`: after changing collections, write the SQL migrations for both
 * SQL engines (src/migrations/sqlite and src/migrations/postgres) and commit them. MongoDB needs none.
 * PostgreSQL: uses TEST_POSTGRES_URL's server (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const name = process.argv[2] ?? 'schema'
const pgServer = new URL(process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres')
const pgDb = new URL(pgServer.toString())
pgDb.pathname = `/newsroom_migrations_${Date.now().toString(36)}`
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-migrate-'))

const targets = [
  { engine: 'sqlite', uri: `file:${path.join(tmp, 'schema.db')}` },
  { engine: 'postgres', uri: pgDb.toString() },
]

for (const { engine, uri } of targets) {
  console.log(`\n== ${engine}: payload migrate:create ${name}`)
  const run = spawnSync('npx', ['payload', 'migrate:create', name], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URI: uri, PAYLOAD_SECRET: 'migration-secret-migration-secret-000', AUTO_SEED: 'false' },
  })
  if (run.status !== 0) {
    console.error(`migrate:create failed for ${engine}`)
    process.exit(run.status ?? 1)
  }
}
if (targets.some((t) => t.engine === 'postgres')) {
  spawnSync('psql', [pgServer.toString(), '-c', `DROP DATABASE IF EXISTS "${pgDb.pathname.slice(1)}"`], { stdio: 'inherit' })
}
fs.rmSync(tmp, { recursive: true, force: true })
