import type { Payload } from 'payload'

import { clockOf } from '../workflow/clock'
import { enqueueDuePolls } from './schedule'

type Scheduler = { stop(): Promise<void> }

/** One scheduler per Payload instance: closePayload stops it before the database goes. */
const schedulers = new WeakMap<Payload, Scheduler>()

/**
 * The scheduling step of press monitoring, every `intervalMs` in the process that runs the job
 * queue (the server with JOBS_AUTORUN, or `npm run worker`): due sources get a poll job each, which
 * the runner of the `monitoring` queue then runs. Started twice for one instance, it runs once.
 */
export function startMonitoringScheduler({ payload, logger, intervalMs }: { payload: Payload; logger: Payload['logger']; intervalMs: number }): Scheduler {
  const existing = schedulers.get(payload)
  if (existing) return existing
  let inFlight: Promise<void> | null = null
  const tick = async () => {
    try {
      const queued = await enqueueDuePolls(payload, clockOf(payload).now())
      if (queued > 0) logger.info({ queued }, 'monitoring: polls queued')
    } catch (error) {
      logger.error({ err: error }, 'monitoring: scheduling failed; trying again at the next interval')
    }
  }
  const timer = setInterval(() => {
    if (inFlight) return
    inFlight = tick().finally(() => {
      inFlight = null
    })
  }, intervalMs)
  timer.unref()
  const scheduler: Scheduler = {
    async stop() {
      clearInterval(timer)
      // A step in progress finishes while the database is still open.
      await inFlight
      schedulers.delete(payload)
    },
  }
  schedulers.set(payload, scheduler)
  return scheduler
}

/** Stop this instance's monitoring scheduler after its step in progress (shutdown; before the database closes). */
export async function stopMonitoringScheduler(payload: Payload): Promise<void> {
  await schedulers.get(payload)?.stop()
}
