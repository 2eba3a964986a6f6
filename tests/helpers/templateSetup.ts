import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { DatabaseKind } from '../../src/config/env'
import { closePayload } from '../../src/db/close'
import { isSqlite } from '../../src/db/engine'
import { forgetPayload, startPayload, testEnv } from './boot'
import { createTestDatabase } from './database'
import { templateVariable } from './template'

type Project = { globals: { TEST_DATABASE?: DatabaseKind } }

/**
 * Once per jest run and engine: a template database with the schema pushed, which every test file's
 * database copies (tests/helpers/template.ts). MongoDB has no schema to push: none there.
 */
export default async function globalSetup(_global: unknown, project: Project): Promise<void> {
  const kind = project.globals.TEST_DATABASE
  if (kind !== 'sqlite' && kind !== 'postgres') return
  const started = Date.now()
  const db = await createTestDatabase(kind)
  const mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-template-media-'))
  const payload = await startPayload(testEnv(db.uri, mediaDir), {}, { push: true })
  let uri = db.uri
  if (isSqlite(payload.db)) {
    // Copies are taken from a file nothing has open: a connection of the push left behind would
    // checkpoint its write-ahead log into the file whenever it is closed (by the garbage collector),
    // and a copy taken meanwhile would miss tables. VACUUM INTO writes one consistent,
    // self-contained file (no -wal) from the database as committed.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-template-'))
    const file = path.join(dir, 'template.db')
    await payload.db.client.execute({ sql: 'VACUUM INTO ?', args: [file] })
    uri = `file:${file}`
    templates.push(() => fs.rm(dir, { recursive: true, force: true }))
  }
  await closePayload(payload)
  forgetPayload()
  await fs.rm(mediaDir, { recursive: true, force: true })
  process.env[templateVariable(kind)] = uri
  templates.push(db.drop)
  console.log(`\n${kind}: template database made in ${Date.now() - started} ms (${uri.replace(/\/\/[^@]*@/, '//')})`)
}

/** Dropped by tests/helpers/globalTeardown.mjs (the same process). */
export const templates: (() => Promise<void>)[] = ((globalThis as { newsroomTemplates?: (() => Promise<void>)[] }).newsroomTemplates ??= [])
