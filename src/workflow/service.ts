import {
  commitTransaction,
  initTransaction,
  killTransaction,
  NotFound,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { inTransaction } from '../db/transaction'
import { locales, slugs, type ContentCollectionSlug, type Locale } from '../domain'
import { clockOf } from './clock'
import { dispatchDomainEvents, isEventConflict, recordDomainEvent, type DomainEvent, type DomainEventType } from './events'
import { WORKFLOW_WRITE } from './fields'
import { mediaIdsOf, releasedMediaOf, syncReleasedMedia } from './mediaVisibility'
import { allowedActions, decide, isLive, type Decision, type TransitionInput, type WorkflowItem } from './rules'
import { targetState, type Action, type State } from './states'
import { updateRow } from '../db/updateRow'
import { keepingRequestLocale } from '../lib/requestLocale'
import { writeReleased } from '../readModel/write'

export const WORKFLOW_QUEUE = 'workflow'

type Ctx = { payload: Payload; req: PayloadRequest }
type Doc = Record<string, unknown> & { id: number | string }
type Actor = { id: number | string; name: string } | null


const titleFieldOf = (payload: Payload, collection: CollectionSlug) =>
  payload.collections[collection].config.admin.useAsTitle ?? 'id'

const asLocales = (value: unknown): Locale[] =>
  Array.isArray(value) ? value.filter((v): v is Locale => (locales as readonly string[]).includes(v as string)) : []

const idOf = (value: unknown): number | string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return value as number | string
}

const dateOf = (value: unknown): string | null => (typeof value === 'string' && value ? value : null)

/** The working copy (latest version, every language), or 404. */
async function readWorkingCopy({ payload, req }: Ctx, collection: ContentCollectionSlug, id: number | string): Promise<Doc> {
  try {
    return (await keepingRequestLocale(req, () => payload.findByID({
      collection,
      id,
      draft: true,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    }))) as unknown as Doc
  } catch (error) {
    if (error instanceof NotFound) throw new TransitionRefused404(collection, id)
    throw error
  }
}

/** The live (main) document in every language, or null. */
export async function readLive({ payload, req }: Ctx, collection: ContentCollectionSlug, id: number | string): Promise<Doc | null> {
  const { docs } = await keepingRequestLocale(req, () => payload.find({
    collection,
    where: { id: { equals: id } },
    draft: false,
    locale: 'all',
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  }))
  return (docs[0] as unknown as Doc | undefined) ?? null
}

export class TransitionRefused404 extends Error {
  readonly status = 404
  constructor(collection: string, id: number | string) {
    super(`No ${collection} item with id ${id}`)
  }
}

export function toWorkflowItem(payload: Payload, collection: ContentCollectionSlug, doc: Doc): WorkflowItem {
  const title = doc[titleFieldOf(payload, collection)]
  const localesWithContent = locales.filter((l) => {
    const value = title && typeof title === 'object' ? (title as Record<string, unknown>)[l] : l === 'vi' ? title : null
    return typeof value === 'string' && value.trim() !== ''
  })
  return {
    id: doc.id,
    state: (doc.state as State | undefined) ?? 'draft',
    owner: idOf(doc.owner),
    submittedBy: idOf(doc.submittedBy),
    readyLocales: asLocales(doc.readyLocales),
    publishedLocales: asLocales(doc.publishedLocales),
    firstPublishedAt: dateOf(doc.firstPublishedAt),
    forcePublished: doc.forcePublished === true,
    publishedVersion: typeof doc.publishedVersion === 'number' ? doc.publishedVersion : 0,
    scheduledFor: dateOf(doc.scheduledFor),
    scheduleJob: typeof doc.scheduleJob === 'string' && doc.scheduleJob ? doc.scheduleJob : null,
    embargoUntil: dateOf(doc.embargoUntil),
    localesWithContent,
  }
}

