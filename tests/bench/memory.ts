/**
 * `npm run bench:memory`: the server's memory under uncached reads (issue 12; a measurement, not a test).
 *
 * For each case a child process of its own (memory figures must not mix) starts Payload and the
 * Express app in process on a fresh database with the demo content (src/seed), then sends
 * uncached agency API reads — `/feed/v1/items?limit=20&updatedSince=<a distinct time>`, never from
 * the response cache — at a fixed concurrency and prints the process's RSS after 10k, 50k and 100k
 * requests (after a warm-up of 2,000). Cases:
 *   - SQLite without the prepared-statement cache (the baseline: libsql-js#153, as before the cache)
 *   - SQLite with the cache (src/db/statementCache.ts, as the server runs)
 *   - PostgreSQL
 * Prints RSS at each checkpoint and the ratio 100k / 10k per case against the goal (≤ 1.3).
 *
 * Options: `--cases=sqlite-nocache,sqlite,postgres` (default all), `--scale=0.1` (checkpoints ×
 * scale, for a quick look), `--connections=10`, BENCH_POSTGRES_URL as bench:feed.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'
import LibsqlDatabase from 'libsql'
import { getPayload } from 'payload'

import { slugs } from '../../src/domain'
import { createPayloadConfig } from '../../src/buildConfig'
import { loadEnv } from '../../src/config/env'
import { closePayload } from '../../src/db/close'
import { closeFeed } from '../../src/feed/shutdown'
import { releaseStartupHold } from '../../src/lib/startupHold'
import { createLogger } from '../../src/logger'
import { seed } from '../../src/seed'
import { createApp } from '../../src/server/app'
import { createBenchDatabase } from './database'
import { benchOptions } from './options'

const args = benchOptions()
const say = (line = '') => process.stdout.write(`${line}\n`)
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)

const SCALE = args.fraction('scale', undefined, 1)
const CHECKPOINTS = [10_000, 50_000, 100_000].map((n) => Math.max(100, Math.round(n * SCALE)))
const WARM_UP = Math.max(100, Math.round(2_000 * SCALE))
const CONNECTIONS = args.positiveInt('connections', undefined, 10)
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const CASES = ['sqlite-nocache', 'sqlite', 'postgres'] as const
type Case = (typeof CASES)[number]
/** RSS, the JS heap in use, and RSS outside the JS heap (native memory: SQLite's statements live there). */
type Checkpoint = { requests: number; rssMb: number; heapMb: number; nativeMb: number; rps: number }

