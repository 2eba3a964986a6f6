/**
 * `npm run reindex`: rebuild the read model (`released-items`) from the live copies, with a
 * progress bar. Needed once after the migration that adds it, after an import written around
 * Payload, or after changing PUBLIC_URL (records hold absolute URLs). Safe while the server runs.
 */
import 'dotenv/config'

import { SingleBar, Presets } from 'cli-progress'
import { getPayload } from 'payload'

import { createPayloadConfig } from '../buildConfig'
import { ConfigError, getEnv } from '../config/env'
import { closePayload } from '../db/close'
import { rebuildReleased } from './rebuild'

try {
  const env = getEnv()
  const payload = await getPayload({ config: createPayloadConfig(env), cron: false })
  const bar = new SingleBar({ format: 'reindex {collection} [{bar}] {value}/{total} items | {records} records | {eta_formatted} left', hideCursor: true }, Presets.shades_classic)
  let current = ''
  const started = Date.now()
  const result = await rebuildReleased(payload, (p) => {
    if (p.collection !== current) {
      if (current) bar.stop()
      current = p.collection
      bar.start(p.total, 0, { collection: p.collection, records: p.records })
    }
    bar.setTotal(p.total)
    bar.update(p.done, { records: p.records })
  })
  if (current) bar.stop()
  process.stdout.write(`reindexed ${result.items} items into ${result.records} records in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
  await closePayload(payload)
  process.exit(0)
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
}