const titleText = (payload: Payload, collection: ContentCollectionSlug, doc: Doc): string => {
  const title = doc[titleFieldOf(payload, collection)]
  if (typeof title === 'string') return title
  if (title && typeof title === 'object') {
    const byLocale = title as Record<string, unknown>
    for (const l of locales) if (typeof byLocale[l] === 'string' && byLocale[l]) return byLocale[l] as string
  }
  return String(doc.id)
}

export type WorkflowView = {
  collection: ContentCollectionSlug
  id: number | string
  state: State
  live: boolean
  actions: Action[]
  readyLocales: Locale[]
  publishedLocales: Locale[]
  localesWithContent: Locale[]
  submittedBy: number | string | null
  owner: number | string | null
  forcePublished: boolean
  publishedVersion: number
  scheduledFor: string | null
  embargoUntil: string | null
}

function view(payload: Payload, collection: ContentCollectionSlug, item: WorkflowItem, user: PayloadRequest['user']): WorkflowView {
  const now = clockOf(payload).now()
  return {
    collection,
    id: item.id,
    state: item.state,
    live: isLive(item),
    actions: allowedActions(item, user, now),
    readyLocales: item.readyLocales,
    publishedLocales: item.publishedLocales,
    localesWithContent: item.localesWithContent,
    submittedBy: item.submittedBy,
    owner: item.owner,
    forcePublished: item.forcePublished,
    publishedVersion: item.publishedVersion,
    scheduledFor: item.scheduledFor,
    embargoUntil: item.embargoUntil,
  }
}

/** The item's workflow state and the actions the signed-in user may take. */
export async function describeWorkflow(ctx: Ctx, collection: ContentCollectionSlug, id: number | string): Promise<WorkflowView> {
  const doc = await readWorkingCopy(ctx, collection, id)
  return view(ctx.payload, collection, toWorkflowItem(ctx.payload, collection, doc), ctx.req.user)
}

export const actorOf = (req: PayloadRequest): Actor =>
  req.user ? { id: req.user.id, name: String((req.user as { name?: unknown }).name ?? req.user.email ?? req.user.id) } : null

type EventSpec = Omit<DomainEvent, 'id' | 'seq'>
/** What a transition leaves for the end of its transaction (events) and for after it (job cancel, dispatch). */
type Pending = { toRecord: EventSpec[]; events: DomainEvent[]; cancelJob: string | null }

/**
 * Take one workflow action on one item: check it (rules.ts), write the new state, the audit entry,
 * the review note and the domain event in one transaction, then hand the events to subscribers.
 */
export async function transition(
  ctx: Ctx,
  collection: ContentCollectionSlug,
  id: number | string,
  input: TransitionInput,
  options: TransitionOptions = {},
): Promise<WorkflowView> {
  return retryOnEventConflict(ctx.req, () => transitionOnce(ctx, collection, id, input, options))
}

type TransitionOptions = { actor?: Actor; auditEvent?: string; skipRules?: boolean }

const MAX_ATTEMPTS = 30

/**
 * Run a unit of work that records domain events again when another transaction took the same
 * event number first (see recordDomainEvent). Only when this call owns the transaction: inside a
 * caller's transaction the conflict goes up, and the caller (a job) is retried as a whole.
 */
async function retryOnEventConflict<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const ownsTransaction = !req.transactionID
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      if (!ownsTransaction || attempt >= MAX_ATTEMPTS || !isEventConflict(error)) throw error
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(20 * 2 ** attempt, 500)))
    }
  }
}

