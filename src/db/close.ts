import type { Payload } from 'payload'

import { isPostgres, isSqlite } from './engine'
import { stopEmailSender } from '../email/send/runner'
import { closeRedis } from '../limits/redis'
import { stopRecordRefill } from '../readModel/refill'
import { stopMonitoringScheduler } from '../monitoring/runner'
import { stopWebhookRunner } from '../webhooks/runner'
import { closeSubscriptions } from '../subscribers/shutdown'

/** pg's Pool keeps its clients in these private fields (pg 8); read only to release the one Payload holds. */
type PgClient = { release?: (destroy?: boolean) => void }
type PgPoolInternals = { end(): Promise<void>; _clients?: PgClient[]; _idle?: { client: PgClient }[] }

/** How long a job run in progress may take to finish at close before the connections go anyway. */
const JOB_RUN_GRACE_MS = 30_000

async function stopJobRuns(crons: Payload['crons']): Promise<void> {
  for (const cron of crons) cron.stop()
  const deadline = Date.now() + JOB_RUN_GRACE_MS
  while (crons.some((cron) => cron.isBusy()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
}

/**
 * Stop Payload and release the database connections. Payload's `destroy()` neither ends the
 * PostgreSQL pool nor closes the SQLite client (MongoDB's adapter does close its connection), and
 * the PostgreSQL adapter keeps one client checked out for ever to watch for resets, so `pool.end()`
 * alone would wait for ever: that client is released (destroyed) here. The mailer's SMTP pool and the
 * limits' Redis connections are closed too.
 */
export async function closePayload(payload: Payload): Promise<void> {
  // The email sender and the read model's refill finish their batch while the database is still open.
  await stopEmailSender(payload)
  await stopRecordRefill(payload)
  await stopWebhookRunner(payload)
  await stopMonitoringScheduler(payload)
  // Sign-ups already answered are finished (they may still count against the limits in Redis).
  await closeSubscriptions()
  // The pooled SMTP connections would keep the process alive.
  ;(payload.config.custom?.mailer as { close?: () => void } | undefined)?.close?.()
  const db = payload.db
  const pool = isPostgres(db) ? db.pool : undefined
  const client = isSqlite(db) ? db.client : undefined
  // The job queue's runs end before destroy(), which empties the adapter's tables and schema under
  // any query still to come, and before the connections go (pg would release a client twice and
  // throw). destroy() stops the crons too, but croner's stop() does not wait for a run in progress.
  await stopJobRuns(payload.crons)
  await payload.destroy()
  if (pool && isPostgres(db)) {
    // Payload's types say the pool is always there; after close it is not (a second close is a no-op).
    Reflect.set(db, 'pool', undefined)
    const ending = pool.end()
    const internals: PgPoolInternals = pool
    const idle = new Set((internals._idle ?? []).map((entry) => entry.client))
    for (const held of internals._clients ?? []) if (!idle.has(held)) held.release?.(true)
    await ending
  }
  if (client && isSqlite(db)) {
    Reflect.set(db, 'client', undefined)
    client.close()
  }
  // Last: the limits' Redis connections (src/limits/redis.ts), which the work above may still use.
  await closeRedis()
}
