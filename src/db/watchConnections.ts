import type { Payload } from 'payload'

import { isPostgres } from './engine'

/**
 * A PostgreSQL restart or a dropped connection makes the pool emit 'error' for its idle clients;
 * unhandled, that event would crash the process. Log it instead: the pool replaces the client and
 * `/readyz` reports whether the database answers.
 */
export function watchDatabaseConnections(payload: Payload): void {
  const pool = isPostgres(payload.db) ? payload.db.pool : undefined
  if (!pool || pool.listenerCount('error') > 0) return
  pool.on('error', (error) => payload.logger.warn({ err: error }, 'database connection lost; the pool will reconnect'))
}
