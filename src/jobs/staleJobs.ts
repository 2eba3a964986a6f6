import type { Payload } from 'payload'

/**
 * Payload marks a job `processing` while it runs and never picks it up again; a process killed in
 * the middle of a job (SIGKILL, crash, power loss) would leave it so for ever, and with concurrency
 * keys it would also block every later job of the same key. Jobs in our queues that have been
 * `processing` for longer than `staleAfterMs` without an update are handed back to the queue.
 * Tasks re-read and are idempotent (see src/workflow/jobs.ts, src/webhooks/deliver.ts), so running
 * one again is safe.
 */
export async function releaseStaleJobs(payload: Payload, queues: string[], staleAfterMs: number): Promise<number> {
  const cutoff = new Date(Date.now() - staleAfterMs).toISOString()
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: cutoff } }, { queue: { in: queues } }] },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  if (docs.length > 0) payload.logger.warn({ jobs: docs.map((d) => d.id) }, `released ${docs.length} job(s) left processing by a stopped process`)
  return docs.length
}
