import type { Logger } from 'pino'

/**
 * Sign-up requests are answered before they are acted on: the answer is the same whatever the
 * address (new, active, unsubscribed, suppressed), and so is its timing. The work (database writes,
 * the email) then runs here, one task at a time per process in arrival order. A failed task is
 * logged; the person can simply sign up again.
 */
export type WorkQueue = {
  push(label: string, task: () => Promise<void>): void
  /** Resolves once every task pushed so far has finished. */
  idle(): Promise<void>
}

/** Beyond this many waiting tasks new ones are refused (logged): a flood must not exhaust memory. */
const MAX_WAITING = 1_000
const queues = new Set<WorkQueue>()

export function workQueue(logger: Logger): WorkQueue {
  let tail: Promise<void> = Promise.resolve()
  let waiting = 0
  const queue: WorkQueue = {
    push(label, task) {
      if (waiting >= MAX_WAITING) {
        logger.error({ task: label, waiting }, 'subscriptions: too much work waiting, request dropped')
        return
      }
      waiting += 1
      tail = tail
        .then(task)
        .catch((error: unknown) => logger.error({ err: error, task: label }, 'subscriptions: background task failed'))
        .finally(() => {
          waiting -= 1
        })
    },
    idle: () => tail,
  }
  queues.add(queue)
  return queue
}

/** Wait for the sign-up work in flight (at shutdown, before the database closes). */
export async function drainSubscriptionWork(): Promise<void> {
  await Promise.all([...queues].map((q) => q.idle()))
}
