/**
 * The newsroom's single HTTP entry point: `npm run dev` (development, SQLite by default) and
 * `npm start` (production: applies migrations, serves the built admin).
 */
import 'dotenv/config'

import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { getPayload } from 'payload'

import { createPayloadConfig, jobQueues } from './buildConfig'
import { releaseStaleJobs } from './jobs/staleJobs'
import { ConfigError, getEnv, type Env } from './config/env'
import { closePayload } from './db/close'
import { closeFeed } from './feed/shutdown'
import { releaseStartupHold } from './lib/startupHold'
import { createLogger } from './logger'
import { seedIfEmpty } from './seed'
import { createApp } from './server/app'
import { selfUrl } from './server/devOrigins'
import { prepareNext, warmUpAdmin } from './server/next'

async function main(env: Env): Promise<void> {
  const logger = createLogger(env)
  const startedAt = performance.now()
  logger.info({ database: env.databaseKind, nodeEnv: env.nodeEnv }, 'starting newsroom')

  // cron: the job queue's runner (scheduled publishing, embargo lifts) runs in this process unless JOBS_AUTORUN=false.
  const payload = await getPayload({ config: createPayloadConfig(env), cron: env.jobsAutorun })

  if (env.autoSeed) {
    const seeded = await seedIfEmpty(payload, { adminEmail: env.adminEmail, adminPassword: env.adminPassword, logger })
    if (seeded) {
      logger.info(`Demo content created. Sign in at ${env.publicUrl}/admin as ${env.adminEmail} / ${env.adminPassword}`)
    }
  }

  const next = env.serveAdmin
    ? await prepareNext({ dev: !env.isProduction, dir: process.cwd(), env })
    : undefined

  // The job runner in this process: hand back jobs left `processing` by a process that died.
  const staleJobs = env.jobsAutorun
    ? setInterval(() => {
        releaseStaleJobs(payload, jobQueues, env.jobsStaleAfterSeconds * 1000).catch((error: unknown) =>
          logger.error({ err: error }, 'could not release stale jobs'),
        )
      }, 60_000)
    : undefined
  staleJobs?.unref()

  const readiness = { draining: false }
  const app = createApp({ payload, env, logger, readiness, nextHandler: next?.handler })
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(env.port, env.host, (error?: Error) => (error ? reject(error) : resolve(s)))
  })
  next?.attachUpgrades(server)
  logger.info(
    { url: env.publicUrl, admin: env.serveAdmin ? `${env.publicUrl}/admin` : 'disabled', startupMs: Math.round(performance.now() - startedAt) },
    'newsroom listening',
  )
  // Development compiles the admin on first use: do it now, so the first visit does not wait.
  if (next && !env.isProduction) void warmUpAdmin(selfUrl(env, (server.address() as AddressInfo).port), logger)

  let closing = false
  const shutdown = async (signal: NodeJS.Signals) => {
    if (closing) return
    closing = true
    readiness.draining = true
    if (staleJobs) clearInterval(staleJobs)
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight')
    const force = setTimeout(() => {
      logger.error({ timeoutMs: env.shutdownTimeoutMs }, 'shutdown timed out; exiting')
      process.exit(1)
    }, env.shutdownTimeoutMs)
    force.unref()
    try {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      await closed
      await next?.close()
      await closeFeed(payload)
      await closePayload(payload)
      logger.info('shutdown complete')
      process.exit(0)
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed')
      process.exit(1)
    }
  }
  process.on('SIGTERM', (s) => void shutdown(s))
  process.on('SIGINT', (s) => void shutdown(s))
}

try {
  await main(getEnv())
  releaseStartupHold()
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message)
  } else {
    console.error('The newsroom could not start:', error)
  }
  process.exit(1)
}
