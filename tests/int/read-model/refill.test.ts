import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import pino from 'pino'

import { closePayload } from '../../../src/db/close'
import { slugs } from '../../../src/domain'
import { RECORD_FORMAT } from '../../../src/readModel/record'
import { refillStaleRecords, staleRecordsWhere } from '../../../src/readModel/refill'
import { forgetPayload, startPayload, testEnv } from '../../helpers/boot'
import { createTestDatabase, type TestDatabase } from '../../helpers/database'
import { contentData } from '../../helpers/workflow'

/**
 * After an upgrade, records written by an earlier version (without `format`, and without what was
 * added since: the website's `page.site`, the `email` column) are refilled from the live copies:
 * by refillStaleRecords, which a process running the job queue starts by itself.
 */
let db: TestDatabase
let mediaDir: string
let payload: Payload

async function start(jobsAutorun: boolean): Promise<Payload> {
  return startPayload(testEnv(db.uri, mediaDir, { JOBS_AUTORUN: String(jobsAutorun) }), {}, { push: !db.fromTemplate })
}

async function stop(): Promise<void> {
  await closePayload(payload)
  forgetPayload()
}

beforeAll(async () => {
  db = await createTestDatabase(undefined, { fromTemplate: true })
  mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-media-'))
  payload = await start(false)
})
afterAll(async () => {
  if (payload) await stop()
  await db?.drop()
  if (mediaDir) await fs.rm(mediaDir, { recursive: true, force: true })
})

/** Every record, without what the database assigns (id, timestamps), by key. */
async function snapshot(): Promise<Record<string, unknown>[]> {
  const { docs } = await payload.db.find<Record<string, unknown>>({ collection: slugs.releasedItems, limit: 0, pagination: false })
  return docs.map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => rest).sort((a, b) => (String(a.key) < String(b.key) ? -1 : 1))
}

/** Make every record look as an earlier version wrote it: no format, no email, no page.site. */
async function ageRecords(): Promise<void> {
  const { docs } = await payload.db.find<{ id: number | string; page: Record<string, unknown> }>({
    collection: slugs.releasedItems,
    limit: 0,
    pagination: false,
    select: { page: true },
  })
  for (const { id, page } of docs) {
    const { site: _site, ...older } = page
    await payload.db.updateOne({ collection: slugs.releasedItems, id, data: { format: null, email: null, page: older }, returning: false })
  }
}

const staleCount = async () => (await payload.db.count({ collection: slugs.releasedItems, where: staleRecordsWhere })).totalDocs

/** Two items live in three languages, written through the trusted write path (as an import would). */
async function twoLiveItems(): Promise<void> {
  for (const title of ['Sản phẩm đối tác một', 'Sản phẩm đối tác hai']) {
    const data = await contentData(payload, 'partner-media', { vi: title })
    await payload.create({ collection: 'partner-media', data: { ...data, _status: 'published' } as never })
  }
}

test('records of an earlier format are re-derived, equal to what the writes made; those of a vanished item go', async () => {
  await twoLiveItems()
  const before = await snapshot()
  // Two items in three languages, each record written in this version's format.
  expect(before.map((r) => r.format)).toEqual(Array(6).fill(RECORD_FORMAT))
  expect(new Set(before.map((r) => r.itemId)).size).toBe(2)

  await ageRecords()
  // And an old record of an item that no longer exists.
  await payload.db.create({
    collection: slugs.releasedItems,
    data: { ...before[0], key: 'partner-media:999999:vi', itemId: '999999', format: null, createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-01T00:00:00.000Z' },
    returning: false,
  })
  expect(await staleCount()).toBe(before.length + 1)

  const logged: { level: number; msg: string; items?: number; records?: number }[] = []
  const logger = pino({ level: 'info' }, { write: (line: string) => void logged.push(JSON.parse(line) as (typeof logged)[number]) })
  expect(await refillStaleRecords(payload, logger)).toEqual({ items: 3, records: before.length })
  expect(await snapshot()).toEqual(before)
  expect(await staleCount()).toBe(0)
  expect(logged.map((l) => [l.level, l.msg])).toEqual([
    [40, 'read model: records written by an earlier version; refilling them from the live copies'],
    [30, 'read model: refilling'],
    [30, 'read model: refilled'],
  ])
  // Nothing left: a second run does nothing and says nothing.
  logged.length = 0
  expect(await refillStaleRecords(payload, logger)).toEqual({ items: 0, records: 0 })
  expect(logged).toEqual([])
})

test('a process that runs the job queue refills them when it starts; one that does not leaves them', async () => {
  const before = await snapshot()
  await ageRecords()
  await stop()
  payload = await start(false)
  // A server without the job runner (JOBS_AUTORUN=false, beside a worker) leaves them to the worker.
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect(await staleCount()).toBe(before.length)
  await stop()
  payload = await start(true)
  const deadline = Date.now() + 30_000
  while ((await staleCount()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
  expect(await staleCount()).toBe(0)
  expect(await snapshot()).toEqual(before)
})
