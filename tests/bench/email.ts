/**
 * `npm run bench:email`: the email pipeline against a real SMTP server (an smtp-server sink in this
 * process that accepts and counts), compared with a naive sender, in one run.
 *
 *   (1) pipeline, 10,000 active subscribers, one release: fan-out, claim, render, pooled SMTP with
 *       the hand-over gate, exactly as `npm run worker` sends;
 *   (2) naive baseline, same 10,000: one unpooled nodemailer `sendMail` per subscriber (a new
 *       connection each), as many at once as the pipeline has connections, no bookkeeping;
 *   (3) pipeline, 50,000 subscribers: peak memory.
 * Each run is a child process of its own (its peak RSS is its own), on a fresh database seeded by
 * another child before it. Prints
 * messages per second, total time and peak RSS per run, and the ratios against the goals
 * (≥ 500 messages/s; peak RSS at 50k within 1.2× of 10k).
 *
 * Options: --database=sqlite|postgres (BENCH_DATABASE), --subscribers=N (10,000),
 * --large=N (50,000), --postgres-url=… (BENCH_POSTGRES_URL), --pool=N SMTP connections (5).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import nodemailer from 'nodemailer'
import { createLocalReq, getPayload, type Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import { slugs } from '../../src/domain'
import { createPayloadConfig } from '../../src/buildConfig'
import { loadEnv, type Env } from '../../src/config/env'
import { closePayload } from '../../src/db/close'
import { composeMessage } from '../../src/email/compose'
import { loadSiteInfo, renderReleaseEmail } from '../../src/email/render'
import { fanOutMailing } from '../../src/email/send/fanout'
import { loadEmailItem } from '../../src/email/send/items'
import type { Mailing } from '../../src/payload-types'
import { sendDue } from '../../src/email/send/sender'
import { mailerOf } from '../../src/email/transport'
import { paragraphsToLexical } from '../../src/lib/lexical'
import { releaseStartupHold } from '../../src/lib/startupHold'
import { writeReleased } from '../../src/readModel/write'
import { createLogger } from '../../src/logger'
import { subscriberLinks } from '../../src/subscribers/tokens'
import { createBenchDatabase } from './database'
import { benchOptions } from './options'

const args = benchOptions()
const { option } = args
const DATABASE = option('database', 'BENCH_DATABASE', 'sqlite')
const POSTGRES_URL = option('postgres-url', 'BENCH_POSTGRES_URL', 'postgres://postgres@127.0.0.1:5432/postgres')
const SUBSCRIBERS = args.positiveInt('subscribers', 'BENCH_SUBSCRIBERS', 10_000)
const LARGE = args.positiveInt('large', 'BENCH_LARGE', 50_000)
/**
 * SMTP connections for the pipeline (SMTP_POOL_CONNECTIONS). Default: the product's default (5).
 * The naive baseline sends as many messages at once as the pipeline has connections.
 */
const POOL = option('pool', 'BENCH_SMTP_POOL_CONNECTIONS', '5')
/** The Node flags of `npm run worker` (package.json). */
const WORKER_NODE_FLAGS = ['--max-old-space-size=512']
const SECRET = 'bench-secret-bench-secret-bench-secret-01'

const say = (line = '') => process.stdout.write(`${line}\n`)
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

type RunResult = { mode: 'pipeline' | 'naive'; subscribers: number; messages: number; seconds: number; fanoutSeconds: number; setupSeconds: number; peakRssBytes: number }

// ---- child: one run ------------------------------------------------------------------------------

const createDatabase = () => createBenchDatabase(DATABASE, POSTGRES_URL, 'newsroom_bench_email')

type Drizzle = { insert(t: unknown): { values(rows: Record<string, unknown>[]): Promise<unknown> } }

/** N active subscribers, inserted in bulk (the Local API would take minutes for 50,000). */
async function seedSubscribers(payload: Payload, n: number): Promise<void> {
  const db = payload.db as { drizzle: Drizzle; tables: Record<string, unknown> }
  const now = new Date().toISOString()
  const languages = ['vi', 'en', 'lo'] as const
  for (let i = 0; i < n; i += 1000) {
    const rows = Array.from({ length: Math.min(1000, n - i) }, (_, k) => ({
      email: `reader${i + k}@bench.example`,
      language: languages[(i + k) % 3],
      frequency: 'immediately',
      status: 'active',
      accredited: false,
      tokenVersion: 1,
      createdAt: now,
      updatedAt: now,
    }))
    await db.drizzle.insert(db.tables.subscribers).values(rows)
    if ((i + 1000) % 10_000 === 0) process.stderr.write(`    seeded ${(i + 1000).toLocaleString('en-US')} subscribers\n`)
  }
}

