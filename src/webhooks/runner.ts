import type { Payload, Where } from 'payload'
import type { Logger } from 'pino'

import { slugs } from '../domain'
import { clockOf } from '../workflow/clock'
import { onDomainEvent } from '../workflow/events'
import { drainEndpoint, type WebhookSettings } from './deliver'

/**
 * Webhook delivery in this process: an endpoint is served as soon as an event commits here (the
 * domain event wakes it, as it wakes the email sender), and every `intervalMs` a sweep serves the
 * endpoints that are behind the event log: events committed by another process, and any attempt a
 * process died before making (the `content-events` outbox is the source: nothing is lost, it is
 * only later). The job queue carries retries after a failure only (deliver.ts).
 *
 * Drains are not fire-and-forget: each is tracked per endpoint (one at a time here; the lease keeps
 * other processes apart), its errors are logged, and `stop()` waits for those in flight. Started by
 * the web server when JOBS_AUTORUN is on, and by `npm run worker`.
 */
export type WebhookRunnerDeps = { payload: Payload; settings: WebhookSettings; logger: Logger; intervalMs: number }

type Runner = { stop(): Promise<void>; /** Serve every endpoint that is behind, now (the sweep). */ sweep(): Promise<void> }
const runners = new WeakMap<Payload, Runner>()

export function startWebhookRunner(deps: WebhookRunnerDeps): Runner {
  const existing = runners.get(deps.payload)
  if (existing) return existing
  const { payload, settings, logger } = deps
  const controller = new AbortController()
  const running = new Map<string, Promise<void>>()
  const again = new Set<string>()
  const tasks = new Set<Promise<void>>()

  const serve = (endpointId: string): void => {
    if (controller.signal.aborted) return
    if (running.has(endpointId)) {
      again.add(endpointId)
      return
    }
    const run = drainEndpoint(payload, settings, endpointId, { signal: controller.signal, via: 'event' })
      .then((outcome) => logger.debug({ endpoint: endpointId, outcome }, 'webhooks served'))
      .catch((error: unknown) => logger.error({ err: error, endpoint: endpointId }, 'webhook delivery failed; the next sweep tries again'))
      .finally(() => {
        running.delete(endpointId)
        if (again.delete(endpointId)) serve(endpointId)
      })
    running.set(endpointId, run)
  }

  /** Track a piece of async work: its errors are logged, and stop() waits for it. */
  const track = (what: string, work: () => Promise<void>): Promise<void> => {
    const task = work().catch((error: unknown) => logger.error({ err: error }, `${what} failed; the next sweep tries again`))
    tasks.add(task)
    void task.finally(() => tasks.delete(task))
    return task
  }

  /** Active endpoints that are not waiting for a retry; with `behind`, only those that have events to catch up. */
  const due = async (behind: boolean): Promise<string[]> => {
    const now = clockOf(payload).now().toISOString()
    const and: Where[] = [{ active: { not_equals: false } }, { or: [{ nextAttemptAt: { exists: false } }, { nextAttemptAt: { equals: null } }, { nextAttemptAt: { less_than_equal: now } }] }]
    if (behind) {
      const last = await payload.find({ collection: slugs.contentEvents, sort: '-seq', limit: 1, depth: 0, pagination: false, overrideAccess: true, select: { seq: true } })
      const head = last.docs[0]?.seq ?? 0
      and.push({ or: [{ lastSeq: { less_than: head } }, { lastSeq: { equals: null } }] })
    }
    const found = await payload.find({ collection: slugs.webhookEndpoints, where: { and }, limit: 0, pagination: false, depth: 0, overrideAccess: true, select: { lastSeq: true } })
    return found.docs.map((d) => String(d.id))
  }

  const sweep = () =>
    track('webhook sweep', async () => {
      for (const id of await due(true)) serve(id)
    })

  const timer = setInterval(() => void sweep(), deps.intervalMs)
  timer.unref()
  // An event committed here: serve every endpoint at once (each decides whether the event is for it).
  const unsubscribe = onDomainEvent(payload, () => {
    void track('webhook wake-up', async () => {
      for (const id of await due(false)) serve(id)
    })
  })
  void sweep()

  const runner: Runner = {
    sweep,
    async stop() {
      controller.abort()
      clearInterval(timer)
      unsubscribe()
      runners.delete(payload)
      await Promise.all([...tasks])
      await Promise.all([...running.values()])
    },
  }
  runners.set(payload, runner)
  return runner
}

/** Stop this instance's webhook runner after the event in flight (shutdown; before the database closes). */
export async function stopWebhookRunner(payload: Payload): Promise<void> {
  await runners.get(payload)?.stop()
}
