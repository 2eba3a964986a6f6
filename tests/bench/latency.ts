/**
 * `npm run bench:latency`: how soon a publication reaches each channel (a measurement, not a test).
 *
 * For SQLite, then PostgreSQL (when its server answers), on a fresh database each time: starts the
 * real server (dist/server.mjs, its email sender and webhook runner in process, as `npm run dev`
 * runs it; development mode, since production refuses the loopback webhook receiver used here),
 * with a local SMTP server and a local webhook receiver in this process. Over HTTP, as real users:
 * an admin creates a contributor, an editor and a publisher, and an API client; the client registers
 * a webhook with its key; a journalist signs up at /subscribe and confirms from the email. Then
 * PUBLISHES times: the contributor creates a press release and submits it, the editor approves it,
 * the publisher publishes it, and from the publish response on this measures
 *   change feed: the change first visible in GET /feed/v1/changes (polled every POLL_MS with the key)
 *   webhook:     the POST received by the receiver
 *   email:       the first message about it at the SMTP server
 * and prints p50 and p95 (and max) per engine and channel, beside the publish request itself (the
 * baseline measured in the same run). Goal: webhook p95 ≤ 1 s.
 *
 * Options (arguments or environment): --publishes=N (BENCH_PUBLISHES, 20), --engines=sqlite,postgres
 * (BENCH_ENGINES), --postgres-url=… (BENCH_POSTGRES_URL, postgres://postgres@127.0.0.1:5432/postgres).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import pg from 'pg'
import { SMTPServer } from 'smtp-server'

import { releaseStartupHold } from '../../src/lib/startupHold'
import { createBenchDatabase } from './database'
import { benchOptions } from './options'

const { option, positiveInt, listOf } = benchOptions()
const PUBLISHES = positiveInt('publishes', 'BENCH_PUBLISHES', 20)
const ENGINES = listOf('engines', 'BENCH_ENGINES', ['sqlite', 'postgres'], ['sqlite', 'postgres'])
const POSTGRES_URL = option('postgres-url', 'BENCH_POSTGRES_URL', 'postgres://postgres@127.0.0.1:5432/postgres')
const POLL_MS = 10
const WAIT_MS = 60_000
const SECRET = 'bench-secret-bench-secret-bench-secret-01'
const ADMIN = { email: 'admin@bench.local', password: 'bench-admin-password' }
const PASSWORD = 'bench-user-password'

const say = (line = '') => process.stdout.write(`${line}\n`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const now = () => performance.now()

// ---- local receivers ------------------------------------------------------------------------------

/** Arrival times (performance.now()) by a key taken from what arrived. */
class Arrivals {
  private readonly seen = new Map<string, number>()
  private readonly waiters = new Map<string, (at: number) => void>()
  record(key: string, at: number) {
    if (this.seen.has(key)) return
    this.seen.set(key, at)
    this.waiters.get(key)?.(at)
  }
  wait(key: string, what: string): Promise<number> {
    const at = this.seen.get(key)
    if (at !== undefined) return Promise.resolve(at)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what} did not arrive within ${WAIT_MS / 1000} s`)), WAIT_MS)
      this.waiters.set(key, (t) => {
        clearTimeout(timer)
        resolve(t)
      })
    })
  }
}

/** The webhook receiver: answers 200 and records when each item's first POST arrived. */
async function startReceiver(arrivals: Arrivals) {
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      const at = now()
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')
      const parsed = JSON.parse(body) as { items: { uri: string }[] }
      const uri = parsed.items[0]?.uri ?? ''
      const id = /press-release:(\d+)/.exec(uri)?.[1]
      if (id) arrivals.record(id, at)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/newsroom`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** The SMTP server: accepts everything, records when the first message with each marker arrived, keeps confirmation links. */
async function startSmtp(arrivals: Arrivals, confirmations: string[]) {
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    disableReverseLookup: true,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const at = now()
        callback()
        simpleParser(Buffer.concat(chunks)).then(
          (mail) => {
            const marker = /BENCH-\d+-\d+/.exec(mail.subject ?? '')?.[0]
            if (marker) arrivals.record(marker, at)
            const link = /(https?:\/\/\S+\/subscribe\/confirm\?token=[^\s"<>]+)/.exec(mail.text ?? '')?.[1]
            if (link) confirmations.push(link)
          },
          (error: unknown) => console.error('could not parse a message', error),
        )
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.server.address() as AddressInfo
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

// ---- the server ---------------------------------------------------------------------------------------

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo
      s.close(() => resolve(port))
    })
  })

type Server = { url: string; child: ChildProcess; output: () => string; stop(): Promise<void> }

