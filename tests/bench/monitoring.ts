/**
 * `npm run bench:monitoring`: the press-monitoring poller (a measurement, not a test).
 *
 * BENCH_SOURCES monitored feeds (default 500) served by a fixture HTTP server in this process, each
 * with BENCH_ENTRIES entries (default 20), about one in four naming the province (Vietnamese with or
 * without diacritics, English, Lao), and the first entry of every ten sources sharing one title (a
 * syndicated story, merged by story key). Three measurements in one run, same feeds:
 * - baseline: fetch + parse + match of every feed (src/monitoring: fetchFeed, parseEntries,
 *   matchRules), 8 at a time, no database;
 * - first poll: the scheduling step and the `monitoring` queue run by Payload's job runner, writing
 *   clippings and health (what production does);
 * - second poll: every source due again; the fixture answers 304 to the conditional GET.
 * Prints sources polled per minute and the peak RSS and heap of each phase, with progress lines.
 *
 * Options (environment or arguments): BENCH_DATABASE=sqlite|postgres|both (default sqlite),
 * BENCH_POSTGRES_URL, BENCH_SOURCES, BENCH_ENTRIES, BENCH_BATCH (jobs per runner call, 20).
 * `--sources=100 --database=both`.
 */
import fs from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { createPayloadConfig } from '../../src/buildConfig'
import { loadEnv } from '../../src/config/env'
import { closePayload } from '../../src/db/close'
import { defaultKeywordRules, MONITORING_QUEUE, slugs } from '../../src/domain'
import { releaseStartupHold } from '../../src/lib/startupHold'
import { fetchFeed, USER_AGENT } from '../../src/monitoring/fetchFeed'
import { matchableText, matchRules } from '../../src/monitoring/match'
import { parseEntries } from '../../src/monitoring/parse'
import { enqueueDuePolls } from '../../src/monitoring/schedule'
import { systemResolver } from '../../src/webhooks/ssrf'
import { manualClock } from '../../src/workflow/clock'
import { createBenchDatabase } from './database'
import { benchOptions } from './options'

const { option, positiveInt, oneOf } = benchOptions()
const DATABASE = oneOf('database', 'BENCH_DATABASE', ['sqlite', 'postgres', 'both'], 'sqlite')
const POSTGRES_URL = option('postgres-url', 'BENCH_POSTGRES_URL', 'postgres://postgres@127.0.0.1:5432/postgres')
const SOURCES = positiveInt('sources', 'BENCH_SOURCES', 500)
const ENTRIES = positiveInt('entries', 'BENCH_ENTRIES', 20)
const BATCH = positiveInt('batch', 'BENCH_BATCH', 20)
const BASELINE_CONCURRENCY = 8

const say = (line: string) => process.stdout.write(`${line}\n`)
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

// ---- fixture feeds ----------------------------------------------------------------------------

const mentions = ['Quảng Trị', 'quang tri', 'Đông Hà', 'Khe Sanh', 'Lao Bao border gate', 'ແຂວງກວາງຕີ']
const filler = ['kinh tế', 'du lịch', 'giáo dục', 'weather', 'sports', 'ເສດຖະກິດ', 'văn hóa', 'market prices']