/** A published press release in three languages, and its release mailing (as the planner makes it). */
async function releaseAndMailing(payload: Payload): Promise<Mailing> {
  const body = (l: string) => paragraphsToLexical([`${l}: Tỉnh Quảng Trị tổ chức hội nghị xúc tiến đầu tư năm 2026 với sự tham gia của các đối tác Lào và Thái Lan.`, 'Đoạn thứ hai của thông cáo báo chí.'])
  const now = new Date().toISOString()
  const item = await payload.db.create({
    collection: slugs.pressReleases,
    data: {
      headline: { vi: 'Hội nghị xúc tiến đầu tư 2026', en: 'Investment promotion conference 2026', lo: 'ກອງປະຊຸມສົ່ງເສີມການລົງທຶນ 2026' },
      summary: { vi: 'Tóm tắt.', en: 'Summary.', lo: 'ສະຫຼຸບ.' },
      body: { vi: body('vi'), en: body('en'), lo: body('lo') },
      slug: { vi: 'hoi-nghi', en: 'conference', lo: 'conference-lo' },
      releaseNumber: '1/2026',
      releaseYear: 2026,
      releaseSequence: 1,
      _status: 'published',
      state: 'published',
      publishedLocales: ['vi', 'en', 'lo'],
      readyLocales: ['vi', 'en', 'lo'],
      publishedVersion: 1,
      forcePublished: false,
      firstPublishedAt: now,
      publishedAt: now,
    },
  })
  // Written around Payload's hooks: its read-model records too, as `npm run reindex` would (email reads them).
  await writeReleased(await createLocalReq({}, payload), slugs.pressReleases, item.id)
  const mailing = await payload.create({
    collection: slugs.mailings,
    data: { key: 'bench:1', kind: 'release', audience: 'all', itemCollection: slugs.pressReleases, itemId: String(item.id), version: 1, status: 'fanningOut' },
    overrideAccess: true,
  })
  return mailing
}

/** Payload on the run's database, configured as `npm run worker` would be. */
async function boot(databaseUri: string, smtpUrl: string, mediaDir: string): Promise<{ payload: Payload; env: Env }> {
  const env: Env = loadEnv({
    NODE_ENV: 'test',
    DATABASE_URI: databaseUri,
    PAYLOAD_SECRET: SECRET,
    MEDIA_DIR: mediaDir,
    JOBS_AUTORUN: 'false',
    LOG_LEVEL: 'warn',
    SMTP_URL: smtpUrl,
    EMAIL_FROM_ADDRESS: 'releases@quangtri.gov.vn',
    PUBLIC_URL: 'https://thongtin.quangtri.gov.vn',
    SMTP_POOL_CONNECTIONS: POOL,
    ...(process.env.EMAIL_BATCH_SIZE ? { EMAIL_BATCH_SIZE: process.env.EMAIL_BATCH_SIZE } : {}),
  })
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  const payload = await getPayload({ config: createPayloadConfig(env), cron: false })
  releaseStartupHold()
  return { payload, env }
}

/**
 * The seed: subscribers, the release and its mailing, in a process of its own, so that the peak
 * memory of a run is that of sending alone (seeding 50,000 rows is not part of the product).
 */
async function seedChild(subscribers: number, databaseUri: string, smtpUrl: string): Promise<void> {
  const mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-email-media-'))
  try {
    const { payload } = await boot(databaseUri, smtpUrl, mediaDir)
    try {
      await seedSubscribers(payload, subscribers)
      await releaseAndMailing(payload)
      // Statistics, as a database in service has them (PostgreSQL's autovacuum would gather them
      // later; without them it plans the fan-out's pages as scans of the whole table).
      const db = payload.db as unknown as { pool?: { query(sql: string): Promise<unknown> }; client?: { execute(sql: string): Promise<unknown> } }
      if (db.pool) await db.pool.query('ANALYZE')
      else if (db.client) await db.client.execute('ANALYZE')
    } finally {
      await closePayload(payload)
    }
  } finally {
    await fs.rm(mediaDir, { recursive: true, force: true })
  }
}

