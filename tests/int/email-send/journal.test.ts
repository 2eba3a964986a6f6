import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pino from 'pino'

import { replayJournals } from '../../../src/email/send/handOver'
import { journalFolder, openJournal } from '../../../src/email/send/journal'
import { bootPayload, type TestContext } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'

/**
 * The hand-over journal (src/email/send/journal.ts): what a dead sender on this host handed over is
 * recorded `sent` before anything is claimed again, and nothing else is touched.
 */
let ctx: TestContext
let root: string
let mailing: number | string
const logger = pino({ level: 'silent' })
const host = os.hostname().replace(/[^A-Za-z0-9-]/g, '_')

beforeAll(async () => {
  ctx = await bootPayload()
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-journal-'))
  const m = await ctx.payload.create({ collection: slugs.mailings, data: { key: 'journal-test', kind: 'release', audience: 'all', itemCollection: slugs.pressReleases, itemId: '1', version: 1, status: 'sending' } as never, overrideAccess: true })
  mailing = m.id
})

afterAll(async () => {
  await ctx?.destroy()
  fs.rmSync(root, { recursive: true, force: true })
})

async function delivery(email: string, status: string, leaseOwner: string | null): Promise<number | string> {
  const d = await ctx.payload.create({
    collection: slugs.emailDeliveries,
    data: { mailing, email, language: 'vi', status, attempts: 1, leaseOwner, leaseUntil: new Date(Date.now() + 60_000).toISOString(), messageId: `<${email}>` } as never,
    overrideAccess: true,
  })
  return d.id
}

const statusOf = async (id: number | string) => ((await ctx.payload.findByID({ collection: slugs.emailDeliveries, id, depth: 0, overrideAccess: true })) as { status: string }).status

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
  return Number(child.stdout)
}

describe('the hand-over journal', () => {
  test('a dead sender\'s journal marks its deliveries sent (only those its claim still holds), then is removed; a live sender\'s is left alone', async () => {
    const folder = journalFolder(root, ctx.db.uri)
    fs.mkdirSync(folder, { recursive: true })
    const handed = await delivery('handed@example.org', 'sending', 'dead:claim')
    const reclaimed = await delivery('reclaimed@example.org', 'sending', 'other:claim')
    const notInJournal = await delivery('untouched@example.org', 'sending', 'dead:claim')
    const dead = path.join(folder, `${host}.${deadPid()}.0b7a.log`)
    fs.writeFileSync(dead, `dead:claim\t${handed}\ndead:claim\t${reclaimed}\n`)
    const liveEntry = await delivery('live@example.org', 'sending', 'live:claim')
    const live = path.join(folder, `${host}.${process.ppid}.1c8b.log`)
    fs.writeFileSync(live, `live:claim\t${liveEntry}\n`)

    expect(await replayJournals(ctx.payload, folder, logger)).toBe(1)
    expect(await statusOf(handed)).toBe('sent')
    expect(await statusOf(reclaimed)).toBe('sending')
    expect(await statusOf(notInJournal)).toBe('sending')
    expect(await statusOf(liveEntry)).toBe('sending')
    expect(fs.existsSync(dead)).toBe(false)
    expect(fs.existsSync(live)).toBe(true)
  })

  test('a journal closed after its hand-overs were recorded leaves no file behind; journals are kept per database', () => {
    const a = journalFolder(root, 'postgres://db/one')
    const b = journalFolder(root, 'postgres://db/two')
    expect(a).not.toBe(b)
    const journal = openJournal(a)
    journal.record('owner', 1)
    expect(fs.readdirSync(a).length).toBe(1)
    expect(fs.readFileSync(path.join(a, fs.readdirSync(a)[0]), 'utf8')).toBe('owner\t1\n')
    journal.close()
    expect(fs.readdirSync(a)).toEqual([])
  })
})