async function startServer(env: Record<string, string>): Promise<Server> {
  let output = ''
  const child = spawn(process.execPath, ['--enable-source-maps', '--no-deprecation', '--import', './scripts/hold-startup.mjs', 'dist/server.mjs'], {
    cwd: process.cwd(),
    // Development mode: production refuses the loopback webhook receiver this benchmark uses.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), NEXT_TELEMETRY_DISABLED: '1', ...env, NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const url = env.PUBLIC_URL!
  const deadline = Date.now() + 300_000
  let lastSay = Date.now()
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output.slice(-4000)}`)
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not get ready:\n${output.slice(-4000)}`)
    if (Date.now() - lastSay > 10_000) {
      lastSay = Date.now()
      const seed = /seed \[(\d+)\/(\d+)\] ([^"]+)/g
      const steps = [...output.matchAll(seed)]
      say(`    … starting${steps.length ? ` (demo content: ${steps.at(-1)![1]}/${steps.at(-1)![2]} ${steps.at(-1)![3]})` : ''}`)
    }
    await sleep(250)
  }
  return {
    url,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      await Promise.race([exited, sleep(20_000).then(() => child.kill('SIGKILL'))])
    },
  }
}

// ---- HTTP as the users do ------------------------------------------------------------------------------

async function call(base: string, method: string, url: string, options: { token?: string; key?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  if (options.token) headers.authorization = `JWT ${options.token}`
  if (options.key) headers.authorization = `Bearer ${options.key}`
  const res = await fetch(`${base}${url}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) })
  const text = await res.text()
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : {}
  if (res.status >= 400) throw new Error(`${method} ${url} answered ${res.status}: ${text.slice(0, 500)}`)
  return json
}

const login = async (base: string, email: string, password: string) => String((await call(base, 'POST', '/api/users/login', { body: { email, password } })).token)

type Actors = { contributor: string; editor: string; publisher: string; key: string; cursor: string }

async function setUp(base: string, receiverUrl: string, confirmations: string[]): Promise<Actors> {
  const admin = await login(base, ADMIN.email, ADMIN.password)
  const tokens: Record<string, string> = {}
  for (const role of ['contributor', 'editor', 'publisher'] as const) {
    const email = `${role}@bench.local`
    await call(base, 'POST', '/api/users', { token: admin, body: { email, password: PASSWORD, name: `Bench ${role}`, roles: [role] } })
    tokens[role] = await login(base, email, PASSWORD)
  }
  const client = await call(base, 'POST', '/api/api-clients', { token: admin, body: { name: 'Thông tấn xã (bench)', rateLimitPerMinute: 100_000 } })
  const key = String((client.doc as { key: string }).key)
  await call(base, 'POST', '/feed/v1/webhooks', { key, body: { url: receiverUrl, events: ['published'] } })
  await call(base, 'POST', '/subscribe', { body: { email: 'phongvien@bench.example', language: 'vi', consent: true } })
  const deadline = Date.now() + WAIT_MS
  while (confirmations.length === 0) {
    if (Date.now() > deadline) throw new Error('no confirmation email arrived')
    await sleep(50)
  }
  const confirm = new URL(confirmations[0]!)
  const confirmed = await fetch(`${base}${confirm.pathname}${confirm.search}`)
  if (confirmed.status !== 200) throw new Error(`confirming the subscription answered ${confirmed.status}`)
  const head = await call(base, 'GET', '/feed/v1/changes?limit=100', { key })
  let cursor = String(head.cursor)
  for (let next = head.next; next; ) {
    const page = await call(base, 'GET', `/feed/v1/changes?limit=100&since=${encodeURIComponent(String(next))}`, { key })
    cursor = String(page.cursor)
    next = page.next
  }
  return { contributor: tokens.contributor!, editor: tokens.editor!, publisher: tokens.publisher!, key, cursor }
}

/** When the change about `id` is first visible in the change feed, polling from `cursor`. */
async function pollChanges(base: string, actors: Actors, id: string): Promise<number> {
  const deadline = Date.now() + WAIT_MS
  let etag: string | undefined
  for (;;) {
    const res = await fetch(`${base}/feed/v1/changes?since=${encodeURIComponent(actors.cursor)}`, { headers: { authorization: `Bearer ${actors.key}`, ...(etag ? { 'if-none-match': etag } : {}) } })
    const at = now()
    if (res.status === 200) {
      etag = res.headers.get('etag') ?? undefined
      const body = (await res.json()) as { changes: { id: string }[]; cursor: string }
      if (body.changes.some((c) => c.id === `press-release:${id}`)) {
        actors.cursor = body.cursor
        return at
      }
    } else if (res.status === 304) {
      await res.arrayBuffer()
    } else {
      throw new Error(`GET /feed/v1/changes answered ${res.status}: ${await res.text()}`)
    }
    if (Date.now() > deadline) throw new Error(`the change did not appear in /feed/v1/changes within ${WAIT_MS / 1000} s`)
    await sleep(POLL_MS)
  }
}

type Sample = { publishMs: number; feedMs: number; webhookMs: number; emailMs: number }

async function onePublish(base: string, actors: Actors, webhooks: Arrivals, mail: Arrivals, run: number, n: number): Promise<Sample> {
  const marker = `BENCH-${run}-${n}`
  const created = await call(base, 'POST', '/api/press-releases', { token: actors.contributor, body: { headline: `Thông cáo đo độ trễ ${marker}`, summary: `Tóm tắt ${marker}.` } })
  const id = String((created.doc as { id: number }).id)
  const step = (token: string, action: string) => call(base, 'POST', `/api/press-releases/${id}/workflow`, { token, body: { action } })
  await step(actors.contributor, 'submit')
  await step(actors.editor, 'approve')
  const started = now()
  await step(actors.publisher, 'publish')
  const published = now()
  const [feedAt, webhookAt, emailAt] = await Promise.all([pollChanges(base, actors, id), webhooks.wait(id, `the webhook for ${marker}`), mail.wait(marker, `the email for ${marker}`)])
  return { publishMs: published - started, feedMs: feedAt - published, webhookMs: webhookAt - published, emailMs: emailAt - published }
}

// ---- figures ------------------------------------------------------------------------------------------

/** The p-th percentile by nearest rank. */
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!
}
const ms = (v: number) => `${Math.round(v).toLocaleString('en-US')} ms`.padStart(9)

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

async function runEngine(engine: string, run: number): Promise<Sample[]> {
  const db = await createBenchDatabase(engine, POSTGRES_URL, 'newsroom_bench_latency')
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-latency-'))
  const webhooks = new Arrivals()
  const mail = new Arrivals()
  const confirmations: string[] = []
  const receiver = await startReceiver(webhooks)
  const smtp = await startSmtp(mail, confirmations)
  let server: Server | undefined
  try {
    say(`  ${db.describe}`)
    const port = await freePort()
    const started = now()
    server = await startServer({
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URI: db.uri,
      PAYLOAD_SECRET: SECRET,
      SERVE_ADMIN: 'false',
      AUTO_SEED: 'true',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      MEDIA_DIR: path.join(dir, 'media'),
      MAIL_CAPTURE_DIR: path.join(dir, 'mail'),
      EMAIL_JOURNAL_DIR: path.join(dir, 'journal'),
      SMTP_URL: smtp.url,
      EMAIL_FROM_ADDRESS: 'tin@quangtri.gov.vn',
      LOG_LEVEL: 'info',
    })
    say(`  server ready in ${((now() - started) / 1000).toFixed(1)} s (demo content seeded); setting up users, an API client with a webhook, a confirmed subscriber`)
    const actors = await setUp(server.url, receiver.url, confirmations)
    const samples: Sample[] = []
    for (let n = 1; n <= PUBLISHES; n++) {
      const s = await onePublish(server.url, actors, webhooks, mail, run, n)
      samples.push(s)
      say(`  publish ${String(n).padStart(2)}/${PUBLISHES}: request ${ms(s.publishMs)} · feed ${ms(s.feedMs)} · webhook ${ms(s.webhookMs)} · email ${ms(s.emailMs)}`)
    }
    return samples
  } catch (error) {
    if (server) say(server.output().slice(-4000))
    throw error
  } finally {
    await server?.stop()
    await receiver.close()
    await smtp.close()
    await db.drop()
    await fs.rm(dir, { recursive: true, force: true })
  }
}

async function main() {
  releaseStartupHold()
  say(`bench:latency: ${PUBLISHES} publishes per engine; publish response → change feed, webhook, first email`)
  say(`machine: ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, Node ${process.version}`)
  const results: { engine: string; samples: Sample[] }[] = []
  for (const [i, engine] of ENGINES.entries()) {
    if (engine === 'postgres' && !(await postgresReachable())) {
      say(`\nPostgreSQL at ${POSTGRES_URL.replace(/:[^:@/]+@/, ':***@')} does not answer: skipped`)
      continue
    }
    say(`\n${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`)
    results.push({ engine, samples: await runEngine(engine, i + 1) })
  }
  say(`\nlatency after the publish response, p50 / p95 / max over ${PUBLISHES} publishes (negative: it arrived before the response did); the publish request itself for comparison`)
  say(`${'engine'.padEnd(11)} ${'channel'.padEnd(16)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)}`)
  const channels: [keyof Sample, string][] = [
    ['publishMs', 'publish request'],
    ['feedMs', 'change feed'],
    ['webhookMs', 'webhook'],
    ['emailMs', 'first email'],
  ]
  let goalMet = true
  for (const { engine, samples } of results) {
    for (const [field, name] of channels) {
      const values = samples.map((s) => s[field])
      say(`${(engine === 'sqlite' ? 'SQLite' : 'PostgreSQL').padEnd(11)} ${name.padEnd(16)} ${ms(percentile(values, 50))} ${ms(percentile(values, 95))} ${ms(Math.max(...values))}`)
    }
    const p95 = percentile(samples.map((s) => s.webhookMs), 95)
    goalMet &&= p95 <= 1000
    say(`${''.padEnd(11)} webhook p95 / goal (1 s): ${(p95 / 1000).toFixed(2)}`)
  }
  say(`\ngoal (webhook p95 ≤ 1 s): ${goalMet ? 'met' : 'missed'} on ${results.map((r) => r.engine).join(' and ')}; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
}

try {
  await main()
  process.exit(0)
} catch (error) {
  console.error(error)
  process.exit(1)
}
