import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapter } from 'payload'

/**
 * The database adapter behind `payload.db`, narrowed by its name to the adapter package's own type.
 * Payload types `payload.db` as the engine-neutral `DatabaseAdapter`; the few places that reach
 * the SQLite client, the PostgreSQL pool, drizzle or MongoDB's models (atomic claims, bulk
 * inserts, the clean close) narrow it here instead of casting.
 */
export const isSqlite = (db: DatabaseAdapter): db is DatabaseAdapter & SQLiteAdapter => db.name === 'sqlite'
export const isPostgres = (db: DatabaseAdapter): db is DatabaseAdapter & PostgresAdapter => db.name === 'postgres'
export const isMongoose = (db: DatabaseAdapter): db is DatabaseAdapter & MongooseAdapter => db.name === 'mongoose'

/** An id kept as text (in a record, an event, a cursor) as the adapter's documents have it: a number on the SQL engines, the string on MongoDB. */
export const dbIdOf = (payload: { db: DatabaseAdapter }, id: string): number | string => (payload.db.defaultIDType === 'number' ? Number(id) : id)

/** The SQL adapter (SQLite or PostgreSQL), or null on MongoDB. */
export const sqlAdapterOf = (db: DatabaseAdapter): (DatabaseAdapter & (SQLiteAdapter | PostgresAdapter)) | null =>
  isSqlite(db) || isPostgres(db) ? db : null
