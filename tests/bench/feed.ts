/**
 * `npm run bench:feed`: the agency API benchmark of issue 4 (a measurement, not a test).
 *
 * Seeds published press releases in three languages (topics, images), then measures at a fixed
 * concurrency, for the same duration each, in this one process (the load generator runs in an
 * autocannon worker thread):
 *   (a) GET /feed/v1/items?limit=50 with an API key
 *   (b) the same with If-None-Match = the ETag of (a) (304)
 *   (c) GET /api/press-releases?limit=50&depth=1 (Payload REST, anonymous)
 *   (a0) (a) with a distinct query each request (never from the response cache)
 *   (d) the bytes of (a)'s body served by express.static from the same Express process
 *   (e) GET /feed/v1/items/{type}:{id}, a different item each request (uncached)
 *   (f) the bytes of one (e) answer served by express.static
 *   (e2) one item by id, the same each request (from the response cache: the middleware's cost)
 * and the cost of one /changes page (sequential requests accepting gzip, timed to the last byte) with 1,000 and with BENCH_ITEMS items stored.
 * Prints a table, the ratios of issues 4 and 12 against their goals (a/c, a/d, b/d, a0/c, a0/d,
 * e/f, changes N/1k and the page's median), and peak RSS. The read model is built after seeding by
 * the rebuild of `npm run reindex` (its time is printed).
 * Exits 0 when goals are missed (it is a measurement), non-zero on errors.
 *
 * Options (environment): BENCH_DATABASE=sqlite|postgres (default sqlite, in a temp dir),
 * BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres; a fresh database
 * newsroom_bench_<ts> is created there and dropped at the end), BENCH_ITEMS (20000),
 * BENCH_DURATION_SECONDS (10), BENCH_CONNECTIONS (10), BENCH_CHANGES_REQUESTS (200).
 * The same as arguments: `--items=5000 --database=postgres --duration=5 --connections=10`.
 *
 * Seeding (tests/bench/seed.ts, shared with bench:site) goes through `payload.db.create` (the adapter, no hooks) inside transactions of
 * SEED_BATCH items: each item is written the way a trusted publish leaves it (`_status` and `state`
 * published, all three languages published and approved, `publishedVersion` 1, staggered
 * `firstPublishedAt`/`publishedAt`) with one `content-events` row (`published`, seq 1..N in order).
 * No version rows are written: the feed reads the main documents, and reads versions only for
 * `?version=N` / events of an earlier version, which these items do not have.
 */
import fs from 'node:fs/promises'
import http, { type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import autocannon, { type Options, type Result } from 'autocannon'
import express from 'express'
import { getPayload, type Payload } from 'payload'

import { slugs } from '../../src/domain'
import { createPayloadConfig } from '../../src/buildConfig'
import { loadEnv, type Env } from '../../src/config/env'
import { closePayload } from '../../src/db/close'
import { refreshFeedState, feedVersion } from '../../src/feed/etag'
import { encodeChangesCursor } from '../../src/feed/query'
import { closeFeed } from '../../src/feed/shutdown'
import { releaseStartupHold } from '../../src/lib/startupHold'
import { createLogger } from '../../src/logger'
import { createApp } from '../../src/server/app'
import { createBenchDatabase } from './database'
import { benchOptions } from './options'
import { buildReadModel as buildBenchReadModel, seedFixtures, seedItems as seedBenchItems, type Fixtures, type SeedOptions } from './seed'

// ---- options ---------------------------------------------------------------------------------

const { option, positiveInt, oneOf } = benchOptions()

const DATABASE = oneOf('database', 'BENCH_DATABASE', ['sqlite', 'postgres'], 'sqlite')
const POSTGRES_URL = option('postgres-url', 'BENCH_POSTGRES_URL', 'postgres://postgres@127.0.0.1:5432/postgres')
const ITEMS = positiveInt('items', 'BENCH_ITEMS', 20_000)
const DURATION = positiveInt('duration', 'BENCH_DURATION_SECONDS', 10)
const CONNECTIONS = positiveInt('connections', 'BENCH_CONNECTIONS', 10)
const CHANGES_REQUESTS = positiveInt('changes-requests', 'BENCH_CHANGES_REQUESTS', 200)
/** The smaller store the /changes page is measured on first (the issue's 1,000). */
const SMALL = Math.min(1_000, ITEMS)
/** Items per seeding transaction; PostgreSQL runs SEED_PARALLEL of them at once, SQLite one (single writer). */
const SEED_BATCH = 250
const SEED_PARALLEL = DATABASE === 'postgres' ? 4 : 1
/** Keep the benchmark's database afterwards (to look at its query plans); its URI is printed. */
const KEEP_DB = option('keep-db', 'BENCH_KEEP_DB', 'false') === 'true'
const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret-01'

const say = (line = '') => process.stdout.write(`${line}\n`)
/** The machine's 1/5/15-minute load: figures taken on a busy machine are not comparable. */
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' ')

