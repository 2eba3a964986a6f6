/**
 * Longest suites first, also on a fresh clone. Jest orders test files by how long each took in the
 * previous run on this machine (its cache) so the slowest do not start last and leave one worker
 * busy while the other idles; CI runs on a fresh clone with no cache, where jest falls back to file
 * size, a poor guess here (the 2,000-recipient crash test is a short file). `durations.json` holds
 * seconds per project and file measured on this machine (regenerate it with `DURATIONS_OUT=tests/helpers/durations.json npm test` when
 * suites change much); jest's own cache, when there is one, still wins.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import Sequencer from '@jest/test-sequencer'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')
const durations = JSON.parse(fs.readFileSync(path.join(here, 'durations.json'), 'utf8'))

export default class LongestFirst extends Sequencer {
  time(test) {
    const cached = super.time(test)
    if (cached != null) return cached
    const key = `${test.context.config.displayName?.name ?? ''}:${path.relative(root, test.path)}`
    const seconds = durations[key]
    return seconds == null ? undefined : seconds * 1000
  }
}