async function transitionOnce(
  ctx: Ctx,
  collection: ContentCollectionSlug,
  id: number | string,
  input: TransitionInput,
  options: TransitionOptions,
): Promise<WorkflowView> {
  const { payload, req } = ctx
  const shouldCommit = await initTransaction(req)
  const previousWrite = req.context[WORKFLOW_WRITE]
  req.context[WORKFLOW_WRITE] = true
  const pending: Pending = { toRecord: [], events: [], cancelJob: null }
  let result: WorkflowItem
  try {
    const doc = await readWorkingCopy(ctx, collection, id)
    const item = toWorkflowItem(payload, collection, doc)
    const now = clockOf(payload).now()
    const decision: Decision = options.skipRules
      ? { locales: input.locales ?? item.readyLocales, at: null, note: input.note ?? null }
      : decide(item, req.user, input, now)
    const actor = options.actor ?? actorOf(req)
    result = await apply(ctx, collection, doc, item, input.action, decision, actor, now, pending)
    await audit(ctx, {
      event: options.auditEvent ?? input.action,
      collection,
      doc,
      actor,
      from: item.state,
      to: result.state,
      note: decision.note,
      locales: decision.locales,
    })
    if (decision.note) {
      await payload.create({
        collection: slugs.reviewNotes,
        data: { itemCollection: collection, itemId: String(id), text: decision.note, action: input.action, author: userRef(actor) },
        overrideAccess: true,
        req,
      })
    }
    await recordPending(ctx, pending)
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  } finally {
    req.context[WORKFLOW_WRITE] = previousWrite
  }
  // After commit: a crash here leaves a stale job behind, which finds the item no longer scheduled and does nothing.
  if (pending.cancelJob) await payload.jobs.cancelByID({ id: pending.cancelJob })
  await dispatchDomainEvents(payload, pending.events)
  return view(payload, collection, result, req.user)
}

