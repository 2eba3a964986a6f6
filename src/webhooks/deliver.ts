import { randomUUID } from 'node:crypto'

import type { Payload, TaskConfig } from 'payload'

import { slugs, type Locale } from '../domain'
import type { Env } from '../config/env'
import type { WebhookDelivery, WebhookEndpoint } from '../payload-types'
import { apiClientContext } from '../feed/auth'
import type { ApiClientContext } from '../feed/types'
import { clientAudiences } from '../feed/scope'
import { itemStanding } from '../readModel/read'
import { clockOf } from '../workflow/clock'
import { announcementFor, storedEventOf, type StoredEvent } from './eligibility'
import { claimEndpoint, LEASE_MS, releaseEndpoint, saveProgress, type EndpointProgress } from './lease'
import { postJson } from './post'
import type { RenderItems, WebhookBody } from './render'
import { decryptSecret } from './secret'
import { SIGNATURE_HEADER, signatureHeader } from './sign'
import { resolverOf } from './ssrf'

export const WEBHOOK_QUEUE = 'webhooks'
/** Events read from the log at once. */
const BATCH = 50

export type WebhookSettings = {
  env: Env
  render: RenderItems
  /** First retry delay; doubles per failure up to `maxDelayMs`. */
  baseDelayMs: number
  maxDelayMs: number
  /** After failing this long on one event, give it up (logged) and move on. At least 24 h. */
  giveUpAfterMs: number
}

export const backoffMs = (failures: number, s: Pick<WebhookSettings, 'baseDelayMs' | 'maxDelayMs'>) =>
  Math.min(s.baseDelayMs * 2 ** Math.max(0, failures - 1), s.maxDelayMs)

/** Queue a retry of one endpoint at `waitUntil`. One pending job per endpoint (a newer one replaces it). */
export async function queueRetry(payload: Payload, endpointId: number | string, waitUntil: Date): Promise<void> {
  await payload.jobs.queue({ task: 'deliverWebhooks', queue: WEBHOOK_QUEUE, input: { endpoint: String(endpointId) }, waitUntil })
}

const idOf = (v: number | string | { id: number | string }) => (typeof v === 'object' ? v.id : v)

/**
 * Whether the client may read the event's item at all: not a staff-only item nor, without the
 * `briefings` scope, a restricted brief. Such an event is passed over without a POST, so that its
 * existence does not reach the client either. (An item no longer in the read model is announced as before.)
 */
async function readableBy(payload: Payload, event: StoredEvent, client: ApiClientContext): Promise<boolean> {
  const standing = await itemStanding(payload, event.itemCollection, String(event.itemId))
  return !standing || clientAudiences(client).includes(standing.audience)
}

/** Build and send one event to one endpoint; returns the outcome for the log. */
async function send(payload: Payload, settings: WebhookSettings, endpoint: WebhookEndpoint, client: ApiClientContext, event: StoredEvent, type: string, locales: Locale[]) {
  const items = await settings.render({ payload, env: settings.env, event, client, locales })
  const deliveryId = `${endpoint.id}-${event.seq}`
  const body: WebhookBody = { deliveryId, event: type, seq: event.seq, occurredAt: event.occurredAt, items }
  const raw = JSON.stringify(body)
  const secret = decryptSecret(endpoint.secretEncrypted ?? '', settings.env.payloadSecret)
  const timestamp = Math.floor(clockOf(payload).now().getTime() / 1000)
  const result = await postJson(
    endpoint.url,
    raw,
    { [SIGNATURE_HEADER]: signatureHeader(secret, raw, timestamp), 'X-Newsroom-Event': type, 'X-Newsroom-Delivery': deliveryId },
    settings.env.webhookAllowPrivateTargets,
    resolverOf(payload),
  )
  return { ...result, deliveryId }
}

type Attempt = Omit<WebhookDelivery, 'id' | 'createdAt' | 'updatedAt'>

async function logAttempt(payload: Payload, entry: Attempt) {
  await payload.create({ collection: slugs.webhookDeliveries, data: entry, overrideAccess: true })
}

