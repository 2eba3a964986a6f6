/**
 * What browser tests need: Debian's Chromium driven by playwright-core (`npx playwright install`
 * cannot download browsers here), a Next production build of the admin, the server bundle, and a
 * production server of the bundle on a database of its own.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'

import { TEST_SECRET } from './boot'
import { createTestDatabase, type TestDatabase } from './database'
import { repoRoot, startScript, waitFor, type Spawned } from './process'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Whether browser tests can run. Without Chromium they are skipped locally (with a message) but
 * fail in CI (`CI` set), where .ci/run installs it.
 */
export function browserTestsMode(): 'run' | 'skip' | 'fail' {
  if (fs.existsSync(CHROMIUM_PATH)) return 'run'
  if (process.env.CI) return 'fail'
  console.warn(
    `Browser tests skipped: no Chromium at ${CHROMIUM_PATH}. Install it with ` +
      '`apt-get install -y --no-install-recommends chromium` (or set CHROMIUM_PATH); in CI (CI set) they fail instead.',
  )
  return 'skip'
}

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's chromium package (apt-get install -y --no-install-recommends chromium)`)
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
}

/** Save a full-page screenshot to /tmp and answer its path (never throws: it runs while a test is failing). */
export async function screenshot(page: Page | undefined, name: string): Promise<string | null> {
  if (!page || page.isClosed()) return null
  const file = path.join('/tmp', `e2e-${name.replace(/[^a-z0-9-]+/gi, '-')}-${Date.now()}.png`)
  try {
    await page.screenshot({ path: file, fullPage: true })
    return file
  } catch {
    return null
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-8000)}`)),
    )
  })
}

/** The newest modification time among the files the admin build is made from. */
function newestSourceMtime(): { file: string; mtimeMs: number } {
  let newest = { file: '', mtimeMs: 0 }
  const visit = (entry: string) => {
    let stat: fs.Stats
    try {
      stat = fs.statSync(entry)
    } catch {
      return
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(entry)) visit(path.join(entry, name))
    } else if (stat.mtimeMs > newest.mtimeMs) {
      newest = { file: path.relative(repoRoot, entry), mtimeMs: stat.mtimeMs }
    }
  }
  for (const entry of ['src', 'collections', 'globals', 'next.config.mjs', 'package-lock.json']) visit(path.join(repoRoot, entry))
  return newest
}

/**
 * The admin needs a Next production build (`.next/`). CI builds before testing (.ci/run); a bare
 * `npm test` builds here when the build is missing or older than the sources. Only `next build`:
 * the server bundle (dist/) is shared with other test files running in parallel.
 */
export async function ensureNextBuild(): Promise<void> {
  const buildId = path.join(repoRoot, '.next', 'BUILD_ID')
  let reason: string | null = null
  if (!fs.existsSync(buildId)) {
    reason = 'no Next production build (.next/BUILD_ID is missing)'
  } else {
    const builtAt = fs.statSync(buildId).mtimeMs
    const newest = newestSourceMtime()
    if (newest.mtimeMs > builtAt) reason = `the Next build is older than ${newest.file}`
  }
  if (!reason) return
  console.log(`Browser test: ${reason}; running \`next build\` first (about a minute or two)…`)
  const started = Date.now()
  await run(process.execPath, [path.join(repoRoot, 'node_modules/next/dist/bin/next'), 'build'], {
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '--no-deprecation',
    // jest sets NODE_ENV=test, which Next refuses to build with reliably.
    NODE_ENV: 'production',
  })
  console.log(`Browser test: next build done in ${Math.round((Date.now() - started) / 1000)} s`)
}

/** dist/server.mjs, built by `npm test`; built here when jest is run directly without it. */
export async function ensureServerBundle(): Promise<void> {
  if (fs.existsSync(path.join(repoRoot, 'dist', 'server.mjs'))) return
  console.log('Browser test: dist/server.mjs is missing; running scripts/build-server.mjs')
  await run(process.execPath, [path.join(repoRoot, 'scripts/build-server.mjs')])
}

/** A production server (`dist/server.mjs`) of a browser test, on its own database and media folder. */
export type ProductionServer = { url: string; db: TestDatabase; process: Spawned; stop(): Promise<void> }

/**
 * Start `dist/server.mjs` in production on a fresh database of this project's engine and a media
 * folder of its own, on a free port, and wait until it is ready. `env` adds to (or overrides) the
 * production settings, e.g. `SERVE_ADMIN: 'false'` for a test that needs no Next. `stop()` ends the
 * server (SIGTERM, then SIGKILL after 20 s), drops the database and removes the folder.
 */
export async function startProductionServer(name: string, env: Record<string, string>, readyWithinMs = 180_000): Promise<ProductionServer> {
  await ensureServerBundle()
  const db = await createTestDatabase()
  const mediaDir = await fsp.mkdtemp(path.join(os.tmpdir(), `newsroom-${name}-media-`))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const server = await startScript('dist/server.mjs', {
    NODE_ENV: 'production',
    DATABASE_URI: db.uri,
    PAYLOAD_SECRET: TEST_SECRET,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    MEDIA_DIR: mediaDir,
    // Info, so the server's first line ("starting newsroom") comes as soon as its modules are
    // evaluated: startScript takes 30 s of silence for a stalled start and starts it again, and at
    // warn a first start that migrates and seeds the demo content says nothing for longer than that
    // (seen: two restarts, a minute lost, in the website's browser test).
    LOG_LEVEL: 'info',
    ...env,
  })
  const stop = async () => {
    if (server.child.exitCode === null) {
      server.child.kill('SIGTERM')
      // Killed if it has not stopped in 20 s; the timer is cleared, or it would keep jest's worker alive.
      const stuck = setTimeout(() => server.child.kill('SIGKILL'), 20_000)
      await server.exited
      clearTimeout(stuck)
    }
    await db.drop()
    await fsp.rm(mediaDir, { recursive: true, force: true })
  }
  try {
    await waitFor(`${url}/readyz`, server, 200, readyWithinMs)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, db, process: server, stop }
}