async function child(mode: 'pipeline' | 'naive', subscribers: number, databaseUri: string, smtpUrl: string): Promise<void> {
  const mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-email-media-'))
  try {
    const setupStarted = performance.now()
    const { payload, env } = await boot(databaseUri, smtpUrl, mediaDir)
    try {
      const found = await payload.find({ collection: slugs.mailings, where: { key: { equals: 'bench:1' } }, limit: 1, depth: 0, overrideAccess: true })
      const mailing = found.docs[0]
      const setupSeconds = (performance.now() - setupStarted) / 1000
      const started = performance.now()
      // Progress: memory every 5 s (where a run's peak comes from).
      const progress = setInterval(() => {
        const m = process.memoryUsage()
        process.stderr.write(`    ${((performance.now() - started) / 1000).toFixed(0)} s: RSS ${mb(m.rss)}, heap ${mb(m.heapUsed)} of ${mb(m.heapTotal)}, external ${mb(m.external)}\n`)
      }, 5000)
      progress.unref()
      let messages = 0
      let fanoutSeconds = 0
      if (mode === 'pipeline') {
        await fanOutMailing({ payload, batchSize: env.email.batchSize, messageDomain: mailerOf(payload).sender.domain }, mailing)
        fanoutSeconds = (performance.now() - started) / 1000
        process.stderr.write(`    fan-out: ${fanoutSeconds.toFixed(1)} s\n`)
        const report = await sendDue({ payload, env, logger: createLogger(env), mailer: mailerOf(payload) })
        messages = report.sent
      } else {
        messages = await naive(payload, env, mailing, smtpUrl)
      }
      const seconds = (performance.now() - started) / 1000
      clearInterval(progress)
      const result: RunResult = { mode, subscribers, messages, seconds, fanoutSeconds, setupSeconds, peakRssBytes: process.resourceUsage().maxRSS * 1024 }
      process.stdout.write(`RESULT ${JSON.stringify(result)}\n`)
    } finally {
      await closePayload(payload)
    }
  } finally {
    await fs.rm(mediaDir, { recursive: true, force: true })
  }
}

/**
 * The baseline: read subscribers page by page, render each message, and send each with its own
 * unpooled transport (a new SMTP connection per message), as many at once as the pipeline has
 * connections, and no bookkeeping at all.
 */
async function naive(payload: Payload, env: Env, mailing: Mailing, smtpUrl: string): Promise<number> {
  const item = await loadEmailItem(payload, slugs.pressReleases, mailing.itemId as string)
  if (!item) throw new Error('the release is not in the read model')
  const site = await loadSiteInfo(payload, env.publicUrl)
  const sender = mailerOf(payload).sender
  let sent = 0
  let page = 1
  const sendOne = async (s: { id: number; email: string; language: 'vi' | 'en' | 'lo'; tokenVersion: number }) => {
    const links = subscriberLinks(env, s)
    const rendered = renderReleaseEmail({ kind: 'release', item, language: s.language, links, site, publicUrl: env.publicUrl })
    const transport = nodemailer.createTransport(smtpUrl)
    try {
      await transport.sendMail(composeMessage(rendered, { to: s.email, sender, messageId: `naive.${s.id}`, links }))
    } finally {
      transport.close()
    }
    sent += 1
    if (sent % 2000 === 0) process.stderr.write(`    naive: ${sent.toLocaleString('en-US')} sent\n`)
  }
  for (;;) {
    const found = await payload.find({ collection: slugs.subscribers, where: { status: { equals: 'active' } }, sort: 'id', limit: 1000, page, depth: 0, overrideAccess: true, showHiddenFields: true })
    const queue = [...(found.docs as Parameters<typeof sendOne>[0][])]
    await Promise.all(
      Array.from({ length: Number(POOL) }, async () => {
        for (let s = queue.shift(); s; s = queue.shift()) await sendOne(s)
      }),
    )
    if (!found.hasNextPage) return sent
    page += 1
  }
}

// ---- parent: the SMTP sink and the runs ----------------------------------------------------------

async function startSink(): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
  let count = 0
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    maxClients: 200,
    disableReverseLookup: true,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined)
      stream.on('end', () => {
        count += 1
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    count: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Run this script as a child (`--child=seed|pipeline|naive`); resolves with what it printed after RESULT (seed: null). */
function runChild(mode: 'seed' | 'pipeline' | 'naive', subscribers: number, databaseUri: string, smtpUrl: string): Promise<RunResult | null> {
  return new Promise((resolve, reject) => {
    // Runs measured as `npm run worker` runs: a heap bounded at 512 MB (V8 otherwise lets garbage
    // grow the heap to several times the live data before it collects, so peak memory follows the
    // length of the run rather than what the sender holds).
    const childProcess = spawn(process.execPath, [...(mode === 'seed' ? [] : WORKER_NODE_FLAGS), '--enable-source-maps', '--no-deprecation', '--import', './scripts/hold-startup.mjs', process.argv[1], `--child=${mode}`, `--subscribers=${subscribers}`, `--smtp=${smtpUrl}`, `--uri=${databaseUri}`, `--database=${DATABASE}`], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: process.env,
    })
    let out = ''
    childProcess.stdout.on('data', (c: Buffer) => (out += c.toString()))
    childProcess.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '))
      if (code !== 0 || (mode !== 'seed' && !line)) reject(new Error(`${mode} run with ${subscribers} subscribers failed (exit ${code}):\n${out.slice(-3000)}`))
      else resolve(line ? (JSON.parse(line.slice('RESULT '.length)) as RunResult) : null)
    })
  })
}

