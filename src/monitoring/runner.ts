import type { Payload } from 'payload'

import { clockOf } from '../workflow/clock'
import { enqueueDuePolls } from './schedule'

/**
 * The scheduling step of press monitoring, every `intervalMs` in the process that runs the job
 * queue (the server with JOBS_AUTORUN, or `npm run worker`): due sources get a poll job each, which
 * the runner of the `monitoring` queue then runs. Returns a stop function.
 */
export function startMonitoringScheduler({ payload, logger, intervalMs }: { payload: Payload; logger: Payload['logger']; intervalMs: number }): () => void {
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      const queued = await enqueueDuePolls(payload, clockOf(payload).now())
      if (queued > 0) logger.info({ queued }, 'monitoring: polls queued')
    } catch (error) {
      logger.error({ err: error }, 'monitoring: scheduling failed; trying again at the next interval')
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void tick(), intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
