/**
 * `npm run worker`: a job-queue worker in its own process, for installs that run the web servers
 * with JOBS_AUTORUN=false. It runs the workflow queue (scheduled publishing, embargo lifts) every
 * JOBS_INTERVAL_SECONDS, email (src/email/send/runner.ts) and webhooks (src/webhooks/runner.ts: events
 * committed by the web servers are found by its sweep every JOBS_INTERVAL_SECONDS; retries come
 * through the webhook queue). Several workers may share one database: Payload marks a job as
 * processing before running it, and every task re-reads its item and does nothing twice.
 */
import 'dotenv/config'

import { getPayload } from 'payload'

import { createPayloadConfig } from './buildConfig'
import { ConfigError, getEnv } from './config/env'
import { closePayload } from './db/close'
import { createLogger } from './logger'
import { releaseStartupHold } from './lib/startupHold'
import { jobQueues } from './buildConfig'
import { releaseStaleJobs } from './jobs/staleJobs'
import { startEmailSender } from './email/send/runner'
import { startRecordRefill } from './readModel/refill'
import { startMonitoringScheduler } from './monitoring/runner'
import { webhookSettings } from './webhooks/settings'
import { startWebhookRunner } from './webhooks/runner'

async function main(): Promise<void> {
  const env = getEnv()
  const logger = createLogger(env).child({ role: 'worker' })
  const payload = await getPayload({ config: createPayloadConfig(env), cron: false })
  startEmailSender({ payload, env, logger })
  // Records of an earlier version's format (after an upgrade) are refilled here when the web servers run without jobs.
  startRecordRefill(payload, logger)
  startWebhookRunner({ payload, settings: webhookSettings(payload), logger, intervalMs: env.jobsIntervalSeconds * 1000 })
  // Press monitoring: due feeds get a poll job each; the loop below runs the monitoring queue.
  startMonitoringScheduler({ payload, logger, intervalMs: env.jobsIntervalSeconds * 1000 })
  logger.info({ queues: jobQueues, intervalSeconds: env.jobsIntervalSeconds }, 'worker running')
  releaseStartupHold()

  let stopping = false
  let wake: (() => void) | undefined
  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'worker stopping after the current run')
    stopping = true
    wake?.()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)

  while (!stopping) {
    try {
      await releaseStaleJobs(payload, jobQueues, env.jobsStaleAfterSeconds * 1000)
      for (const queue of jobQueues) {
        const result = await payload.jobs.run({ queue, limit: 20 })
        const ran = Object.keys(result.jobStatus ?? {}).length
        if (ran > 0) logger.info({ queue, ran, remaining: result.remainingJobsFromQueried }, 'jobs run')
      }
    } catch (error) {
      logger.error({ err: error }, 'job run failed; retrying at the next interval')
    }
    // This timer is what keeps the worker alive between passes: the runners' timers are unref'd and an
    // idle SQLite database holds no handle, so with an unref'd one the process ended after its first
    // pass (exit 13, the top-level await unsettled). Payload's type generation, a child process it
    // started outside production, had hidden that in development and tests.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, env.jobsIntervalSeconds * 1000)
      wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })
  }
  await closePayload(payload)
  logger.info('worker stopped')
}

try {
  await main()
  process.exit(0)
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
}
