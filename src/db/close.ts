import type { Payload } from 'payload'

import { stopEmailSender } from '../email/send/runner'
import { closeSubscriptions } from '../subscriptions/shutdown'

type PgClient = { release?: (destroy?: boolean) => void }
type PgPool = { end(): Promise<void>; _clients?: PgClient[]; _idle?: { client: PgClient }[] }
type Closable = { pool?: PgPool; client?: { close(): void } }

/**
 * Stop Payload and release the database connections. Payload's `destroy()` neither ends the
 * PostgreSQL pool nor closes the SQLite client (MongoDB's adapter does close its connection), and
 * the PostgreSQL adapter keeps one client checked out for ever to watch for resets, so `pool.end()`
 * alone would wait for ever: that client is released (destroyed) here. The mailer's SMTP pool is closed too.
 */
export async function closePayload(payload: Payload): Promise<void> {
  // The email sender finishes its batch while the database is still open.
  await stopEmailSender(payload)
  // Sign-ups already answered are finished, and the sign-up limiter's Redis connection closed.
  await closeSubscriptions()
  // The pooled SMTP connections would keep the process alive.
  ;(payload.config.custom?.mailer as { close?: () => void } | undefined)?.close?.()
  const db = payload.db as unknown as Closable
  const { pool, client } = db
  await payload.destroy()
  if (pool) {
    db.pool = undefined
    const ending = pool.end()
    const idle = new Set((pool._idle ?? []).map((entry) => entry.client))
    for (const held of pool._clients ?? []) if (!idle.has(held)) held.release?.(true)
    await ending
  }
  if (client) {
    db.client = undefined
    client.close()
  }
}
