import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * The hand-over journal (PostgreSQL and MongoDB senders; see handOver.ts for why).
 *
 * Just before a message's end-of-data mark is written, the sender appends "owner<TAB>id" to a file
 * of its own, synchronously: a write to the page cache that wakes no other process, so nothing
 * (the operating system's scheduler included) is likely to come between it and the mark. The
 * database learns of the hand-over a moment later, in one statement per group. A process killed in
 * that moment leaves its deliveries `sending` in the database and its journal on disk; before any
 * sender on this host claims deliveries, it replays the journals of dead processes (marking those
 * deliveries `sent` if they are still held by the dead claim) and removes them.
 *
 * Journals live in EMAIL_JOURNAL_DIR, in a folder per database (a hash of DATABASE_URI), named
 * `<host>.<pid>.<random>.log`; only this host's are replayed here, and only when their process is
 * gone. Senders on several hosts each need the journal of their own host to survive a restart.
 */
export type Journal = {
  /** Append one hand-over (synchronous). */
  record(owner: string, id: number | string): void
  /** Every recorded hand-over is in the database: start the file afresh. */
  settled(): void
  /** Close and remove the file (everything recorded is in the database). */
  close(): void
}

export type JournalEntry = { owner: string; id: string }

const host = os.hostname().replace(/[^A-Za-z0-9-]/g, '_')
/** The journals this process has open (never replayed by itself). */
const own = new Set<string>()

/** The journal folder of one database. */
export function journalFolder(journalDir: string, databaseUri: string): string {
  return path.join(journalDir, createHash('sha256').update(databaseUri).digest('hex').slice(0, 16))
}

export function openJournal(folder: string): Journal {
  fs.mkdirSync(folder, { recursive: true })
  const file = path.join(folder, `${host}.${process.pid}.${randomUUID()}.log`)
  let fd: number | null = fs.openSync(file, 'a')
  own.add(file)
  let written = 0
  return {
    record(owner, id) {
      if (fd === null) throw new Error('hand-over journal is closed')
      fs.writeSync(fd, `${owner}\t${id}\n`)
      written += 1
    },
    settled() {
      // Everything recorded is confirmed by the database: keep the file small.
      if (fd !== null && written >= 10_000) {
        fs.ftruncateSync(fd, 0)
        written = 0
      }
    },
    close() {
      if (fd === null) return
      fs.closeSync(fd)
      fd = null
      fs.rmSync(file, { force: true })
      own.delete(file)
    },
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The journals this host's dead senders left (or this process, before it restarted), with their entries. */
export function orphanedJournals(folder: string): { file: string; entries: JournalEntry[] }[] {
  let names: string[]
  try {
    names = fs.readdirSync(folder)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const out: { file: string; entries: JournalEntry[] }[] = []
  for (const name of names) {
    const m = /^(.+)\.(\d+)\.[0-9a-f-]+\.log$/.exec(name)
    const file = path.join(folder, name)
    if (!m || m[1] !== host || own.has(file) || (Number(m[2]) !== process.pid && alive(Number(m[2])))) continue
    const entries = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.includes('\t'))
      .map((line) => ({ owner: line.slice(0, line.indexOf('\t')), id: line.slice(line.indexOf('\t') + 1) }))
    out.push({ file, entries })
  }
  return out
}