// ---- database --------------------------------------------------------------------------------


const createDatabase = () => createBenchDatabase(DATABASE, POSTGRES_URL, 'newsroom_bench')

// ---- seeding -----------------------------------------------------------------------------------

/** Publication times: one a minute, the last item a few minutes ago. */
const startedAt = Date.now()
const publishedAtOf = (n: number) => new Date(startedAt - (ITEMS - n + 10) * 60_000).toISOString()
const seedOptions: SeedOptions = { database: DATABASE, batch: SEED_BATCH, parallel: SEED_PARALLEL, publishedAtOf, say }
const seedItems = (payload: Payload, fx: Fixtures, from: number, to: number) => seedBenchItems(payload, fx, from, to, seedOptions)
const buildReadModel = (payload: Payload) => buildBenchReadModel(payload, say)

/**
 * Bring the feed's in-memory state (the ETag's event seq) up to date with the seeded events: the
 * seed writes no domain events through the workflow, and the state's timer reads 500 events a second.
 */
async function catchUpFeedState(payload: Payload, seq: number): Promise<void> {
  for (let i = 0; feedVersion(payload).seq < seq; i++) {
    if (i > 10_000) throw new Error(`the feed state did not reach seq ${seq} (at ${feedVersion(payload).seq})`)
    await refreshFeedState(payload)
  }
}

// ---- measuring ---------------------------------------------------------------------------------

/** Numbers the per-request modules written by `load`. */
let requestModules = 0

type Row = { name: string; expected: number; rps: number; p50: number; p99: number; expectedCount: number; other: number; codes: string }

/**
 * Wait until the server has finished the previous scenario's requests (the load generator stops
 * waiting for them at the end of a run, the server does not): five /healthz answers in a row within
 * 25 ms, 100 ms apart. Otherwise leftover work (seconds per request on a large SQLite store) would
 * be charged to the next scenario.
 */
