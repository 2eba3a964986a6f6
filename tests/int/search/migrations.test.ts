import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { closePayload } from '../../../src/db/close'
import { forgetPayload, startPayload, testEnv } from '../../helpers/boot'
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../../helpers/database'
import { entry, found, index, key, publicQuery } from './helpers'

/**
 * A production database gets the search index from the committed migrations (src/migrations), not
 * from the schema push the other suites' template had: the hand-written FTS5 tables and triggers
 * (SQLite), pg_trgm and the generated column (PostgreSQL) must be there and work the same.
 */
const describeSql = testDatabaseKind === 'mongodb' ? describe.skip : describe

describeSql(`search on a ${testDatabaseKind} database made by the migrations`, () => {
  let db: TestDatabase
  let payload: Payload
  let mediaDir: string

  beforeAll(async () => {
    db = await createTestDatabase(testDatabaseKind)
    mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-search-media-'))
    // Payload applies `prodMigrations` on connect only when process.env.NODE_ENV is production
    // (typed read-only by Next's declarations, hence the wider type).
    const processEnv = process.env as Record<string, string | undefined>
    const previous = processEnv.NODE_ENV
    processEnv.NODE_ENV = 'production'
    try {
      payload = await startPayload(testEnv(db.uri, mediaDir), {}, { push: false })
    } finally {
      processEnv.NODE_ENV = previous
    }
  })
  afterAll(async () => {
    if (payload) await closePayload(payload)
    forgetPayload()
    await db?.drop()
    await fs.rm(mediaDir, { recursive: true, force: true })
  })

  it('finds Vietnamese, English and Lao entries, and forgets removed ones', async () => {
    await index(payload, [
      entry({ docId: 1, title: 'Cửa khẩu Lao Bảo' }),
      entry({ docId: 1, language: 'en', title: 'Investment at Lao Bao' }),
      entry({ docId: 1, language: 'lo', title: 'ດ່ານສາກົນລາວບາວ' }),
    ])
    expect(await found(payload, publicQuery('lao bao', { languages: ['vi'] }))).toEqual([key(1)])
    expect(await found(payload, publicQuery('investing', { languages: ['en'] }))).toEqual([key(1, 'en')])
    expect(await found(payload, publicQuery('ລາວບາວ', { languages: ['lo'] }))).toEqual([key(1, 'lo')])
    await index(payload, [entry({ docId: 1, language: 'lo', title: 'ງານບຸນສັນຕິພາບ' })])
    expect(await found(payload, publicQuery('ລາວບາວ', { languages: ['lo'] }))).toEqual([])
    expect(await found(payload, publicQuery('ສັນຕິພາບ', { languages: ['lo'] }))).toEqual([key(1, 'lo')])
  })
})
