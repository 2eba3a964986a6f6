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
import { createTestDatabase, type TestDatabase } from './database'

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
  const db = await createTestDatabase()
  const mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-media-'))
  const env = loadEnv({
    NODE_ENV: 'test',
    DATABASE_URI: db.uri,
    PAYLOAD_SECRET: TEST_SECRET,
    MEDIA_DIR: mediaDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    PUBLIC_URL: 'http://localhost:3999',
    // The job queue's runner is off unless a test asks for it; tests run the queue themselves.
    JOBS_AUTORUN: 'false',
    ...extraEnv,
  })
  // Payload's REST handlers find their instance through getPayload's cache (key 'default'), so a
  // test file holds one live context at a time; destroy() forgets it so the next boot is fresh.
  // Force the schema push: drizzle skips it when this process pushed the same schema before.
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  const payload = await getPayload({ config: createPayloadConfig(env, overrides), cron: env.jobsAutorun })
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
      ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
      await db.drop()
      await fs.rm(mediaDir, { recursive: true, force: true })
    },
  }
}

export type TestServer = { url: string; readiness: { draining: boolean }; close(): Promise<void> }

/** The real Express app (without Next) on a free port, over the context's Payload. */
export async function startServer(ctx: TestContext): Promise<TestServer> {
  const readiness = { draining: false }
  const app = createApp({ payload: ctx.payload, env: ctx.env, logger: createLogger(ctx.env), readiness })
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
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
