import fs from 'node:fs'

import type { Payload } from 'payload'
import type { Logger } from 'pino'

import { dbIdOf, isPostgres, isSqlite } from '../../db/engine'
import { clockOf } from '../../workflow/clock'
import { openJournal, orphanedJournals, type Journal, type JournalEntry } from './journal'
import { handOverStatement, markHandedOver, type SqlStatement } from './store'

/**
 * The hand-over: the moment a delivery becomes `sent` and its message's end-of-data mark is
 * written. SMTP cannot make these one step (RFC 1047); what can be done is to put nothing between
 * them that lets anything else happen, the operating system's scheduler included:
 *
 *   - The transport has written the whole message but its mark (into the kernel), then asks here.
 *   - A claim with less than LEASE_MARGIN_MS of its lease left is refused: the message is abandoned
 *     (the server discards it) and sent again after the lease, perhaps by another worker. So no
 *     other worker can hold the lease of a message released here.
 *   - Then, in one synchronous step, the hand-over is made durable by an operation that wakes no
 *     other process, and the mark is written:
 *       SQLite: the single-row UPDATE, which the driver runs synchronously (durable when it returns);
 *       PostgreSQL, MongoDB: a line in this process's journal file (journal.ts); the database is
 *       updated a moment later, one statement per group of hand-overs.
 *     A write to a database server's socket would wake that server, and under load the scheduler
 *     then often runs it before this process writes the mark: a kill in that pause lost messages
 *     (measured: 1 of 2,000 in two of five PostgreSQL runs while two test suites ran at once).
 *
 * A process killed before that step leaves the delivery `sending` and the message incomplete (the
 * server discards it): it is sent again after the lease. Killed after it, the message is complete
 * and the delivery recorded `sent` (from the journal, replayed by the next sender on this host
 * before it claims anything). What remains: a kill between two adjacent statements of that step,
 * or the database refusing the update after the mark went out (logged as an error; the message is
 * sent again after the lease).
 */
export type HandOvers = {
  /** Before claiming: what a dead sender on this host handed over is recorded (journal engines). */
  beforeClaim(): Promise<void>
  /** Resolves true once the delivery is recorded `sent` and `release` has written its mark; false: abandon it. */
  request(d: { id: number | string; owner: string; leaseUntil: Date }, release: () => void): Promise<boolean>
  /** Waits for the pending database updates, then removes this process's journal. */
  close(): Promise<void>
}

/** Time a claim must still hold its lease for its message to be completed (at most half the lease). */
export const LEASE_MARGIN_MS = 10_000

type Pending = { id: number | string; owner: string; resolve: () => void }

export function handOvers(payload: Payload, o: { leaseMs: number; logger: Logger; journalFolder: string }): HandOvers {
  const db = payload.db
  const margin = Math.min(o.leaseMs / 2, LEASE_MARGIN_MS)
  const notRecorded = (ids: (number | string)[], err?: unknown) =>
    o.logger.error({ err, deliveries: ids }, 'messages completed whose hand-over the database did not record: they will be sent again after the lease')
  const leaseTooShort = (d: { leaseUntil: Date }) => d.leaseUntil.getTime() - clockOf(payload).now().getTime() < margin

  if (isSqlite(db)) {
    const client = db.client
    return {
      request(d, release) {
        if (leaseTooShort(d)) return Promise.resolve(false)
        const statement = handOverStatement(payload, [d], clockOf(payload).now()) as SqlStatement
        // execute() runs the statement before it returns its promise; the mark follows at once.
        const done = client.execute(statement)
        release()
        return done.then(
          (result) => {
            if (result.rows.length !== 1) notRecorded([d.id])
            return true
          },
          (error: unknown) => {
            notRecorded([d.id], error)
            return true
          },
        )
      },
      beforeClaim: async () => undefined,
      close: async () => undefined,
    }
  }

  // A journal folder that cannot be written fails the pass at once (logged), not message by message.
  fs.mkdirSync(o.journalFolder, { recursive: true })
  fs.accessSync(o.journalFolder, fs.constants.W_OK)
  let journal: Journal | null = null
  const waiting: Pending[] = []
  let flushing: Promise<void> | null = null

  const flush = async (): Promise<void> => {
    while (waiting.length > 0) {
      const group = waiting.splice(0)
      try {
        const marked = await recordHandOvers(payload, group, clockOf(payload).now())
        const lost = group.filter((w) => !marked.has(String(w.id)))
        if (lost.length > 0) notRecorded(lost.map((w) => w.id))
      } catch (error) {
        notRecorded(
          group.map((w) => w.id),
          error,
        )
      }
      for (const w of group) w.resolve()
    }
    journal?.settled()
  }

  // One database update at a time; hand-overs arriving meanwhile form the next group.
  const schedule = (): void => {
    if (flushing) return
    flushing = new Promise<void>((done) => setImmediate(done))
      .then(flush)
      .finally(() => {
        flushing = null
        if (waiting.length > 0) schedule()
      })
  }

  return {
    async beforeClaim() {
      await replayJournals(payload, o.journalFolder, o.logger)
    },
    request(d, release) {
      if (leaseTooShort(d)) return Promise.resolve(false)
      journal ??= openJournal(o.journalFolder)
      journal.record(d.owner, d.id)
      release()
      return new Promise<boolean>((resolve) => {
        waiting.push({ id: d.id, owner: d.owner, resolve: () => resolve(true) })
        schedule()
      })
    },
    async close() {
      while (flushing) await flushing
      journal?.close()
      journal = null
    },
  }
}

/** Record hand-overs in the database (one statement); answers the ids it marked `sent`. */
async function recordHandOvers(payload: Payload, claims: { id: number | string; owner: string }[], now: Date): Promise<Set<string>> {
  const statement = handOverStatement(payload, claims, now)
  if (!statement) return markHandedOver(payload, claims, now)
  const db = payload.db
  const ids = isPostgres(db)
    ? (await db.pool.query<{ id: unknown }>(statement.sql, statement.args)).rows.map((r) => r.id)
    : isSqlite(db)
      ? (await db.client.execute(statement)).rows.map((r) => r.id)
      : []
  return new Set(ids.map(String))
}

/**
 * Before claiming: the journals of this host's dead senders become `sent` deliveries (those still
 * held by the dead claim), and are removed.
 */
export async function replayJournals(payload: Payload, folder: string, logger: Logger): Promise<number> {
  let replayed = 0
  for (const { file, entries } of orphanedJournals(folder)) {
    for (let i = 0; i < entries.length; i += 500) {
      const slice: JournalEntry[] = entries.slice(i, i + 500)
      const marked = await recordHandOvers(
        payload,
        slice.map((e) => ({ owner: e.owner, id: dbIdOf(payload, e.id) })),
        clockOf(payload).now(),
      )
      replayed += marked.size
    }
    fs.rmSync(file, { force: true })
    logger.info({ file, entries: entries.length }, 'replayed the hand-over journal of a sender that stopped')
  }
  return replayed
}