/** The RSS of source `i`: ENTRIES entries, every fourth one naming a place of the province. */
function feedOf(i: number, origin: string): string {
  const items: string[] = []
  for (let e = 0; e < ENTRIES; e++) {
    const matching = e % 4 === 0
    const title =
      e === 0
        ? `${mentions[Math.floor(i / 10) % mentions.length]} story syndicated by group ${Math.floor(i / 10)}`
        : `${matching ? mentions[(i + e) % mentions.length] : filler[(i + e) % filler.length]} bản tin ${i}-${e}`
    const description = `<p>${filler[e % filler.length]} <b>${matching ? 'tin địa phương' : 'tin chung'}</b> số ${e} của nguồn ${i}.</p>`
    items.push(`<item><title>${title}</title><link>${origin}/article/${i}/${e}?utm_source=rss</link><guid>${i}-${e}</guid><description><![CDATA[${description}]]></description><pubDate>Mon, 07 Dec 2026 0${e % 10}:00:00 GMT</pubDate></item>`)
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${i}</title><link>${origin}</link><description>bench</description>${items.join('')}</channel></rss>`
}

async function startFixture() {
  let origin = ''
  const cache = new Map<number, string>()
  const server = http.createServer((req, res) => {
    const m = /^\/feed\/(\d+)\.xml$/.exec(req.url ?? '')
    if (!m) return void res.writeHead(404).end()
    const i = Number(m[1])
    const etag = `"feed-${i}"`
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end()
    let body = cache.get(i)
    if (!body) cache.set(i, (body = feedOf(i, origin)))
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { origin, close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) }
}

// ---- memory ---------------------------------------------------------------------------------

function memoryPeak() {
  let rss = 0
  let heap = 0
  const sample = () => {
    const m = process.memoryUsage()
    rss = Math.max(rss, m.rss)
    heap = Math.max(heap, m.heapUsed)
  }
  sample()
  const timer = setInterval(sample, 100)
  return {
    stop: () => {
      clearInterval(timer)
      sample()
      return { rss, heap }
    },
  }
}

type Phase = { name: string; sources: number; seconds: number; rss: number; heap: number; detail: string }

function progress(label: string, total: number) {
  let last = 0
  return (done: number) => {
    const now = performance.now()
    if (done === total || now - last > 3000) {
      last = now
      say(`  ${label}: ${done}/${total} sources, RSS ${mb(process.memoryUsage().rss)}`)
    }
  }
}

// ---- the phases -------------------------------------------------------------------------------

async function baseline(origin: string): Promise<Phase> {
  const settings = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, allowPrivate: true, resolve: systemResolver, userAgent: USER_AGENT }
  const peak = memoryPeak()
  const started = performance.now()
  const report = progress('baseline', SOURCES)
  let next = 0
  let done = 0
  let matched = 0
  const worker = async () => {
    while (next < SOURCES) {
      const i = next++
      const answer = await fetchFeed(`${origin}/feed/${i}.xml`, settings)
      if (answer.kind !== 'ok') throw new Error(`feed ${i}: ${answer.status}`)
      for (const entry of parseEntries(answer.body.toString('utf8'))) {
        if (matchRules(defaultKeywordRules, matchableText(entry.title, entry.excerpt)).length > 0) matched += 1
      }
      report(++done)
    }
  }
  await Promise.all(Array.from({ length: BASELINE_CONCURRENCY }, worker))
  const seconds = (performance.now() - started) / 1000
  return { name: 'baseline: fetch+parse+match', sources: SOURCES, seconds, ...peak.stop(), detail: `${matched} matching entries, no database` }
}

async function pollAll(payload: Payload, name: string, now: Date): Promise<Phase> {
  const peak = memoryPeak()
  const started = performance.now()
  const queued = await enqueueDuePolls(payload, now)
  const report = progress(name, queued)
  let ran = 0
  for (;;) {
    const result = await payload.jobs.run({ queue: MONITORING_QUEUE, limit: BATCH })
    const count = Object.keys(result.jobStatus ?? {}).length
    if (count === 0) break
    ran += count
    report(ran)
  }
  const seconds = (performance.now() - started) / 1000
  const clippings = (await payload.count({ collection: slugs.clippings })).totalDocs
  const { docs: failing } = await payload.find({ collection: slugs.monitoringSources, where: { 'health.consecutiveFailures': { greater_than: 0 } }, pagination: false, depth: 0 })
  const reasons = new Map<string, number>()
  for (const s of failing) {
    const reason = (s.health?.lastError ?? '?').slice(0, 60)
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
  }
  const why = [...reasons].map(([reason, n]) => `${n}× ${reason}`).join('; ')
  return { name, sources: ran, seconds, ...peak.stop(), detail: `${clippings} clippings in the database, ${failing.length} sources failing${why ? ` (${why})` : ''}` }
}

async function runEngine(engine: 'sqlite' | 'postgres', origin: string): Promise<Phase[]> {
  const db = await createBenchDatabase(engine, POSTGRES_URL, 'newsroom_bench_monitoring')
  const mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-monitoring-'))
  let payload: Payload | undefined
  try {
    say(`\n${db.describe}`)
    const env = loadEnv({
      NODE_ENV: 'test',
      DATABASE_URI: db.uri,
      PAYLOAD_SECRET: 'bench-secret-bench-secret-bench-secret-00',
      MEDIA_DIR: mediaDir,
      JOBS_AUTORUN: 'false',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'http://localhost:3999',
      MONITORING_ALLOW_PRIVATE: 'true',
    })
    const clock = manualClock(new Date('2026-12-07T09:00:00Z'))
    process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
    payload = await getPayload({ config: createPayloadConfig(env, { custom: { clock } }), cron: false })
    releaseStartupHold()
    const created = performance.now()
    for (let i = 0; i < SOURCES; i++) {
      await payload.create({
        collection: slugs.monitoringSources,
        data: { name: `Feed ${i}`, url: `${origin}/feed/${i}.xml`, outlet: `Outlet ${i % 50}`, language: (['vi', 'en', 'lo'] as const)[i % 3], country: (['VN', 'US', 'LA'] as const)[i % 3], intervalMinutes: 60 },
      })
    }
    say(`  ${SOURCES} sources created in ${((performance.now() - created) / 1000).toFixed(1)} s`)
    const first = await pollAll(payload, `${engine} first poll (writes)`, clock.now())
    clock.advance(61 * 60_000)
    const second = await pollAll(payload, `${engine} second poll (304)`, clock.now())
    return [first, second]
  } finally {
    if (payload) await closePayload(payload)
    ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
    await db.drop()
    await fs.rm(mediaDir, { recursive: true, force: true })
  }
}

async function main() {
  say(`bench:monitoring: ${SOURCES} feeds × ${ENTRIES} entries on a local fixture server, job batches of ${BATCH}`)
  say(`machine: ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, Node ${process.version}`)
  const fixture = await startFixture()
  try {
    const phases: Phase[] = [await baseline(fixture.origin)]
    const engines: ('sqlite' | 'postgres')[] = DATABASE === 'both' ? ['sqlite', 'postgres'] : [DATABASE as 'sqlite' | 'postgres']
    for (const engine of engines) phases.push(...(await runEngine(engine, fixture.origin)))
    say(`\n${'phase'.padEnd(32)}${'sources'.padStart(8)}${'seconds'.padStart(9)}${'per min'.padStart(9)}${'peak RSS'.padStart(10)}${'peak heap'.padStart(11)}  notes`)
    for (const p of phases) {
      say(`${p.name.padEnd(32)}${String(p.sources).padStart(8)}${p.seconds.toFixed(1).padStart(9)}${String(Math.round((p.sources / p.seconds) * 60)).padStart(9)}${mb(p.rss).padStart(10)}${mb(p.heap).padStart(11)}  ${p.detail}`)
    }
    say('(peaks sampled every 100 ms during each phase; RSS the process whole, fixture server included, and rarely given back between phases)')
  } finally {
    await fixture.close()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