async function apply(
  ctx: Ctx,
  collection: ContentCollectionSlug,
  doc: Doc,
  item: WorkflowItem,
  action: Action,
  decision: Decision,
  actor: Actor,
  now: Date,
  pending: Pending,
): Promise<WorkflowItem> {
  const { payload, req } = ctx
  const nowIso = now.toISOString()
  const to = targetState[action]
  const saveDraft = (data: Record<string, unknown>) =>
    payload.update({ collection, id: item.id, data, draft: true, depth: 0, overrideAccess: true, req })

  switch (action) {
    case 'submit':
      await saveDraft({ state: to, submittedBy: actor?.id ?? null, submittedAt: nowIso })
      return { ...item, state: to, submittedBy: actor?.id ?? null }
    case 'requestChanges':
      await saveDraft({ state: to, readyLocales: [] })
      return { ...item, state: to, readyLocales: [] }
    case 'approve': {
      const readyLocales = [...new Set([...item.readyLocales, ...decision.locales])].sort(byLocale)
      if (item.state === 'published') {
        // The review after a force-publish: the live item is no longer flagged.
        await updateRow(payload, { collection, id: item.id, data: { forcePublished: false, approvedBy: actor?.id ?? null }, req })
        await saveDraft({ forcePublished: false, approvedBy: actor?.id ?? null, readyLocales })
        return { ...item, forcePublished: false, readyLocales }
      }
      await saveDraft({ state: to, approvedBy: actor?.id ?? null, readyLocales })
      return { ...item, state: to, readyLocales }
    }
    case 'schedule': {
      const at = decision.at as Date
      const job = await payload.jobs.queue({
        task: 'publishScheduled',
        queue: WORKFLOW_QUEUE,
        input: { collection, id: String(item.id), at: at.toISOString(), locales: decision.locales, scheduledBy: actor ? String(actor.id) : '' },
        waitUntil: at,
        req,
      })
      await saveDraft({ state: to, scheduledFor: at.toISOString(), scheduleJob: String(job.id) })
      return { ...item, state: to, scheduledFor: at.toISOString(), scheduleJob: String(job.id) }
    }
    case 'unschedule':
      pending.cancelJob = item.scheduleJob
      await saveDraft({ state: to, scheduledFor: null, scheduleJob: null })
      return { ...item, state: to, scheduledFor: null, scheduleJob: null }
    case 'publish':
    case 'correct':
    case 'forcePublish': {
      if (item.scheduleJob) pending.cancelJob = item.scheduleJob
      const version = item.publishedVersion + 1
      const publishedLocales = [...new Set([...item.publishedLocales, ...decision.locales])].sort(byLocale)
      const readyLocales = action === 'forcePublish' ? [...new Set([...item.readyLocales, ...decision.locales])].sort(byLocale) : item.readyLocales
      const data: Record<string, unknown> = {
        _status: 'published',
        state: 'published',
        publishedLocales,
        readyLocales,
        publishedAt: nowIso,
        firstPublishedAt: item.firstPublishedAt ?? nowIso,
        publishedBy: actor?.id ?? null,
        publishedVersion: version,
        scheduledFor: null,
        scheduleJob: null,
      }
      if (action === 'correct') Object.assign(data, { correctionNote: decision.note, correctedAt: nowIso })
      if (action === 'forcePublish') Object.assign(data, { forcePublished: true, forcePublishReason: decision.note, submittedBy: actor?.id ?? null })
      // Media of the working copy and of the live copy being replaced: a file the new version drops is taken down.
      const previousLive = await readLive(ctx, collection, item.id)
      const before = [...mediaIdsOf(payload, collection, doc), ...(previousLive ? releasedMediaOf(previousLive) : [])]
      // Validate in a language being published: Payload checks required localized fields in the request's locale only.
      await keepingRequestLocale(req, () =>
        payload.update({ collection, id: item.id, data, draft: false, depth: 0, overrideAccess: true, req, locale: decision.locales[0] }),
      )
      const published = await readLive(ctx, collection, item.id)
      if (published) await keepingRequestLocale(req, () => syncReleasedMedia({ payload, req, collection, liveDoc: published, before }))
      // The read model follows the live copy in this transaction (src/readModel).
      await writeReleased(req, collection, item.id)
      const embargoUntil = item.embargoUntil && new Date(item.embargoUntil).getTime() > now.getTime() ? item.embargoUntil : null
      await emit(ctx, pending, action === 'correct' ? 'corrected' : 'published', collection, item.id, version, publishedLocales, nowIso, embargoUntil, decision.note)
      if (embargoUntil) {
        await payload.jobs.queue({
          task: 'liftEmbargo',
          queue: WORKFLOW_QUEUE,
          input: { collection, id: String(item.id), version },
          waitUntil: new Date(embargoUntil),
          req,
        })
      }
      return {
        ...item,
        state: 'published',
        publishedLocales,
        readyLocales,
        firstPublishedAt: item.firstPublishedAt ?? nowIso,
        publishedVersion: version,
        forcePublished: action === 'forcePublish' ? true : item.forcePublished,
        submittedBy: action === 'forcePublish' ? (actor?.id ?? null) : item.submittedBy,
        scheduledFor: null,
        scheduleJob: null,
      }
    }
    case 'withdraw': {
      if (item.scheduleJob) pending.cancelJob = item.scheduleJob
      const version = item.publishedVersion + 1
      const data = { state: to, withdrawnAt: nowIso, withdrawalReason: decision.note, publishedVersion: version, scheduledFor: null, scheduleJob: null }
      // The live copy keeps its published text (the record of what was withdrawn); pending edits stay a draft.
      await updateRow(payload, { collection, id: item.id, data, req })
      await saveDraft(data)
      const withdrawn = await readLive(ctx, collection, item.id)
      if (withdrawn) await keepingRequestLocale(req, () => syncReleasedMedia({ payload, req, collection, liveDoc: withdrawn }))
      await writeReleased(req, collection, item.id)
      await emit(ctx, pending, 'withdrawn', collection, item.id, version, item.publishedLocales, nowIso, null, decision.note)
      return { ...item, state: to, publishedVersion: version, scheduledFor: null, scheduleJob: null }
    }
  }
}

