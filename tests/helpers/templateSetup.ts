import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { DatabaseKind } from '../../src/config/env'
import { closePayload } from '../../src/db/close'
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
  await closePayload(payload)
  forgetPayload()
  await fs.rm(mediaDir, { recursive: true, force: true })
  process.env[templateVariable(kind)] = db.uri
  templates.push(db.drop)
  console.log(`\n${kind}: template database made in ${Date.now() - started} ms (${db.uri.replace(/\/\/[^@]*@/, '//')})`)
}

/** Dropped by tests/helpers/globalTeardown.mjs (the same process). */
export const templates: (() => Promise<void>)[] = ((globalThis as { newsroomTemplates?: (() => Promise<void>)[] }).newsroomTemplates ??= [])
