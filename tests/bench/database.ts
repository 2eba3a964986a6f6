import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type BenchDatabase = { uri: string; describe: string; drop: () => Promise<void> }

/** A fresh database for one benchmark run: a temporary SQLite file, or a new PostgreSQL database. */
export async function createBenchDatabase(kind: string, postgresUrl: string, prefix: string): Promise<BenchDatabase> {
  if (kind === 'sqlite') {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), `${prefix.replace(/_/g, '-')}-`))
    const file = path.join(dir, 'bench.db')
    return { uri: `file:${file}`, describe: `SQLite ${file}`, drop: () => fs.rm(dir, { recursive: true, force: true }) }
  }
  const server = new URL(postgresUrl)
  const name = `${prefix}_${Date.now()}`
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server.toString() })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  await admin(`CREATE DATABASE "${name}"`)
  const url = new URL(server.toString())
  url.pathname = `/${name}`
  const shown = new URL(url.toString())
  shown.password = shown.password ? '***' : ''
  return { uri: url.toString(), describe: `PostgreSQL ${shown.toString()}`, drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) }
}
