/**
 * `npm run bench:site`: the public website's benchmark of issue 13 (a measurement, not a test).
 *
 * Seeds BENCH_ITEMS published press releases × 3 languages (the bulk seeding of bench:feed,
 * tests/bench/seed.ts) and builds the read model, then times sequential requests on loopback, one
 * at a time, as server time (from the request reaching Express to the response handed to the
 * socket, measured by a middleware in front of the app) and as seen by the client:
 *   item    GET /{lang}/press-releases/{slug}: a different item each request (nothing cached; the
 *           site has no cache, and no ETag is sent)
 *   api     GET /feed/v1/items/press-release:{id}?lang= with an API key: the same items by id,
 *           uncached (a different item each request), alternating with `item` request by request,
 *           so both see the same machine
 *   home    GET /{lang}
 *   list    GET /{lang}/press-releases?page=N, a different page each request
 * and prints a table, the ratios item/api, and the issue's bar: uncached item page p50 server
 * time ≤ 30 ms with 20,000 items. SQLite always; PostgreSQL too when a server is given.
 *
 * With `--lighthouse`: Lighthouse 12 (mobile, simulated throttling; performance and accessibility)
 * in Debian's Chromium (/usr/bin/chromium, headless, no sandbox, no background networking:
 * nothing is downloaded) on a home, a list and an item page of the SQLite run. Bars: performance
 * ≥ 95, accessibility 100; the audits that lost points are listed.
 *
 * Options (arguments or environment): --items=N (BENCH_ITEMS, 20000), --requests=N per scenario
 * (BENCH_REQUESTS, 400), --postgres=URL (else TEST_POSTGRES_URL or BENCH_POSTGRES_URL; none: SQLite
 * only; a database newsroom_bench_site_<ts> is created there and dropped), --lighthouse
 * (BENCH_LIGHTHOUSE=true), --skip-sqlite (PostgreSQL only), --chromium=PATH (/usr/bin/chromium), --keep (BENCH_KEEP=true: keep the
 * databases, to look at query plans). A quick run: `--items=2000 --requests=100`.
 * Exits 0 when a bar is missed (it is a measurement), non-zero on errors.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { Presets, SingleBar } from 'cli-progress'
import express from 'express'
import { getPayload, type Payload } from 'payload'

import { createPayloadConfig } from '../../src/buildConfig'
import { loadEnv, type Env } from '../../src/config/env'
import { closePayload } from '../../src/db/close'
import { locales, slugs } from '../../src/domain'
import { feedVersion, refreshFeedState } from '../../src/feed/etag'
import { closeFeed } from '../../src/feed/shutdown'
import { releaseStartupHold } from '../../src/lib/startupHold'
import { createLogger } from '../../src/logger'
import { rebuildReleased } from '../../src/readModel/rebuild'
import { createApp } from '../../src/server/app'
import { createBenchDatabase } from './database'
import { benchOptions } from './options'
import { seedFixtures, seedItems } from './seed'

// ---- options ---------------------------------------------------------------------------------

const { option, positiveInt } = benchOptions()
const ITEMS = positiveInt('items', 'BENCH_ITEMS', 20_000)
const REQUESTS = positiveInt('requests', 'BENCH_REQUESTS', 400)
const WARMUP = Math.min(50, REQUESTS)
const POSTGRES_URL = option('postgres', 'TEST_POSTGRES_URL', '') || process.env.BENCH_POSTGRES_URL
/** PostgreSQL only (with a server given): `--skip-sqlite`. */
const SKIP_SQLITE = option('skip-sqlite', 'BENCH_SKIP_SQLITE', 'false') === 'true'
const LIGHTHOUSE = option('lighthouse', 'BENCH_LIGHTHOUSE', 'false') === 'true'
const CHROMIUM = option('chromium', 'BENCH_CHROMIUM', '/usr/bin/chromium')
/** Keep the databases afterwards (to look at query plans); their URIs are printed. */
const KEEP = option('keep', 'BENCH_KEEP', 'false') === 'true'
const BAR_ITEM_P50_MS = 30
const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret-01'

const say = (line = '') => process.stdout.write(`${line}\n`)
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' ')
const num = (v: number, digits = 1) => v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })

// ---- measuring ---------------------------------------------------------------------------------

type Sample = { server: number; client: number; bytes: number }
type Row = { name: string; samples: Sample[] }

/** The n-th quantile of some milliseconds. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}

/** A run on one engine: its server, with a middleware that times every request it serves. */
type Bench = { base: string; payload: Payload; lastServerMs: () => number; key: string }

