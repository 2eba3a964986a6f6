import Database from 'libsql'

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
 * The cache patches `Database.prototype.prepare` of the libsql module, the one @libsql/client loads
 * (a direct dependency pinned to the version the client resolves, so one copy exists). Each
 * connection (the client's, and each one it hands to a transaction) has its own cache, dropped with
 * the connection.
 */

/** Distinct SQL texts kept per connection; the least recently used one is dropped beyond this. */
export const STATEMENTS_PER_CONNECTION = 512

const PATCHED = Symbol.for('newsroom.libsqlStatementCache')

type Statement = object
/** What the cache touches of a libsql connection (its declared `prepare` is generic over bind parameters). */
type Connection = { prepare(sql: string): Statement }
type ConnectionClass = { prototype: Connection; [PATCHED]?: true }

const SCHEMA_CHANGE = /^\s*(CREATE|ALTER|DROP)\b/i

/** Install the cache (once per process: later calls find it installed and do nothing). */
export function cachePreparedStatements(): void {
  const patchable = Database as ConnectionClass // the class, seen as only the method the cache replaces
  if (patchable[PATCHED]) return
  const caches = new WeakMap<object, Map<string, Statement>>()
  const prepare = patchable.prototype.prepare
  patchable.prototype.prepare = function prepareCached(this: Connection, sql: string): Statement {
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
  Object.defineProperty(patchable, PATCHED, { value: true })
}