async function parent(): Promise<void> {
  // The parent only waits for its children: its start-up is complete.
  releaseStartupHold()
  say(`bench:email on ${DATABASE}: ${SUBSCRIBERS.toLocaleString('en-US')} subscribers (and ${LARGE.toLocaleString('en-US')} for memory), Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
  const sink = await startSink()
  say(`SMTP sink: ${sink.url} (smtp-server in this process: accepts and counts); pipeline with ${POOL} pooled connections`)
  try {
    const run = async (mode: 'pipeline' | 'naive', n: number, label: string) => {
      say(`${label} …`)
      const db = await createDatabase()
      let r: RunResult
      const before = sink.count()
      try {
        await runChild('seed', n, db.uri, sink.url)
        r = (await runChild(mode, n, db.uri, sink.url)) as RunResult
      } finally {
        await db.drop()
      }
      const counted = sink.count() - before
      if (counted !== n || r.messages !== n) throw new Error(`${label}: ${r.messages} reported sent, ${counted} counted at the SMTP server, expected ${n}`)
      const fanout = r.mode === 'pipeline' ? `, of which fan-out ${r.fanoutSeconds.toFixed(1)} s` : ''
      say(`  ${n.toLocaleString('en-US')} messages counted at the SMTP server in ${r.seconds.toFixed(1)} s${fanout} (setup ${r.setupSeconds.toFixed(1)} s), peak RSS ${mb(r.peakRssBytes)}`)
      return r
    }
    const pipeline = await run('pipeline', SUBSCRIBERS, `(1) pipeline, ${SUBSCRIBERS.toLocaleString('en-US')} subscribers`)
    const naiveRun = await run('naive', SUBSCRIBERS, `(2) naive baseline (unpooled sendMail each, ${POOL} at once), ${SUBSCRIBERS.toLocaleString('en-US')} subscribers`)
    const large = await run('pipeline', LARGE, `(3) pipeline, ${LARGE.toLocaleString('en-US')} subscribers`)

    const rate = (r: RunResult) => r.messages / r.seconds
    say()
    say(`results: ${DATABASE}`)
    say(`${'run'.padEnd(44)}${'msg/s'.padStart(9)}${'total s'.padStart(10)}${'peak RSS'.padStart(11)}`)
    for (const [label, r] of [
      [`(1) pipeline ${SUBSCRIBERS.toLocaleString('en-US')}`, pipeline],
      [`(2) naive ${SUBSCRIBERS.toLocaleString('en-US')}`, naiveRun],
      [`(3) pipeline ${LARGE.toLocaleString('en-US')}`, large],
    ] as const) {
      say(`${label.padEnd(44)}${rate(r).toFixed(0).padStart(9)}${r.seconds.toFixed(1).padStart(10)}${mb(r.peakRssBytes).padStart(11)}`)
    }
    say()
    const line = (label: string, value: string, goal: string, met: boolean) => say(`${label.padEnd(44)}${value.padStart(9)}   goal ${goal.padEnd(8)} ${met ? 'met' : 'NOT MET'}`)
    line('pipeline messages/s', rate(pipeline).toFixed(0), '≥ 500', rate(pipeline) >= 500)
    say(`${'pipeline / naive (messages/s)'.padEnd(44)}${(rate(pipeline) / rate(naiveRun)).toFixed(2).padStart(9)}`)
    const rss = large.peakRssBytes / pipeline.peakRssBytes
    line(`peak RSS ${LARGE / 1000}k / ${SUBSCRIBERS / 1000}k`, rss.toFixed(2), '≤ 1.2', rss <= 1.2)
  } finally {
    await sink.close()
  }
}

const childMode = (args.option('child', undefined, '') || undefined) as 'seed' | 'pipeline' | 'naive' | undefined
const main = !childMode
  ? parent
  : childMode === 'seed'
    ? () => seedChild(SUBSCRIBERS, args.option('uri', undefined, ''), args.option('smtp', undefined, ''))
    : () => child(childMode, SUBSCRIBERS, args.option('uri', undefined, ''), args.option('smtp', undefined, ''))
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench:email failed:', error)
    process.exit(1)
  },
)