async function once(bench: Bench, url: string, headers: Record<string, string> = {}): Promise<Sample> {
  const t0 = performance.now()
  const res = await fetch(`${bench.base}${url}`, { headers, redirect: 'manual' })
  const body = await res.arrayBuffer()
  const client = performance.now() - t0
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${Buffer.from(body).toString('utf8').slice(0, 300)}`)
  return { server: bench.lastServerMs(), client, bytes: body.byteLength }
}

/** Sequential requests, `paths(i)` for the i-th; several scenarios interleaved request by request. */
async function measure(bench: Bench, scenarios: { name: string; path: (i: number) => string; headers?: Record<string, string> }[]): Promise<Row[]> {
  const rows = scenarios.map((s) => ({ name: s.name, samples: [] as Sample[] }))
  const bar = new SingleBar({ format: `  ${scenarios.map((s) => s.name).join(' + ')} [{bar}] {value}/{total} requests | {eta_formatted} left`, hideCursor: true, noTTYOutput: true, notTTYSchedule: 10_000 }, Presets.shades_classic)
  bar.start(WARMUP + REQUESTS, 0)
  for (let i = 0; i < WARMUP + REQUESTS; i++) {
    for (const [k, s] of scenarios.entries()) {
      const sample = await once(bench, s.path(i), s.headers)
      if (i >= WARMUP) rows[k].samples.push(sample)
    }
    bar.update(i + 1)
  }
  bar.stop()
  return rows
}

/** Item numbers in a shuffled order (a fixed permutation): each request a different item, spread over the store. */
function itemOrder(count: number): (i: number) => number {
  const step = 7919 // a prime that does not divide the item counts used here
  return (i) => ((i * step) % count) + 1
}

// ---- one engine ----------------------------------------------------------------------------------

async function runEngine(kind: 'sqlite' | 'postgres', cleanups: (() => Promise<void>)[]): Promise<{ rows: Row[]; bench: Bench }> {
  const db = await createBenchDatabase(kind, POSTGRES_URL ?? '', 'newsroom_bench_site')
  if (KEEP) say(`keeping the database: ${db.uri}`)
  else cleanups.push(db.drop)
  const mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-site-media-'))
  cleanups.push(() => fs.rm(mediaDir, { recursive: true, force: true }))
  say(`\n== ${kind}: ${db.describe}`)
  const env: Env = loadEnv({
    NODE_ENV: 'test',
    DATABASE_URI: db.uri,
    PAYLOAD_SECRET: BENCH_SECRET,
    MEDIA_DIR: mediaDir,
    JOBS_AUTORUN: 'false',
    LOG_LEVEL: 'warn',
    PUBLIC_URL: 'http://localhost:3999',
  })
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  const payload = await getPayload({ config: createPayloadConfig(env), cron: false })
  releaseStartupHold()
  cleanups.push(async () => {
    await closePayload(payload)
    // getPayload caches its instance: forget it so that the next engine starts afresh.
    ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
  })
  cleanups.push(() => closeFeed(payload))

  let lastServerMs = 0
  const outer = express()
  outer.disable('x-powered-by')
  outer.use((_req, res, next) => {
    const t0 = process.hrtime.bigint()
    res.once('finish', () => {
      lastServerMs = Number(process.hrtime.bigint() - t0) / 1e6
    })
    next()
  })
  outer.use(createApp({ payload, env, logger: createLogger(env), readiness: { draining: false } }))
  const server: Server = await new Promise((resolve) => {
    const s = outer.listen(0, '127.0.0.1', () => resolve(s))
  })
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  )
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const client = (await payload.create({ collection: slugs.apiClients, data: { name: 'bench:site', rateLimitPerMinute: 100_000, embargoPrivilege: false }, overrideAccess: true })) as {
    key?: string
  }
  if (typeof client.key !== 'string') throw new Error('creating an api-clients document did not return its key as doc.key')

  const fx = await seedFixtures(payload)
  // The workflow makes an item's media public when it is released (src/workflow/mediaVisibility.ts);
  // the seed writes around it: the images are public from the start, as their items are.
  for (const id of fx.images) await payload.db.updateOne({ collection: slugs.media, id, data: { releasedAt: new Date(0).toISOString() }, returning: false })
  const startedAt = Date.now()
  const seedBar = new SingleBar({ format: '  seeding press releases [{bar}] {value}/{total} items | {eta_formatted} left', hideCursor: true, noTTYOutput: true, notTTYSchedule: 10_000 }, Presets.shades_classic)
  seedBar.start(ITEMS, 0)
  await seedItems(payload, fx, 1, ITEMS, {
    database: kind,
    batch: 250,
    parallel: kind === 'postgres' ? 4 : 1,
    publishedAtOf: (n) => new Date(startedAt - (ITEMS - n + 10) * 60_000).toISOString(),
    say,
    onProgress: (done) => seedBar.update(done),
  })
  seedBar.stop()
  const indexBar = new SingleBar({ format: '  read model (npm run reindex) [{bar}] {value}/{total} items | {records} records', hideCursor: true, noTTYOutput: true, notTTYSchedule: 10_000 }, Presets.shades_classic)
  indexBar.start(ITEMS, 0, { records: 0 })
  const rebuilt = await rebuildReleased(payload, (p) => indexBar.update(p.done, { records: p.records }))
  indexBar.stop()
  say(`  read model: ${rebuilt.records.toLocaleString('en-US')} records`)
  // The feed's in-memory state reads the seeded events 500 at a time in the background: catch up
  // first, so that this reading is not charged to the measured requests.
  for (let i = 0; feedVersion(payload).seq < ITEMS; i++) {
    if (i > 10_000) throw new Error(`the feed state did not reach seq ${ITEMS}`)
    await refreshFeedState(payload)
  }

  const bench: Bench = { base, payload, lastServerMs: () => lastServerMs, key: client.key }
  const n = itemOrder(ITEMS)
  const lang = (i: number) => locales[i % locales.length]
  const auth = { authorization: `Bearer ${client.key}` }
  const listPages = Math.min(1000, Math.ceil(ITEMS / 10))
  const rows = [
    ...(await measure(bench, [
      { name: 'item page (uncached)', path: (i) => `/${lang(i)}/press-releases/bench-${lang(i)}-${n(i)}` },
      // The same item, same language, by id from the agency API: the baseline.
      { name: 'api item by id (uncached)', path: (i) => `/feed/v1/items/press-release:${n(i)}?lang=${lang(i)}`, headers: auth },
    ])),
    ...(await measure(bench, [
      { name: 'home page', path: (i) => `/${lang(i)}` },
      { name: 'list page (?page=N)', path: (i) => `/${lang(i)}/press-releases?page=${(i % listPages) + 1}` },
    ])),
  ]
  return { rows, bench }
}

function report(kind: string, rows: Row[]): void {
  say()
  say(`results: ${kind}, ${ITEMS.toLocaleString('en-US')} press releases × 3 languages, ${REQUESTS} sequential requests per scenario (after ${WARMUP} warm-up)`)
  say(`${'scenario'.padEnd(28)}${'server p50'.padStart(12)}${'p95'.padStart(9)}${'max'.padStart(9)}${'client p50'.padStart(12)}${'p95'.padStart(9)}${'bytes'.padStart(10)}`)
  for (const r of rows) {
    const server = r.samples.map((s) => s.server)
    const client = r.samples.map((s) => s.client)
    say(
      `${r.name.padEnd(28)}${num(quantile(server, 0.5)).padStart(12)}${num(quantile(server, 0.95)).padStart(9)}${num(Math.max(...server)).padStart(9)}${num(quantile(client, 0.5)).padStart(12)}${num(quantile(client, 0.95)).padStart(9)}${num(quantile(r.samples.map((s) => s.bytes), 0.5), 0).padStart(10)}`,
    )
  }
  const [item, api] = rows
  const p50 = quantile(item.samples.map((s) => s.server), 0.5)
  say(`item page / api item, server p50: ${num(p50 / quantile(api.samples.map((s) => s.server), 0.5), 2)}×, p95: ${num(quantile(item.samples.map((s) => s.server), 0.95) / quantile(api.samples.map((s) => s.server), 0.95), 2)}×`)
  say(`bar: uncached item page p50 server time ≤ ${BAR_ITEM_P50_MS} ms${ITEMS < 20_000 ? ` (the bar is set for 20,000 items; this run has ${ITEMS.toLocaleString('en-US')})` : ''}: ${num(p50)} ms, ${p50 <= BAR_ITEM_P50_MS ? 'met' : 'NOT MET'}`)
}

// ---- Lighthouse ----------------------------------------------------------------------------------

/** Debian's Chromium with a DevTools port; resolves with the port once it listens. */
async function startChromium(cleanups: (() => Promise<void>)[]): Promise<number> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-lighthouse-'))
  const child = spawn(
    CHROMIUM,
    ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage', '--no-first-run', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  cleanups.push(async () => {
    child.kill()
    await exited
    await fs.rm(profile, { recursive: true, force: true })
  })
  return new Promise((resolve, reject) => {
    let output = ''
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`${CHROMIUM} exited with ${code}: ${output.slice(0, 500)}`)))
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)
      if (m) resolve(Number(m[1]))
    })
  })
}

async function runLighthouse(bench: Bench, cleanups: (() => Promise<void>)[]): Promise<void> {
  // Imported here: only this option needs it (and it is large).
  const { default: lighthouse } = await import('lighthouse')
  const port = await startChromium(cleanups)
  const pages = [
    ['home', '/vi'],
    ['list', '/en/press-releases?page=2'],
    ['item', `/lo/press-releases/bench-lo-${Math.ceil(ITEMS / 2)}`],
  ] as const
  say()
  say('Lighthouse 12 (mobile, simulated throttling), Chromium headless:')
  say(`${'page'.padEnd(8)}${'performance'.padStart(13)}${'accessibility'.padStart(15)}   FCP / LCP / TBT / CLS`)
  const findings: string[] = []
  const reports: string[] = []
  for (const [name, url] of pages) {
    const result = await lighthouse(`${bench.base}${url}`, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] })
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
    const report = path.join(os.tmpdir(), `bench-site-lighthouse-${name}.json`)
    await fs.writeFile(report, JSON.stringify(result.lhr))
    reports.push(report)
    const { categories, audits } = result.lhr
    const perf = Math.round((categories.performance?.score ?? 0) * 100)
    const a11y = Math.round((categories.accessibility?.score ?? 0) * 100)
    const metric = (id: string) => audits[id]?.displayValue ?? '?'
    say(`${name.padEnd(8)}${String(perf).padStart(13)}${String(a11y).padStart(15)}   ${metric('first-contentful-paint')} / ${metric('largest-contentful-paint')} / ${metric('total-blocking-time')} / ${metric('cumulative-layout-shift')}`)
    for (const category of [categories.performance, categories.accessibility]) {
      for (const ref of category?.auditRefs ?? []) {
        const audit = audits[ref.id]
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) findings.push(`  ${name}: ${category?.id} · ${audit.id} (${audit.score}): ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`)
      }
    }
    // Where the main thread's time went (what Total Blocking Time is made of).
    const breakdown = audits['mainthread-work-breakdown']?.details
    if (breakdown?.type === 'table') {
      const parts = breakdown.items.map((i) => `${String(i.groupLabel ?? i.group)} ${Math.round(Number(i.duration))} ms`).join(', ')
      say(`${''.padEnd(8)}main thread: ${parts}`)
    }
    // What moved (Cumulative Layout Shift), by element.
    const shifts = audits['layout-shifts']?.details
    if (shifts?.type === 'table' && shifts.items.length > 0) {
      const moved = shifts.items.slice(0, 3).map((i) => {
        const node = i.node as { snippet?: string } | undefined
        return `${node?.snippet?.slice(0, 80) ?? '?'} (${Number(i.score).toFixed(3)})`
      })
      say(`${''.padEnd(8)}layout shifts: ${moved.join('; ')}`)
    }
    const pass = perf >= 95 && a11y === 100
    if (!pass) say(`${''.padEnd(8)}bars: performance ≥ 95, accessibility 100: NOT MET`)
  }
  say(`full reports: ${reports.join(', ')}`)
  if (findings.length) {
    say('audits that lost points:')
    for (const f of findings) say(f)
  } else say('bars (performance ≥ 95, accessibility 100): met on every page')
}

// ---- main --------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const cleanups: (() => Promise<void>)[] = []
  try {
    say(`bench:site: ${ITEMS.toLocaleString('en-US')} items, ${REQUESTS} requests per scenario, Node ${process.version}, ${os.cpus().length} CPUs, load average ${loadAverage()}`)
    if (!SKIP_SQLITE) {
      const sqlite = await runEngine('sqlite', cleanups)
      report('sqlite', sqlite.rows)
      if (LIGHTHOUSE) await runLighthouse(sqlite.bench, cleanups)
      // One engine at a time: the SQLite run's server and database go first.
      for (const fn of cleanups.splice(0).reverse()) await fn()
    }
    if (POSTGRES_URL) {
      const postgres = await runEngine('postgres', cleanups)
      report('postgres', postgres.rows)
    } else say('\n(PostgreSQL not measured: give --postgres=URL or TEST_POSTGRES_URL)')
    say(`\nload average at the end: ${loadAverage()} (${os.cpus().length} CPUs; a shared machine: figures vary with what else runs)`)
  } finally {
    for (const fn of cleanups.reverse()) {
      try {
        await fn()
      } catch (error) {
        console.error('cleanup failed:', error)
      }
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench:site failed:', error)
    process.exit(1)
  },
)
