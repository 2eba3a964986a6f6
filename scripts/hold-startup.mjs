/**
 * Preloaded by every server and seed process: `node --import ./scripts/hold-startup.mjs dist/server.mjs`.
 *
 * 1. Lexical's Node entry points (`lexical`, `@lexical/*`, files `*.node.mjs`) load their code with a
 *    top-level `await import(...)`. Node 20 can deadlock when several modules of one graph wait on
 *    such modules at the same time (seen here: the server stalled before its first log line in about
 *    one start in four, and nearly always on a busy machine). Evaluating them first, one at a time,
 *    leaves nothing for the main graph to wait on. Node 22 no longer needs this.
 * 2. A timer holds the event loop until the entry releases it (src/lib/startupHold.ts, once listening);
 *    a start-up that has not finished after two minutes exits with code 1 and says so, so that a
 *    process manager restarts it instead of it hanging silently.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const STARTUP_LIMIT_MS = 120_000

globalThis.__newsroomStartupHold = setTimeout(() => {
  console.error(`start-up did not complete within ${STARTUP_LIMIT_MS / 1000} s; exiting so that it can be restarted`)
  process.exit(1)
}, STARTUP_LIMIT_MS)

const modules = path.resolve('node_modules')
const lexicalEntries = (dir) => {
  const dist = path.join(dir, 'dist')
  if (!fs.existsSync(dist)) return []
  return fs
    .readdirSync(dist)
    .filter((f) => f.endsWith('.node.mjs'))
    .map((f) => path.join(dist, f))
}
const scoped = fs.existsSync(path.join(modules, '@lexical'))
  ? fs.readdirSync(path.join(modules, '@lexical')).map((name) => path.join(modules, '@lexical', name))
  : []
for (const file of [...lexicalEntries(path.join(modules, 'lexical')), ...scoped.flatMap(lexicalEntries)]) {
  try {
    await import(pathToFileURL(file).href)
  } catch {
    // a browser-only entry: the server never imports it either
  }
}
