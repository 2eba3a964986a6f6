import fs from 'node:fs/promises'

import type { DatabaseKind } from '../../src/config/env'

/**
 * The template database of an engine: made once per jest run by tests/helpers/templateSetup.ts (the
 * schema pushed once), then copied for each test file instead of pushing the schema again: a file
 * copy on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL. The global set-up hands its address
 * to the test workers through the environment (workers are started after it, with its env).
 */

/** A template's address, and what to remove when the run ends (its folder, or its PostgreSQL database). */
export type Template = { uri: string; remove: { dir: string } | { database: string } }

export const templateVariable = (kind: DatabaseKind) => `NEWSROOM_TEST_TEMPLATE_${kind.toUpperCase()}`

export const templateOf = (kind: DatabaseKind): string | undefined => process.env[templateVariable(kind)]

/** Copy the SQLite template (one self-contained file, written by VACUUM INTO) to `file`. */
export async function copySqliteTemplate(template: string, file: string): Promise<void> {
  await fs.copyFile(template.slice('file:'.length), file)
}
