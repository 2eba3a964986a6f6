import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import pg from 'pg'

import type { DatabaseKind } from '../../src/config/env'
import { copySqliteTemplate, templateOf } from './template'

declare global {
  var TEST_DATABASE: DatabaseKind | undefined
}

/** The database this jest project runs on (see jest.config.mjs). */
export const testDatabaseKind: DatabaseKind = globalThis.TEST_DATABASE ?? 'sqlite'

export type TestDatabase = {
  kind: DatabaseKind
  uri: string
  /** A copy of the run's template (schema in place): Payload must not push the schema again. */
  fromTemplate: boolean
  /** Make the database stop answering (for readiness tests): the server's connections are cut. */
  cutOff(payload: Payload): Promise<void>
  drop(): Promise<void>
}

const uniqueName = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`

function requireEnv(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} must be set to run the ${testDatabaseKind} suite`)
  return value
}

/**
 * A fresh database for one test file, on the engine of the current jest project: empty, or with
 * `fromTemplate` a copy of the run's template (the schema, made once: tests/helpers/templateSetup.ts)
 * when there is one.
 */
export async function createTestDatabase(kind: DatabaseKind = testDatabaseKind, options: { fromTemplate?: boolean } = {}): Promise<TestDatabase> {
  const template = options.fromTemplate ? templateOf(kind) : undefined
  switch (kind) {
    case 'sqlite': {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-test-'))
      const file = path.join(dir, 'newsroom.db')
      if (template) await copySqliteTemplate(template, file)
      return {
        kind,
        uri: `file:${file}`,
        fromTemplate: Boolean(template),
        // An open SQLite handle outlives its file; closing the client is what "gone" means here.
        cutOff: async (payload) => {
          ;(payload.db as unknown as { client: { close(): void } }).client.close()
        },
        drop: () => fs.rm(dir, { recursive: true, force: true }),
      }
    }
    case 'postgres': {
      const serverUrl = new URL(requireEnv('TEST_POSTGRES_URL'))
      const name = uniqueName('newsroom_test')
      const admin = async (...statements: string[]): Promise<void> => {
        const client = new pg.Client({ connectionString: serverUrl.toString() })
        await client.connect()
        try {
          for (const sql of statements) await client.query(sql)
        } finally {
          await client.end()
        }
      }
      await admin(
        template ? `CREATE DATABASE "${name}" TEMPLATE "${new URL(template).pathname.slice(1)}"` : `CREATE DATABASE "${name}"`,
        // A commit then returns before its WAL record reaches the disk (about 3 ms less each here,
        // thousands of times a file). Only a crash of the PostgreSQL server itself could lose the
        // last commits; a test that kills the application mid-transaction sees exactly what it
        // would in production, since commits stay atomic and visible in the same order.
        `ALTER DATABASE "${name}" SET synchronous_commit = off`,
      )
      const dbUrl = new URL(serverUrl.toString())
      dbUrl.pathname = `/${name}`
      return {
        kind,
        uri: dbUrl.toString(),
        fromTemplate: Boolean(template),
        cutOff: async () => {
          await admin(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`)
          await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`)
        },
        drop: async () => {
          await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        },
      }
    }
    case 'mongodb': {
      const base = new URL(requireEnv('TEST_MONGODB_URL'))
      base.pathname = `/${uniqueName('newsroom_test')}`
      const { default: mongoose } = await import('mongoose')
      return {
        kind,
        uri: base.toString(),
        fromTemplate: false,
        cutOff: async (payload) => {
          await (payload.db as { connection: { close(): Promise<void> } }).connection.close()
        },
        drop: async () => {
          const conn = await mongoose.createConnection(base.toString()).asPromise()
          await conn.dropDatabase()
          await conn.close()
        },
      }
    }
  }
}
