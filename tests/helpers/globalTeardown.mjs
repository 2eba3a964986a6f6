// Remove the run's template databases (made for tests/helpers/globalSetup.mjs in this process).
import fs from 'node:fs/promises'

import pg from 'pg'

export default async function globalTeardown() {
  for (const remove of (globalThis.newsroomTemplates ?? []).splice(0)) {
    if (remove.dir) await fs.rm(remove.dir, { recursive: true, force: true })
    if (remove.database) {
      const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL })
      await client.connect()
      try {
        await client.query(`DROP DATABASE IF EXISTS "${remove.database}" WITH (FORCE)`)
      } finally {
        await client.end()
      }
    }
  }
}