async function idle(base: string): Promise<void> {
  const started = performance.now()
  let quick = 0
  while (quick < 5) {
    if (performance.now() - started > 300_000) throw new Error('the server was still busy 5 minutes after a scenario ended')
    const t0 = performance.now()
    try {
      await (await fetch(`${base}/healthz`)).arrayBuffer()
      quick = performance.now() - t0 < 25 ? quick + 1 : 0
    } catch {
      // A kept-alive connection closed under load (undici: "fetch failed"): the server is not idle yet.
      quick = 0
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const waited = performance.now() - started
  if (waited > 2000) say(`    (waited ${(waited / 1000).toFixed(1)} s for the server to finish the requests still in flight)`)
}

/**
 * `distinct`: every request gets its own path (from the request's number), so no two requests
 * share an answer in the feed's response cache: the uncached cost. It is the body of a function of
 * `n` (JavaScript source), written to a module in `moduleDir`: the load generator runs in a worker
 * thread for every scenario, and a worker takes its per-request function as a module path. (Run on
 * the server's own thread instead, as these scenarios did before, the generator took ~9% of the
 * server's CPU in a profile, while the static baselines it is compared with ran in a worker.)
 */
async function load(base: string, name: string, url: string, expected: number, headers: Record<string, string> = {}, distinct?: { moduleDir: string; path: string }): Promise<Row> {
  await idle(base)
  say(`  ${name}: ${DURATION} s at ${CONNECTIONS} connections …`)
  let requests: Options['requests']
  if (distinct) {
    const file = path.join(distinct.moduleDir, `distinct-${requestModules++}.cjs`)
    await fs.writeFile(file, `let n = 0\nmodule.exports = (req) => ({ ...req, path: ((n) => ${distinct.path})(n++) })\n`)
    requests = [{ setupRequest: file }]
  }
  const result: Result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers, timeout: 30, workers: 1, ...(requests ? { requests } : {}) } satisfies Options)
  const stats = result.statusCodeStats ?? {}
  const expectedCount = stats[String(expected)]?.count ?? 0
  const total = Object.values(stats).reduce((sum, s) => sum + s.count, 0)
  const codes = Object.entries(stats)
    .map(([code, s]) => `${code}×${s.count}`)
    .join(' ')
  await idle(base)
  return {
    name,
    expected,
    // Responses completed within the run per second (autocannon's per-second average rounds slow runs to 0).
    rps: (total + result.errors + result.timeouts) / (result.duration || DURATION),
    p50: result.latency.p50,
    p99: result.latency.p99,
    expectedCount,
    other: total - expectedCount + result.errors + result.timeouts,
    codes: codes + (result.errors ? ` errors×${result.errors}` : '') + (result.timeouts ? ` timeouts×${result.timeouts}` : ''),
  }
}

type Timing = { median: number; p99: number; changes: number }

/** Sequential GETs of one /changes page; milliseconds to the full body. */
async function changesPage(base: string, key: string, stored: number): Promise<Timing> {
  // Each request starts at another cursor (all in the middle of the log), so none is served from
  // the feed's response cache: this is the cost of reading a page from the database.
  let request = 0
  // gzip accepted, as an agency's client would send; the time is to the last byte as sent. The
  // client is node:http on the server's own thread, and its work is left out of the time where it
  // can be: fetch (undici) took ~5 ms more per page than node:http to take in a plain page of
  // 500 KB here, and ~10 ms more with gzip (its streaming decompression), about half of what
  // was measured; decompressing and parsing (~1 and ~3.5 ms) happen after the time is taken.
  const headers = { authorization: `Bearer ${key}`, 'accept-encoding': 'gzip' }
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  let changes = 0
  const get = (url: string) =>
    new Promise<{ status: number; encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
      http
        .get(url, { headers, agent }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }))
          res.on('error', reject)
        })
        .on('error', reject)
    })
  const once = async (retry = false): Promise<number> => {
    const since = encodeChangesCursor(Math.floor(stored / 2) - (request++ % Math.floor(stored / 4)))
    const url = `${base}/feed/v1/changes?since=${since}`
    const t0 = performance.now()
    let res: Awaited<ReturnType<typeof get>>
    try {
      res = await get(url)
    } catch (error) {
      // A kept-alive connection the server closed while seeding blocked the event loop: once more, on a new one.
      if (retry) return once(false)
      throw error
    }
    const ms = performance.now() - t0
    const text = (res.encoding === 'gzip' ? zlib.gunzipSync(res.bytes) : res.bytes).toString('utf8')
    if (res.status !== 200) throw new Error(`/changes answered ${res.status}: ${text.slice(0, 300)}`)
    changes = (JSON.parse(text) as { changes?: unknown[] }).changes?.length ?? 0
    return ms
  }
  for (let i = 0; i < 20; i++) await once(i === 0) // warm-up
  const times: number[] = []
  const started = performance.now()
  for (let i = 0; i < CHANGES_REQUESTS; i++) {
    times.push(await once())
    if ((i + 1) % 50 === 0 && i + 1 < CHANGES_REQUESTS) say(`  ${i + 1} / ${CHANGES_REQUESTS} requests (${((performance.now() - started) / 1000).toFixed(1)} s)`)
  }
  agent.destroy()
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]
  return { median: at(0.5), p99: at(0.99), changes }
}

