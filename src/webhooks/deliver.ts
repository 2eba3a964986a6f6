import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { slugs, type Locale } from '../domain'
import type { Env } from '../config/env'
import type { WebhookEndpoint } from '../payload-types'
import { apiClientContext } from '../feed/auth'
import type { ApiClientContext } from '../feed/types'
import { clockOf } from '../workflow/clock'
import { onDomainEvent } from '../workflow/events'
import { announcementFor, storedEventOf, type StoredEvent } from './eligibility'
import { postJson } from './post'
import type { RenderItems, WebhookBody } from './render'
import { decryptSecret } from './secret'
import { SIGNATURE_HEADER, signatureHeader } from './sign'

export const WEBHOOK_QUEUE = 'webhooks'
/** Events served per job run before the job hands over to a fresh one. */
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

/** Ask the queue to serve one endpoint, now or later. One pending job per endpoint (supersedes). */
export async function queueDrain(payload: Payload, endpointId: number | string, waitUntil?: Date, req?: PayloadRequest): Promise<void> {
  await payload.jobs.queue({ task: 'deliverWebhooks', queue: WEBHOOK_QUEUE, input: { endpoint: String(endpointId) }, waitUntil, req })
}

const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number | string }).id : (v as number | string))

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
  )
  return { ...result, deliveryId }
}

async function logAttempt(payload: Payload, entry: Record<string, unknown>) {
  await payload.create({ collection: slugs.webhookDeliveries, data: entry as never, overrideAccess: true })
}

/**
 * Serve one endpoint from where it stopped, in event order. On failure it stops (so order is kept),
 * records the attempt, and comes back after an exponential backoff; an event that keeps failing for
 * longer than `giveUpAfterMs` is given up (logged, redeliverable by hand) and the next one is served.
 * Progress is saved after every event, so a crash re-sends at most the event in flight; receivers
 * deduplicate by `X-Newsroom-Delivery`.
 */
export async function drainEndpoint(payload: Payload, settings: WebhookSettings, endpointId: string): Promise<string> {
  const endpoint = (await payload.findByID({ collection: slugs.webhookEndpoints, id: endpointId, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true }))
  if (!endpoint || endpoint.active === false) return 'inactive'
  const now = () => clockOf(payload).now()
  if (endpoint.nextAttemptAt && new Date(endpoint.nextAttemptAt).getTime() > now().getTime()) {
    await queueDrain(payload, endpoint.id, new Date(endpoint.nextAttemptAt))
    return 'waiting'
  }
  const clientDoc = await payload.findByID({ collection: slugs.apiClients, id: idOf(endpoint.client), depth: 0, overrideAccess: true, disableErrors: true })
  if (!clientDoc || (clientDoc as { active?: boolean }).active === false) return 'client inactive'
  const client = apiClientContext(clientDoc)
  let lastSeq = endpoint.lastSeq ?? 0
  // Bookkeeping only (scalar columns): written straight to the row, without hooks or validation.
  const save = (data: Record<string, unknown>) => payload.db.updateOne({ collection: slugs.webhookEndpoints, id: endpoint.id, data, returning: false })

  const { docs } = await payload.find({
    collection: slugs.contentEvents,
    where: { seq: { greater_than: lastSeq } },
    sort: 'seq',
    limit: BATCH,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const row of docs) {
    const doc = storedEventOf(row)
    const announce = doc && announcementFor(doc, client, endpoint.events)
    if (announce) {
      const failures = endpoint.failures ?? 0
      const result = await send(payload, settings, endpoint, client, doc, announce.type, announce.locales)
      const common = { endpoint: endpoint.id, deliveryId: result.deliveryId, seq: doc.seq, eventType: announce.type, itemCollection: doc.itemCollection, itemId: doc.itemId, attempt: failures + 1, responseStatus: result.status, durationMs: result.durationMs }
      if (!result.ok) {
        const failingSince = endpoint.failingSince ?? now().toISOString()
        if (now().getTime() - new Date(failingSince).getTime() >= settings.giveUpAfterMs) {
          await logAttempt(payload, { ...common, outcome: 'gaveUp', error: result.error })
          payload.logger.warn({ endpoint: endpoint.id, seq: doc.seq }, `webhook gave up on event ${doc.seq} after ${failures + 1} attempts`)
        } else {
          await logAttempt(payload, { ...common, outcome: 'failed', error: result.error })
          const next = new Date(now().getTime() + backoffMs(failures + 1, settings))
          await save({ failures: failures + 1, failingSince, nextAttemptAt: next.toISOString() })
          await queueDrain(payload, endpoint.id, next)
          return `failed at ${doc.seq}; next attempt ${next.toISOString()}`
        }
      } else {
        await logAttempt(payload, { ...common, outcome: 'delivered', error: null })
      }
      endpoint.failures = 0
      endpoint.failingSince = null
    }
    lastSeq = row.seq
    await save({ lastSeq, failures: 0, failingSince: null, nextAttemptAt: null })
  }
  if (docs.length === BATCH) await queueDrain(payload, endpoint.id)
  return `served up to ${lastSeq}`
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

/** The queue task: one job per endpoint at a time (concurrency key), newer requests replace pending ones. */
export function deliverWebhooksTask(settings: () => WebhookSettings): TaskConfig<'deliverWebhooks'> {
  return {
    slug: 'deliverWebhooks',
    label: 'Deliver webhooks to one endpoint',
    retries: 3,
    inputSchema: [{ name: 'endpoint', type: 'text', required: true }],
    outputSchema: [{ name: 'outcome', type: 'text' }],
    concurrency: { key: ({ input }) => `webhook:${input.endpoint}`, exclusive: true, supersedes: true },
    handler: async ({ input, req }) => ({ output: { outcome: await drainEndpoint(req.payload, settings(), input.endpoint) } }),
  }
}

/**
 * Wire webhooks to the domain events: after every committed event, every active endpoint is asked
 * to catch up. At start-up too, so an event whose hand-over was lost in a crash is still delivered.
 */
export async function startWebhooks(payload: Payload): Promise<() => void> {
  const endpoints = async () =>
    (await payload.find({ collection: slugs.webhookEndpoints, where: { active: { not_equals: false } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs
  for (const endpoint of await endpoints()) await queueDrain(payload, endpoint.id)
  return onDomainEvent(payload, async () => {
    for (const endpoint of await endpoints()) await queueDrain(payload, endpoint.id)
  })
}