export type DrainOptions = {
  /** Stop between two events (shutdown). */
  signal?: AbortSignal
  /** A retry job that finds the endpoint still waiting queues itself again for the new time. */
  via?: 'event' | 'job'
}

type Served = { done: true; outcome: string } | { done: false; lastSeq: number }

/**
 * Serve one endpoint from where it stopped, in event order, under its lease (lease.ts). On failure
 * it stops (so order is kept), records the attempt, and queues a retry after an exponential
 * backoff; an event that keeps failing for longer than `giveUpAfterMs` is given up (logged,
 * redeliverable by hand) and the next one is served. Progress is saved after every event, so a
 * crash re-sends at most the event in flight; receivers deduplicate by `X-Newsroom-Delivery`.
 *
 * Called at once when an event commits (runner.ts), by the periodic sweep, and by retry jobs. A
 * caller that finds the lease taken leaves: the holder, once it has given the lease back, looks
 * for events again, so an event that committed while it was serving is not left waiting.
 */
export async function drainEndpoint(payload: Payload, settings: WebhookSettings, endpointId: string, options: DrainOptions = {}): Promise<string> {
  const owner = `${process.pid}:${randomUUID()}`
  for (;;) {
    const served = await serveOnce(payload, settings, endpointId, owner, options)
    if (served.done) return served.outcome
    const more = await payload.find({ collection: slugs.contentEvents, where: { seq: { greater_than: served.lastSeq } }, limit: 1, depth: 0, pagination: false, overrideAccess: true, select: { seq: true } })
    if (more.docs.length === 0 || options.signal?.aborted) return `served up to ${served.lastSeq}`
  }
}

const readEndpoint = (payload: Payload, id: string) =>
  payload.findByID({ collection: slugs.webhookEndpoints, id, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true })