/** The child: one case, its figures printed as one `RESULT {json}` line at the end. */
async function child(which: Case): Promise<void> {
  if (which === 'sqlite-nocache') {
    // Mark libsql as patched before the adapter is made, so cachePreparedStatements() does nothing.
    Object.defineProperty(LibsqlDatabase, Symbol.for('newsroom.libsqlStatementCache'), { value: true })
  }
  const db = await createBenchDatabase(which === 'postgres' ? 'postgres' : 'sqlite', POSTGRES_URL, 'newsroom_bench_memory')
  const mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-media-'))
  const env = loadEnv({
    NODE_ENV: 'test',
    DATABASE_URI: db.uri,
    PAYLOAD_SECRET: 'bench-secret-bench-secret-bench-secret-01',
    MEDIA_DIR: mediaDir,
    JOBS_AUTORUN: 'false',
    LOG_LEVEL: 'warn',
    PUBLIC_URL: 'http://localhost:3999',
  })
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  const payload = await getPayload({ config: createPayloadConfig(env), cron: false })
  releaseStartupHold()
  let server: Server | undefined
  try {
    say(`  [${which}] seeding the demo content …`)
    await seed(payload, { adminEmail: 'admin@bench.test', adminPassword: 'a long enough password', logger: { info: () => undefined, warn: () => undefined } })
    const client = await payload.create({ collection: slugs.apiClients, data: { name: 'bench memory', rateLimitPerMinute: 100_000, embargoPrivilege: false }, overrideAccess: true })
    const key = (client as { key?: unknown }).key
    if (typeof key !== 'string') throw new Error('creating an api-clients document did not return its key')
    const app = createApp({ payload, env, logger: createLogger(env), readiness: { draining: false } })
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s))
    })
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    let n = 0
    // A distinct `updatedSince` (one millisecond apart, all before every item) per request: never cached.
    const origin = Date.UTC(2000, 0, 1)
    const run = async (amount: number) => {
      const result = await autocannon({
        url: `${base}/feed/v1/items`,
        connections: CONNECTIONS,
        amount,
        headers: { authorization: `Bearer ${key}` },
        requests: [{ setupRequest: (req: { path?: string }) => ({ ...req, path: `/feed/v1/items?limit=20&updatedSince=${encodeURIComponent(new Date(origin + n++).toISOString())}` }) }],
      })
      const ok = result.statusCodeStats?.['200']?.count ?? 0
      if (ok !== amount) throw new Error(`expected ${amount} answers 200, got ${JSON.stringify(result.statusCodeStats)} (errors ${result.errors})`)
      return result
    }
    say(`  [${which}] warm-up: ${WARM_UP.toLocaleString('en-US')} requests …`)
    await run(WARM_UP)
    const rss: Checkpoint[] = []
    let done = 0
    for (const checkpoint of CHECKPOINTS) {
      const started = performance.now()
      await run(checkpoint - done)
      const rps = (checkpoint - done) / ((performance.now() - started) / 1000)
      done = checkpoint
      const usage = process.memoryUsage()
      rss.push({ requests: checkpoint, rssMb: mb(usage.rss), heapMb: mb(usage.heapUsed), nativeMb: mb(usage.rss - usage.heapTotal), rps: Math.round(rps) })
      say(`  [${which}] after ${checkpoint.toLocaleString('en-US')} uncached requests: RSS ${mb(usage.rss)} MB (JS heap used ${mb(usage.heapUsed)} MB; outside the JS heap ${mb(usage.rss - usage.heapTotal)} MB), ${Math.round(rps)} req/s`)
    }
    say(`RESULT ${JSON.stringify({ which, rss })}`)
  } finally {
    if (server) {
      const s = server
      await new Promise<void>((resolve) => {
        s.close(() => resolve())
        s.closeAllConnections()
      })
    }
    await closeFeed(payload)
    await closePayload(payload)
    await db.drop()
    await fs.rm(mediaDir, { recursive: true, force: true })
  }
}

type Result = { which: Case; rss: Checkpoint[] }

/** Run one case in a child process, echo its output, and return its RESULT line. */
function runCase(which: Case): Promise<Result> {
  const script = fileURLToPath(import.meta.url)
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, script, `--child=${which}`, ...process.argv.slice(2)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let result: Result | undefined
    let buffered = ''
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      let nl: number
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl)
        buffered = buffered.slice(nl + 1)
        if (line.startsWith('RESULT ')) result = JSON.parse(line.slice('RESULT '.length)) as Result
        else say(line)
      }
    })
    proc.on('error', reject)
    proc.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`case ${which} ended with exit code ${code}`))))
  })
}

async function main(): Promise<void> {
  const childCase = args.option('child', undefined, '')
  if (childCase) {
    if (!(CASES as readonly string[]).includes(childCase)) throw new Error(`unknown case "${childCase}"`)
    await child(childCase as Case)
    return
  }
  // This process only starts the cases' processes: nothing of its own to wait for.
  releaseStartupHold()
  const wanted = args.listOf('cases', undefined, CASES, CASES)
  say(`bench:memory — uncached /feed/v1/items reads, checkpoints ${CHECKPOINTS.join(' / ')}, ${CONNECTIONS} connections, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
  const results: Result[] = []
  for (const which of wanted) results.push(await runCase(which))
  say()
  say(`| case | ${CHECKPOINTS.map((c) => `RSS (outside JS heap) at ${c.toLocaleString('en-US')}`).join(' | ')} | RSS last/first | goal ≤ 1.3 | req/s |`)
  say(`|---|${CHECKPOINTS.map(() => '---').join('|')}|---|---|---|`)
  for (const r of results) {
    const ratio = r.rss[r.rss.length - 1].rssMb / r.rss[0].rssMb
    say(`| ${r.which} | ${r.rss.map((p) => `${p.rssMb} MB (${p.nativeMb} MB)`).join(' | ')} | ${ratio.toFixed(2)} | ${ratio <= 1.3 ? 'met' : 'missed'} | ${r.rss[r.rss.length - 1].rps} |`)
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