// ---- main --------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const cleanups: (() => Promise<void>)[] = []
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn()
      } catch (error) {
        console.error('cleanup failed:', error)
      }
    }
  }
  try {
    await run(cleanups)
  } finally {
    await cleanup()
  }
}

async function run(cleanups: (() => Promise<void>)[]): Promise<void> {
  say(`bench:feed on ${DATABASE}: ${ITEMS.toLocaleString('en-US')} items, ${DURATION} s per scenario at ${CONNECTIONS} connections, Node ${process.version}, ${os.cpus().length} CPUs, load average ${loadAverage()}`)
  const db = await createDatabase()
  if (KEEP_DB) say(`keeping the database: ${db.uri}`)
  else cleanups.push(db.drop)
  const mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-media-'))
  cleanups.push(() => fs.rm(mediaDir, { recursive: true, force: true }))
  const staticDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-static-'))
  cleanups.push(() => fs.rm(staticDir, { recursive: true, force: true }))
  const moduleDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-requests-'))
  cleanups.push(() => fs.rm(moduleDir, { recursive: true, force: true }))
  say(`database: ${db.describe}`)

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
  const bootStarted = performance.now()
  const payload = await getPayload({ config: createPayloadConfig(env), cron: false })
  releaseStartupHold()
  cleanups.push(() => closePayload(payload))
  cleanups.push(() => closeFeed(payload))
  say(`payload ready in ${Math.round(performance.now() - bootStarted)} ms`)

  // The app, with express.static for (d) ahead of it on a wrapper.
  const logger = createLogger(env)
  const app = createApp({ payload, env, logger, readiness: { draining: false } })
  const outer = express()
  outer.disable('x-powered-by')
  outer.use('/bench-static', express.static(staticDir))
  outer.use(app)
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

  // Clients: one per scenario, so that no scenario's requests count against another's rate limit.
  const newClient = async (name: string) => {
    const doc = (await payload.create({
      collection: slugs.apiClients,
      data: { name, rateLimitPerMinute: 100_000, embargoPrivilege: false },
      overrideAccess: true,
    })) as { key?: string }
    if (typeof doc.key !== 'string') throw new Error('creating an api-clients document did not return its key as doc.key')
    return doc.key
  }
  const keys = { items: await newClient('bench (a) items'), conditional: await newClient('bench (b) conditional'), uncached: await newClient('bench (a0) uncached'), byId: await newClient('bench (e) by id'), byIdCached: await newClient('bench (e2) by id cached'), changes: await newClient('bench changes') }
  const RATE_LIMIT = 100_000

  say('seeding 5 topics and 3 images (Local API) …')
  const fx = await seedFixtures(payload)
  say(`seeding ${SMALL.toLocaleString('en-US')} press releases (payload.db.create, ${SEED_BATCH} per transaction, ${SEED_PARALLEL} at a time) …`)
  await seedItems(payload, fx, 1, SMALL)
  await buildReadModel(payload)
  await catchUpFeedState(payload, SMALL)
  say(`/changes page with ${SMALL.toLocaleString('en-US')} items stored (${CHANGES_REQUESTS} sequential requests) …`)
  const changesSmall = await changesPage(base, keys.changes, SMALL)
  let changesLarge = changesSmall
  if (ITEMS > SMALL) {
    say(`seeding ${(ITEMS - SMALL).toLocaleString('en-US')} more …`)
    await seedItems(payload, fx, SMALL + 1, ITEMS)
    await buildReadModel(payload)
    await catchUpFeedState(payload, ITEMS)
    say(`/changes page with ${ITEMS.toLocaleString('en-US')} items stored …`)
    changesLarge = await changesPage(base, keys.changes, ITEMS)
  }

  // Sanity: what the feed and REST give before the load.
  const itemsUrl = `${base}/feed/v1/items?limit=50`
  const first = await fetch(itemsUrl, { headers: { authorization: `Bearer ${keys.items}` } })
  const body = Buffer.from(await first.arrayBuffer())
  if (first.status !== 200) throw new Error(`/feed/v1/items answered ${first.status}: ${body.toString('utf8').slice(0, 300)}`)
  const parsed = JSON.parse(body.toString('utf8')) as { items: unknown[]; next: string | null }
  if (parsed.items.length !== 50 || !parsed.next) throw new Error(`/feed/v1/items gave ${parsed.items.length} items (next: ${parsed.next}); expected 50 and a next cursor`)
  await fs.writeFile(path.join(staticDir, 'items.json'), body)
  const staticCheck = await fetch(`${base}/bench-static/items.json`)
  if (!(await staticCheck.arrayBuffer()).byteLength) throw new Error('the static copy is empty')
  const oneUrl = `${base}/feed/v1/items/press-release:${Math.ceil(ITEMS / 2)}`
  const one = await fetch(oneUrl, { headers: { authorization: `Bearer ${keys.byId}` } })
  const oneBody = Buffer.from(await one.arrayBuffer())
  if (one.status !== 200) throw new Error(`${oneUrl} answered ${one.status}: ${oneBody.toString('utf8').slice(0, 300)}`)
  await fs.writeFile(path.join(staticDir, 'item.json'), oneBody)
  const conditionalFirst = await fetch(itemsUrl, { headers: { authorization: `Bearer ${keys.conditional}` } })
  const etag = conditionalFirst.headers.get('etag')
  await conditionalFirst.arrayBuffer()
  if (!etag) throw new Error('/feed/v1/items sent no ETag')
  const check304 = await fetch(itemsUrl, { headers: { authorization: `Bearer ${keys.conditional}`, 'if-none-match': etag } })
  if (check304.status !== 304) throw new Error(`If-None-Match ${etag} answered ${check304.status}, expected 304`)
  const restUrl = `${base}/api/press-releases?limit=50&depth=1`
  const rest = await fetch(restUrl)
  const restBody = (await rest.json()) as { docs?: unknown[]; totalDocs?: number }
  if (rest.status !== 200 || restBody.docs?.length !== 50) throw new Error(`REST answered ${rest.status} with ${restBody.docs?.length} docs`)
  if (restBody.totalDocs !== ITEMS) throw new Error(`REST counts ${restBody.totalDocs} published press releases, expected ${ITEMS}`)
  say(`(a) body: ${body.length.toLocaleString('en-US')} bytes, 50 ninjs items; REST totalDocs ${restBody.totalDocs}`)

  say('load:')
  const a = await load(base, '(a) GET /feed/v1/items?limit=50', itemsUrl, 200, { authorization: `Bearer ${keys.items}` })
  // The same page with an updatedSince before every item, different for each request: never from the response cache.
  const a0 = await load(base, '(a0) same, uncached (distinct query)', itemsUrl, 200, { authorization: `Bearer ${keys.uncached}` }, {
    moduleDir,
    path: `'/feed/v1/items?limit=50&updatedSince=' + encodeURIComponent(new Date(${Date.UTC(2000, 0, 1)} + n).toISOString())`,
  })
  const b = await load(base, '(b) same, If-None-Match (304)', itemsUrl, 304, { authorization: `Bearer ${keys.conditional}`, 'if-none-match': etag })
  const c = await load(base, '(c) GET /api/press-releases?limit=50&depth=1', restUrl, 200)
  const d = await load(base, "(d) express.static, (a)'s bytes", `${base}/bench-static/items.json`, 200)
  // One item by id, a different item each request: never from the response cache.
  const e = await load(base, '(e) GET /feed/v1/items/{id}, uncached', oneUrl, 200, { authorization: `Bearer ${keys.byId}` }, { moduleDir, path: `'/feed/v1/items/press-release:' + ((n % ${ITEMS}) + 1)` })
  const f = await load(base, "(f) express.static, one item's bytes", `${base}/bench-static/item.json`, 200)
  // The same item each time (from the response cache): what the app's middleware costs without any read.
  const e2 = await load(base, '(e2) same item each time (cached)', oneUrl, 200, { authorization: `Bearer ${keys.byIdCached}` })

  // ---- report ----
  const rows = [a, a0, b, c, d, e, f, e2]
  const pad = (s: string, n: number) => s.padEnd(n)
  const num = (v: number, digits = 0) => v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
  say()
  say(`results: ${DATABASE}, ${ITEMS.toLocaleString('en-US')} press releases (×3 languages), ${CONNECTIONS} connections, ${DURATION} s each`)
  say(`${pad('scenario', 46)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'expected'.padStart(12)}${'other'.padStart(8)}  status codes`)
  for (const r of rows) {
    say(
      `${pad(r.name, 46)}${num(r.rps, r.rps < 100 ? 1 : 0).padStart(9)}${num(r.p50).padStart(9)}${num(r.p99).padStart(9)}${`${num(r.expectedCount)}×${r.expected}`.padStart(12)}${num(r.other).padStart(8)}  ${r.codes}`,
    )
  }
  const cs = changesSmall
  const cl = changesLarge
  say(
    `${pad(`/changes page, ${SMALL.toLocaleString('en-US')} stored (${cs.changes} changes)`, 46)}${'median'.padStart(9)}${num(cs.median, 1).padStart(9)}${'p99'.padStart(9)}${num(cs.p99, 1).padStart(12)} ms`,
  )
  say(
    `${pad(`/changes page, ${ITEMS.toLocaleString('en-US')} stored (${cl.changes} changes)`, 46)}${'median'.padStart(9)}${num(cl.median, 1).padStart(9)}${'p99'.padStart(9)}${num(cl.p99, 1).padStart(12)} ms`,
  )
  say()
  const ratio = (label: string, value: number, goal: string, met: boolean) =>
    Number.isFinite(value) && value > 0
      ? say(`${pad(label, 34)}${num(value, 2).padStart(8)}   goal ${goal.padEnd(7)} ${met ? 'met' : 'NOT MET'}`)
      : say(`${pad(label, 34)}${'n/a'.padStart(8)}   goal ${goal.padEnd(7)} not measured (a scenario completed no requests)`)
  ratio('a/c (feed vs Payload REST)', a.rps / c.rps, '≥ 5', a.rps / c.rps >= 5)
  ratio('a/d (feed vs static file)', a.rps / d.rps, '≥ 0.5', a.rps / d.rps >= 0.5)
  ratio('a0/c (uncached feed vs REST)', a0.rps / c.rps, '≥ 20', a0.rps / c.rps >= 20)
  ratio('a0/d (uncached feed vs static)', a0.rps / d.rps, '≥ 0.25', a0.rps / d.rps >= 0.25)
  ratio('e/f (uncached by id vs static)', e.rps / f.rps, '≥ 0.5', e.rps / f.rps >= 0.5)
  ratio('b/d (304 vs static file)', b.rps / d.rps, '≥ 0.8', b.rps / d.rps >= 0.8)
  const changesLabel = `changes ${ITEMS >= 1000 ? `${Math.round(ITEMS / 1000)}k` : ITEMS}/${SMALL >= 1000 ? `${SMALL / 1000}k` : SMALL} (median)`
  ratio(changesLabel, cl.median / cs.median, '≤ 1.5', cl.median / cs.median <= 1.5)
  ratio(`changes page median, ${ITEMS >= 1000 ? `${Math.round(ITEMS / 1000)}k` : ITEMS} (ms)`, cl.median, '≤ 15', cl.median <= 15)
  // A key's limit is a fixed one-minute window: a scenario's requests all fall within one or two windows.
  for (const [label, r] of [
    ['(a)', a],
    ['(b)', b],
  ] as const) {
    const sent = r.expectedCount + r.other
    if (sent > RATE_LIMIT * 0.9 || r.codes.includes('429')) say(`note: ${label} came near or over its key's rate limit (${num(RATE_LIMIT)}/min): ${r.codes}`)
  }
  say(`load average at the end: ${loadAverage()} (${os.cpus().length} CPUs)`)
  say(`peak RSS: ${num(process.resourceUsage().maxRSS / 1024)} MB (the server process, autocannon's worker thread included)`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench:feed failed:', error)
    process.exit(1)
  },
)
