import type { Payload, PayloadRequest } from 'payload'

import { MONITORING_QUEUE, slugs } from '../domain'

/** The task that polls one source (src/monitoring/jobs.ts). */
export const POLL_TASK = 'pollMonitoringSource'

/** Jobs of one source share this key: Payload never runs two of them at once (`concurrency`). */
export const pollConcurrencyKey = (sourceId: number | string) => `monitoring-source:${sourceId}`

/** The sources that have a poll job waiting or running (not finished, not failed for good). */
export async function sourcesWithPendingPolls(payload: Payload, req?: PayloadRequest): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: MONITORING_QUEUE } },
        { taskSlug: { equals: POLL_TASK } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const ids = new Set<string>()
  for (const job of docs) {
    const input = job.input as { source?: unknown } | null
    if (input && (typeof input.source === 'string' || typeof input.source === 'number')) ids.add(String(input.source))
  }
  return ids
}

/** Queue a poll of one source unless one is pending already. The job carries the id only. */
export async function enqueuePoll(payload: Payload, sourceId: number | string, req?: PayloadRequest, pending?: Set<string>): Promise<{ queued: boolean }> {
  const waiting = pending ?? (await sourcesWithPendingPolls(payload, req))
  if (waiting.has(String(sourceId))) return { queued: false }
  await payload.jobs.queue({ task: POLL_TASK, queue: MONITORING_QUEUE, input: { source: String(sourceId) }, req })
  waiting.add(String(sourceId))
  return { queued: true }
}

/**
 * The scheduling step: one poll job per due source (active, and never polled or `nextPollAt`
 * passed), none for a source whose job is still pending. Returns how many were queued.
 */
export async function enqueueDuePolls(payload: Payload, now: Date): Promise<number> {
  const { docs } = await payload.find({
    collection: slugs.monitoringSources,
    where: {
      and: [
        { active: { equals: true } },
        { or: [{ 'health.nextPollAt': { exists: false } }, { 'health.nextPollAt': { less_than_equal: now.toISOString() } }] },
      ],
    },
    pagination: false,
    depth: 0,
    select: { active: true },
    overrideAccess: true,
  })
  if (docs.length === 0) return 0
  const pending = await sourcesWithPendingPolls(payload)
  let queued = 0
  for (const source of docs) {
    if ((await enqueuePoll(payload, source.id, undefined, pending)).queued) queued += 1
  }
  return queued
}
