import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Config, type Payload } from 'payload'

import { createPayloadConfig } from '../../src/buildConfig'
import { loadEnv, type Env } from '../../src/config/env'
import { closePayload } from '../../src/db/close'
import { closeFeed } from '../../src/feed/shutdown'
import { createLogger } from '../../src/logger'
import { createApp } from '../../src/server/app'
import { createTestDatabase, testDatabaseKind, type TestDatabase } from './database'

export type TestContext = {
  payload: Payload
  env: Env
  db: TestDatabase
  mediaDir: string
  destroy(): Promise<void>
}

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123'

/**
 * Boot Payload on a fresh database of the current jest project's engine. Call destroy() after.
 * `overrides` go into the Payload config, e.g. `{ custom: { clock } }` for a test's own clock.
 */
export async function bootPayload(extraEnv: Record<string, string> = {}, overrides: Partial<Config> = {}): Promise<TestContext> {
  const db = await createTestDatabase(testDatabaseKind, { fromTemplate: true })
  const mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-media-'))
  const env = testEnv(db.uri, mediaDir, extraEnv)
  const payload = await startPayload(env, overrides, { push: !db.fromTemplate })
  let destroyed = false
  return {
    payload,
    env,
    db,
    mediaDir,
    async destroy() {
      if (destroyed) return
      destroyed = true
      await closeFeed(payload)
      await closePayload(payload)
      forgetPayload()
      await db.drop()
      await fs.rm(mediaDir, { recursive: true, force: true })
    },
  }
}

/** The environment of a test's Payload: quiet, its own database and media folder, no job runner. */
export function testEnv(databaseUri: string, mediaDir: string, extraEnv: Record<string, string> = {}): Env {
  return loadEnv({
    NODE_ENV: 'test',
    DATABASE_URI: databaseUri,
    PAYLOAD_SECRET: TEST_SECRET,
    MEDIA_DIR: mediaDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    PUBLIC_URL: 'http://localhost:3999',
    // The job queue's runner is off unless a test asks for it; tests run the queue themselves.
    JOBS_AUTORUN: 'false',
    ...extraEnv,
  })
}

/**
 * Start Payload on `env`'s database. `push: false` on a copy of the template, whose schema is in
 * place already (a push would only compare it again, ~2.5 s on PostgreSQL).
 */
export async function startPayload(env: Env, overrides: Partial<Config>, options: { push: boolean }): Promise<Payload> {
  // Payload's REST handlers find their instance through getPayload's cache (key 'default'), so a
  // test file holds one live context at a time; destroy() forgets it so the next boot is fresh.
  // Force the schema push: drizzle skips it when this process pushed the same schema before.
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  const config = await createPayloadConfig(env, overrides)
  if (!options.push) {
    const adapter = config.db
    config.db = { ...adapter, init: (args) => Object.assign(adapter.init(args), { push: false }) }
  }
  return getPayload({ config, cron: env.jobsAutorun })
}

/** Forget Payload's cached instance, after closing it, so the next boot in this process is fresh. */
export const forgetPayload = () => (globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')

export type TestServer = { url: string; readiness: { draining: boolean }; close(): Promise<void> }

/** The real Express app (without Next) on a free port, over the context's Payload. */
export async function startServer(ctx: TestContext): Promise<TestServer> {
  const readiness = { draining: false }
  const app = createApp({ payload: ctx.payload, env: ctx.env, logger: createLogger(ctx.env), readiness })
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  // The test's requests and this server share one event loop. When a synchronous SQLite call holds
  // it for seconds (a busy CI machine), the server's 5 s keep-alive timer and the client's can fire
  // in either order once it frees, and a request sent on a socket the server is closing fails with
  // ECONNRESET (seen once in CI: "fetch failed" on a creation). Idle sockets stay open longer here.
  server.keepAliveTimeout = 60_000
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    readiness,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