async function serveOnce(payload: Payload, settings: WebhookSettings, endpointId: string, owner: string, options: DrainOptions): Promise<Served> {
  const now = () => clockOf(payload).now()
  const waiting = async (endpoint: WebhookEndpoint): Promise<Served | null> => {
    if (!endpoint.nextAttemptAt || new Date(endpoint.nextAttemptAt).getTime() <= now().getTime()) return null
    // The retry job for that time is queued; a job that ran early (a newer failure moved the time) queues the new one.
    if (options.via === 'job') await queueRetry(payload, endpoint.id, new Date(endpoint.nextAttemptAt))
    return { done: true, outcome: 'waiting' }
  }
  const before = await readEndpoint(payload, endpointId)
  if (!before || before.active === false) return { done: true, outcome: 'inactive' }
  const early = await waiting(before)
  if (early) return early
  const leaseUntil = () => new Date(now().getTime() + LEASE_MS)
  if (!(await claimEndpoint(payload, before.id, owner, now(), leaseUntil()))) return { done: true, outcome: 'busy' }
  try {
    // Read again under the lease: another server may have moved on since.
    const endpoint = await readEndpoint(payload, endpointId)
    if (!endpoint || endpoint.active === false) return { done: true, outcome: 'inactive' }
    const stillWaiting = await waiting(endpoint)
    if (stillWaiting) return stillWaiting
    const clientDoc = await payload.findByID({ collection: slugs.apiClients, id: idOf(endpoint.client), depth: 0, overrideAccess: true, disableErrors: true })
    if (!clientDoc || clientDoc.active === false) return { done: true, outcome: 'client inactive' }
    const client = apiClientContext(clientDoc)
    const progress: EndpointProgress = { lastSeq: endpoint.lastSeq ?? 0, failures: endpoint.failures ?? 0, failingSince: endpoint.failingSince ?? null, nextAttemptAt: null }
    const save = (next: EndpointProgress) => saveProgress(payload, endpoint.id, owner, next, leaseUntil())
    for (;;) {
      const { docs } = await payload.find({
        collection: slugs.contentEvents,
        where: { seq: { greater_than: progress.lastSeq } },
        sort: 'seq',
        limit: BATCH,
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      for (const row of docs) {
        if (options.signal?.aborted) return { done: true, outcome: `stopped at ${progress.lastSeq}` }
        const doc = storedEventOf(row)
        const announce = doc && announcementFor(doc, client, endpoint.events)
        if (doc && announce && (await readableBy(payload, doc, client))) {
          const result = await send(payload, settings, endpoint, client, doc, announce.type, announce.locales)
          const common = { endpoint: endpoint.id, deliveryId: result.deliveryId, seq: doc.seq, eventType: announce.type, itemCollection: doc.itemCollection, itemId: doc.itemId, attempt: progress.failures + 1, responseStatus: result.status, durationMs: result.durationMs }
          if (result.ok) {
            await logAttempt(payload, { ...common, outcome: 'delivered', error: null })
          } else {
            const failingSince = progress.failingSince ?? now().toISOString()
            if (now().getTime() - new Date(failingSince).getTime() >= settings.giveUpAfterMs) {
              await logAttempt(payload, { ...common, outcome: 'gaveUp', error: result.error })
              payload.logger.warn({ endpoint: endpoint.id, seq: doc.seq }, `webhook gave up on event ${doc.seq} after ${progress.failures + 1} attempts`)
            } else {
              await logAttempt(payload, { ...common, outcome: 'failed', error: result.error })
              const next = new Date(now().getTime() + backoffMs(progress.failures + 1, settings))
              if (!(await save({ ...progress, failures: progress.failures + 1, failingSince, nextAttemptAt: next.toISOString() }))) return { done: true, outcome: 'lease lost' }
              await queueRetry(payload, endpoint.id, next)
              return { done: true, outcome: `failed at ${doc.seq}; next attempt ${next.toISOString()}` }
            }
          }
        }
        Object.assign(progress, { lastSeq: row.seq, failures: 0, failingSince: null, nextAttemptAt: null })
        if (!(await save(progress))) return { done: true, outcome: 'lease lost' }
      }
      if (docs.length < BATCH) return { done: false, lastSeq: progress.lastSeq }
    }
  } finally {
    await releaseEndpoint(payload, before.id, owner)
  }
}

/** Send one event again by hand (admin), logged as its own attempt; the endpoint's progress is unchanged. */
export async function redeliver(payload: Payload, settings: WebhookSettings, endpoint: WebhookEndpoint, client: ApiClientContext, event: StoredEvent, type: string) {
  const locales = client.languages.length > 0 ? event.locales.filter((l) => client.languages.includes(l)) : event.locales
  const result = await send(payload, settings, endpoint, client, event, type, locales)
  const previous = await payload.count({ collection: slugs.webhookDeliveries, where: { deliveryId: { equals: result.deliveryId } }, overrideAccess: true })
  await logAttempt(payload, {
    endpoint: endpoint.id,
    deliveryId: result.deliveryId,
    seq: event.seq,
    eventType: type,
    itemCollection: event.itemCollection,
    itemId: event.itemId,
    attempt: previous.totalDocs + 1,
    outcome: result.ok ? 'redelivered' : 'redeliveryFailed',
    responseStatus: result.status,
    durationMs: result.durationMs,
    error: result.error,
  })
  return result
}

/**
 * The retry task: serve one endpoint after a failure, once its backoff has passed. One job per
 * endpoint at a time (concurrency key); a newer retry replaces a pending one. First attempts do
 * not go through the queue: they are made at once when the event commits (runner.ts).
 */
export function deliverWebhooksTask(settings: () => WebhookSettings): TaskConfig<'deliverWebhooks'> {
  return {
    slug: 'deliverWebhooks',
    label: 'Retry webhooks of one endpoint',
    retries: 3,
    inputSchema: [{ name: 'endpoint', type: 'text', required: true }],
    outputSchema: [{ name: 'outcome', type: 'text' }],
    concurrency: { key: ({ input }) => `webhook:${input.endpoint}`, exclusive: true, supersedes: true },
    handler: async ({ input, req }) => ({ output: { outcome: await drainEndpoint(req.payload, settings(), input.endpoint, { via: 'job' }) } }),
  }
}
