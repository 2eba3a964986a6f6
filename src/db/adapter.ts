import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseAdapterObj } from 'payload'

import { databaseKindOf } from '../config/env'
import { srcDir } from '../config/paths'

export const migrationDirs = {
  sqlite: path.join(srcDir, 'migrations', 'sqlite'),
  postgres: path.join(srcDir, 'migrations', 'postgres'),
}

/**
 * The database is chosen by DATABASE_URI alone. Development pushes the schema; production
 * (`npm start`) applies the committed migrations on start. MongoDB needs no migrations.
 * Only the chosen engine's adapter is loaded, with its migrations and schema hooks (a migration
 * imports its engine's whole adapter): the other two (mongoose and the MongoDB driver, pg and its
 * drizzle dialect, or libsql) cost a process ~1 s of start-up and their memory for nothing, and
 * every test file paid that again under jest's module isolation.
 */
export async function databaseAdapter(uri: string): Promise<DatabaseAdapterObj> {
  switch (databaseKindOf(uri)) {
    case 'sqlite': {
      // One after the other: jest's module loader fails on parallel imports that share a module.
      const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
      const { cachePreparedStatements } = await import('./statementCache')
      const { migrations } = await import('../migrations/sqlite')
      const { indexSqliteLocaleParents } = await import('./localeIndexes/sqlite')
      const { withSqliteSearchSchema } = await import('../search/schema')
      ensureSqliteDirectory(uri)
      cachePreparedStatements()
      // The search index's FTS5 tables live beside Payload's schema (src/search/schema.ts).
      return withSqliteSearchSchema(
        sqliteAdapter({
          client: { url: uri },
          migrationDir: migrationDirs.sqlite,
          prodMigrations: migrations,
          busyTimeout: 5_000,
          // WAL: readers never wait for the writer, and several processes (server, worker) share the
          // file. synchronous=NORMAL: a commit is not fsynced until the next checkpoint, so a power cut
          // may lose the last transactions (a process crash loses nothing); with FULL every commit
          // waits for the disk, which made each email's hand-over record cost ~15 ms here.
          wal: { synchronous: 'NORMAL' },
          afterSchemaInit: [indexSqliteLocaleParents],
        }),
      )
    }
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      const { migrations } = await import('../migrations/postgres')
      const { indexPostgresLocaleParents } = await import('./localeIndexes/postgres')
      const { addPostgresSearchIndexes } = await import('../search/postgres')
      return postgresAdapter({
        // A press-release creation holds one connection for its transaction and briefly takes a second
        // to reserve its number (collections/PressReleases/hooks/assignReleaseNumber.ts): size the pool
        // for that, and fail after 10 s rather than wait for ever when it is exhausted.
        // JIT off: Payload's reads are short keyed lookups with many lateral joins, whose cost the
        // planner overestimates; JIT-compiling them took ~50-200 ms of a 10 ms query (measured on
        // a 50-item page with 20,000 items stored: 237 ms with JIT, 9.6 ms without).
        pool: { connectionString: uri, max: 20, connectionTimeoutMillis: 10_000, options: '-c jit=off' },
        migrationDir: migrationDirs.postgres,
        prodMigrations: migrations,
        // pg_trgm: the search index's trigram indexes for Lao (src/search/postgres.ts).
        extensions: ['pg_trgm'],
        afterSchemaInit: [indexPostgresLocaleParents, addPostgresSearchIndexes],
      })
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({ url: uri })
    }
  }
}

/** `file:./data/newsroom.db` is created on first start, folder included. */
function ensureSqliteDirectory(uri: string): void {
  const file = uri.slice('file:'.length).split('?')[0]
  if (!file || file === ':memory:' || file.startsWith(':')) return
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}
