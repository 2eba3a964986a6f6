import { createRequire } from 'node:module'

/**
 * A bounded cache of prepared statements for SQLite (libsql), per connection.
 *
 * Why: @libsql/client prepares every statement anew (`db.prepare(sql)` in its executeStmt) and
 * libsql-js frees a statement's native memory only when V8 collects the JavaScript object. The JS
 * objects are tiny, so V8 sees no pressure and collects late, while each holds kilobytes of native
 * SQLite memory: the SQLite server grew to 3.4 GB of RSS in the feed benchmark
 * (upstream: https://github.com/tursodatabase/libsql-js/issues/153, open). Payload's queries are
 * parameterized, so a few hundred distinct SQL texts cover the whole application: reusing the
 * prepared statement of each text keeps native memory bounded and skips SQLite's parse and plan.
 *
 * Reuse is safe: libsql runs a statement synchronously to completion (`all()` drains its rows,
 * `run()` finishes) and binds parameters afresh on each call, so two calls never share a statement's
 * state; SQLite re-prepares a statement by itself when the schema changes under it.
 *
 * The cache patches `Database.prototype.prepare` of the libsql module that @libsql/client itself
 * loads (resolved from the client's own location, so it is the same module instance). Each
 * connection (the client's, and each one it hands to a transaction) has its own cache, dropped with
 * the connection.
 */

/** Distinct SQL texts kept per connection; the least recently used one is dropped beyond this. */
export const STATEMENTS_PER_CONNECTION = 512

type Statement = object
type Database = { prepare(sql: string): Statement }
type DatabaseClass = { prototype: Database }

const PATCHED = Symbol.for('newsroom.libsqlStatementCache')
const SCHEMA_CHANGE = /^\s*(CREATE|ALTER|DROP)\b/i

/** The libsql Database class @libsql/client uses. */
function libsqlDatabase(): DatabaseClass & { [PATCHED]?: true } {
  const require = createRequire(import.meta.url)
  const fromClient = createRequire(require.resolve('@libsql/client'))
  return fromClient('libsql') as DatabaseClass
}

/** Install the cache (once per process: later calls find it installed and do nothing). */
export function cachePreparedStatements(): void {
  const Database = libsqlDatabase()
  if (Database[PATCHED]) return
  const caches = new WeakMap<object, Map<string, Statement>>()
  const prepare = Database.prototype.prepare
  Database.prototype.prepare = function prepareCached(this: Database, sql: string): Statement {
    let cache = caches.get(this)
    if (!cache) {
      cache = new Map()
      caches.set(this, cache)
    }
    // A statement's column list is fixed when it is prepared (`SELECT *` keeps the columns it had):
    // a schema change on this connection (push, migrations) starts its cache afresh.
    if (SCHEMA_CHANGE.test(sql)) cache.clear()
    const hit = cache.get(sql)
    if (hit) {
      // Map keeps insertion order: re-inserting marks the statement most recently used.
      cache.delete(sql)
      cache.set(sql, hit)
      return hit
    }
    // A statement SQLite refuses to prepare throws here and is not cached.
    const statement = prepare.call(this, sql)
    cache.set(sql, statement)
    if (cache.size > STATEMENTS_PER_CONNECTION) {
      const oldest = cache.keys().next()
      if (!oldest.done) cache.delete(oldest.value)
    }
    return statement
  }
  Object.defineProperty(Database, PATCHED, { value: true })
}