/** A user id as the generated types spell it (numbers on SQL; strings on MongoDB at run time). */
const userRef = (actor: Actor) => (actor ? (actor.id as number) : null)

const byLocale = (a: Locale, b: Locale) => locales.indexOf(a) - locales.indexOf(b)

/**
 * Queue a domain event of this transaction. Events are recorded last, just before the commit
 * (recordPending): taking the next event number is what serializes concurrent transitions, so the
 * less work follows it, the less they wait on each other.
 */
async function emit(
  _ctx: Ctx,
  pending: Pending,
  type: DomainEventType,
  collection: ContentCollectionSlug,
  itemId: number | string,
  version: number,
  eventLocales: Locale[],
  occurredAt: string,
  embargoUntil: string | null,
  note: string | null,
): Promise<void> {
  pending.toRecord.push({ type, collection, itemId, version, locales: eventLocales, occurredAt, embargoUntil, note })
}

async function recordPending({ payload, req }: Ctx, pending: Pending): Promise<void> {
  for (const spec of pending.toRecord) {
    const event = await recordDomainEvent(payload, req, spec)
    if (event) pending.events.push(event)
  }
}

type AuditInput = {
  event: string
  collection: ContentCollectionSlug
  doc: Doc
  actor: Actor
  from: State | null
  to: State | null
  note: string | null
  locales?: Locale[]
  changedFields?: string[]
}

/** Append one entry to the audit log, inside the caller's transaction. */
export async function audit({ payload, req }: Ctx, entry: AuditInput): Promise<void> {
  const title = titleText(payload, entry.collection, entry.doc)
  await payload.create({
    collection: slugs.auditLog,
    data: {
      event: entry.event as never,
      summary: `${entry.event}: ${title}${entry.from && entry.to ? ` (${entry.from} → ${entry.to})` : ''}`,
      itemCollection: entry.collection,
      itemId: String(entry.doc.id),
      itemTitle: title,
      actor: userRef(entry.actor),
      actorName: entry.actor?.name ?? 'system',
      fromState: entry.from,
      toState: entry.to,
      note: entry.note,
      locales: entry.locales ?? [],
      changedFields: entry.changedFields ?? [],
    },
    overrideAccess: true,
    req,
  })
}

/** The embargo of a published item has passed: record and announce it once (job `liftEmbargo`). */
export async function liftEmbargo(ctx: Ctx, collection: ContentCollectionSlug, id: number | string, version: number): Promise<'lifted' | 'not yet' | 'nothing to do'> {
  return retryOnEventConflict(ctx.req, () => liftEmbargoOnce(ctx, collection, id, version))
}

async function liftEmbargoOnce(ctx: Ctx, collection: ContentCollectionSlug, id: number | string, version: number): Promise<'lifted' | 'not yet' | 'nothing to do'> {
  const { payload, req } = ctx
  const pending: Pending = { toRecord: [], events: [], cancelJob: null }
  let outcome: 'lifted' | 'not yet' | 'nothing to do' = 'nothing to do'
  await inTransaction(req, async () => {
    const live = await readLive(ctx, collection, id)
    if (live && live.state === 'published' && live.publishedVersion === version && typeof live.embargoUntil === 'string') {
      const now = clockOf(payload).now()
      if (new Date(live.embargoUntil).getTime() > now.getTime()) {
        outcome = 'not yet'
      } else {
        const item = toWorkflowItem(payload, collection, live)
        await emit(ctx, pending, 'embargoLifted', collection, id, version, item.publishedLocales, now.toISOString(), live.embargoUntil, null)
        await recordPending(ctx, pending)
        if (pending.events.length > 0) {
          await audit(ctx, { event: 'embargoLifted', collection, doc: live, actor: null, from: 'published', to: 'published', note: null, locales: item.publishedLocales })
        }
        outcome = 'lifted'
      }
    }
  })
  await dispatchDomainEvents(payload, pending.events)
  return outcome
}
