import type { Payload } from 'payload'

type EventSource = { on(event: 'error', listener: (error: Error) => void): unknown; listenerCount(event: string): number }

/**
 * A PostgreSQL restart or a dropped connection makes the pool emit 'error' for its idle clients;
 * unhandled, that event would crash the process. Log it instead: the pool replaces the client and
 * `/readyz` reports whether the database answers.
 */
export function watchDatabaseConnections(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: EventSource }).pool
  if (!pool || pool.listenerCount('error') > 0) return
  pool.on('error', (error) => payload.logger.warn({ err: error }, 'database connection lost; the pool will reconnect'))
}
