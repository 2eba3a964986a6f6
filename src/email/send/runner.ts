import type { Payload } from 'payload'
import type { Logger } from 'pino'

import { slugs } from '../../domain'
import type { Env } from '../../config/env'
import { onDomainEvent } from '../../workflow/events'
import { mailerOf } from '../transport'
import { fanOutDigest, planDigests } from './digests'
import { fanOutMailing } from './fanout'
import { planMailings } from './planner'
import { sendDue, type SendReport } from './sender'

/**
 * One pass of the email pipeline, safe to run in several processes at once:
 *   1. plan: a mailing per domain event that calls for one, and per digest period that has ended;
 *   2. fan out every mailing still fanning out (resumes where a stopped one left off);
 *   3. send what is due (claimed under a lease, batch after batch) until nothing is;
 *   4. close mailings with nothing left to send.
 * Everything is re-read from the database each time: a process that died mid-way loses nothing, and
 * the next pass (here or in another process) goes on from the stored state.
 */
export type EmailPassDeps = { payload: Payload; env: Env; logger: Logger }

export type PassReport = SendReport & { planned: number; fannedOut: number }

export async function runEmailPass(deps: EmailPassDeps, options: { owner?: string; signal?: AbortSignal } = {}): Promise<PassReport> {
  const { payload, env } = deps
  const planned = (await planMailings(payload, { maxEventAgeMs: env.email.maxEventAgeHours * 3_600_000 })) + (await planDigests(payload))
  // Message-IDs on the one sender's domain (src/email/identity.ts).
  const fanout = { payload, batchSize: env.email.batchSize, messageDomain: mailerOf(payload).sender.domain }
  const pending = await payload.find({ collection: slugs.mailings, where: { status: { equals: 'fanningOut' } }, sort: 'createdAt', limit: 0, pagination: false, depth: 0, overrideAccess: true })
  let fannedOut = 0
  for (const mailing of pending.docs) {
    if (options.signal?.aborted) break
    fannedOut += mailing.kind === 'digest' ? await fanOutDigest(fanout, mailing) : await fanOutMailing(fanout, mailing)
  }
  const sent = await sendDue({ payload, env, logger: deps.logger, mailer: mailerOf(payload) }, options)
  await closeFinishedMailings(payload)
  return { ...sent, planned, fannedOut }
}

/** `sending` → `done` once none of a mailing's deliveries is queued or in flight. */
async function closeFinishedMailings(payload: Payload): Promise<void> {
  const open = await payload.find({ collection: slugs.mailings, where: { status: { equals: 'sending' } }, limit: 0, pagination: false, depth: 0, overrideAccess: true, select: { status: true } })
  for (const m of open.docs) {
    const left = await payload.count({
      collection: slugs.emailDeliveries,
      where: { and: [{ mailing: { equals: m.id } }, { status: { in: ['queued', 'sending'] } }] },
      overrideAccess: true,
    })
    if (left.totalDocs === 0) await payload.update({ collection: slugs.mailings, id: m.id, data: { status: 'done' }, overrideAccess: true })
  }
}

type Runner = { stop(): Promise<void> }
const runners = new WeakMap<Payload, Runner>()

/**
 * Run passes in this process: every JOBS_INTERVAL_SECONDS, and at once when a domain event is
 * recorded here. One pass at a time per process; other processes run their own (leases keep them
 * apart). Started by the web server when JOBS_AUTORUN is on, and by `npm run worker`.
 */
export function startEmailSender(deps: EmailPassDeps): Runner {
  const existing = runners.get(deps.payload)
  if (existing) return existing
  const controller = new AbortController()
  let running: Promise<void> | null = null
  let again = false
  const pass = (): void => {
    if (controller.signal.aborted) return
    if (running) {
      again = true
      return
    }
    running = runEmailPass(deps, { signal: controller.signal })
      .then((r) => {
        if (r.claimed + r.planned > 0) deps.logger.info({ email: r }, 'email pass')
      })
      .catch((error: unknown) => deps.logger.error({ err: error }, 'email pass failed; retrying at the next interval'))
      .finally(() => {
        running = null
        if (again) {
          again = false
          pass()
        }
      })
  }
  const timer = setInterval(pass, deps.env.jobsIntervalSeconds * 1000)
  timer.unref()
  const unsubscribe = onDomainEvent(deps.payload, () => pass())
  pass()
  const runner: Runner = {
    async stop() {
      controller.abort()
      clearInterval(timer)
      unsubscribe()
      runners.delete(deps.payload)
      await running
    },
  }
  runners.set(deps.payload, runner)
  return runner
}

/** Stop this instance's sender after its current batch (shutdown; before the database closes). */
export async function stopEmailSender(payload: Payload): Promise<void> {
  await runners.get(payload)?.stop()
}
