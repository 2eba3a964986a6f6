/**
 * Run as its own process by tests/helpers/globalSetup.mjs, once per jest run and engine:
 * `node --import tsx --import ./scripts/hold-startup.mjs tests/helpers/templateSetup.ts <engine>`.
 * Pushes the schema into a fresh database and leaves it as the template every test file's database
 * copies (tests/helpers/template.ts), then prints one line `TEMPLATE {json}` with its address and
 * what to remove at the end. A process of its own, not jest's: Payload started in jest's main process
 * left handles there ("did not exit one second after the test run") and, when jest ran the tests in
 * band, a second copy of modules such as graphql beside the tests' own.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { DatabaseKind } from '../../src/config/env'
import { closePayload } from '../../src/db/close'
import { isSqlite } from '../../src/db/engine'
import { releaseStartupHold } from '../../src/lib/startupHold'
import { forgetPayload, startPayload, testEnv } from './boot'
import { createTestDatabase } from './database'
import type { Template } from './template'

async function makeTemplate(kind: 'sqlite' | 'postgres'): Promise<Template> {
  const db = await createTestDatabase(kind)
  const mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-template-media-'))
  try {
    const payload = await startPayload(testEnv(db.uri, mediaDir), {}, { push: true })
    if (!isSqlite(payload.db)) {
      await closePayload(payload)
      forgetPayload()
      // CREATE DATABASE … TEMPLATE needs the template unused: this process ends before any copy.
      return { uri: db.uri, remove: { database: new URL(db.uri).pathname.slice(1) } }
    }
    // One self-contained file (no -wal) written from the database as committed, which nothing holds open.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-template-'))
    const file = path.join(dir, 'template.db')
    await payload.db.client.execute({ sql: 'VACUUM INTO ?', args: [file] })
    await closePayload(payload)
    forgetPayload()
    await db.drop()
    return { uri: `file:${file}`, remove: { dir } }
  } finally {
    await fs.rm(mediaDir, { recursive: true, force: true })
  }
}

const kind = process.argv[2] as DatabaseKind
if (kind !== 'sqlite' && kind !== 'postgres') throw new Error(`templateSetup: no template for '${kind}'`)
const started = Date.now()
const template = await makeTemplate(kind)
console.log(`TEMPLATE ${JSON.stringify({ ...template, ms: Date.now() - started })}`)
releaseStartupHold()
