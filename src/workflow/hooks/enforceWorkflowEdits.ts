import { APIError, type CollectionBeforeChangeHook, type Field } from 'payload'

import { locales, type ContentCollectionSlug, type Locale } from '../../domain'
import { clockOf } from '../clock'
import { WORKFLOW_WRITE, workflowFieldNames } from '../fields'
import { isContributorOnly } from '../rules'
import { actorOf, audit } from '../service'
import type { State } from '../states'
import { ENFORCE_WORKFLOW } from './guardDirectWrites'

/** Fields that are bookkeeping, not content: changing them is not an edit. */
const notContent = new Set(['id', '_status', 'createdAt', 'updatedAt', 'releaseNumber', 'releaseYear', 'releaseSequence', 'slug'])

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)
const normalize = (v: unknown): unknown => {
  if (isEmpty(v)) return null
  if (Array.isArray(v)) return v.map(normalize)
  if (v && typeof v === 'object') {
    if ('id' in v && 'createdAt' in v) return (v as { id: unknown }).id // a populated relationship
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([, value]) => !isEmpty(value))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => [key, normalize(value)]),
    )
  }
  return v
}

/** Top-level content fields whose value differs between the incoming data and the working copy. */
function changedContentFields(fields: Field[], data: Record<string, unknown>, original: Record<string, unknown>): { name: string; localized: boolean }[] {
  const changed: { name: string; localized: boolean }[] = []
  const visit = (list: Field[]) => {
    for (const field of list) {
      if ('name' in field && field.name) {
        if (field.type === 'ui' || notContent.has(field.name) || workflowFieldNames.has(field.name)) continue
        if (!(field.name in data)) continue
        if (JSON.stringify(normalize(data[field.name])) !== JSON.stringify(normalize(original[field.name]))) {
          changed.push({ name: field.name, localized: 'localized' in field && field.localized === true })
        }
      } else if ('fields' in field && Array.isArray(field.fields)) {
        visit(field.fields)
      } else if (field.type === 'tabs') {
        for (const tab of field.tabs) visit(tab.fields)
      }
    }
  }
  visit(fields)
  return changed
}

const refuse = (status: 400 | 403 | 409, message: string) => new APIError(message, status, null, true)

/**
 * The edit rules of the workflow, on every write that goes through access control:
 * - a contributor edits only their own items, and only while draft or sent back (or as a revision of a live item);
 * - nobody edits a scheduled item (unschedule first) or a withdrawn one;
 * - an edit voids the approval of the languages it touches (non-localized fields touch all):
 *   an approved item returns to review, a live item's working copy becomes a draft revision;
 * - embargo: the time must be in the future, and cannot be set or moved once the item is live;
 * - every change to a live item is written to the audit log with the fields that changed.
 * System writes (Local API with overrideAccess) that publish directly get consistent workflow fields.
 */
export const enforceWorkflowEdits: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  if (req.context?.[WORKFLOW_WRITE] === true) return data
  const enforced = req.context?.[ENFORCE_WORKFLOW] === true
  const now = clockOf(req.payload).now()
  const original = (originalDoc ?? {}) as Record<string, unknown>
  const state = ((original.state as State | undefined) ?? 'draft') as State
  const live = Boolean(original.firstPublishedAt) && state !== 'withdrawn'

  if (operation === 'create') {
    if (enforced && req.user) data.owner = req.user.id
    if (!enforced && data._status === 'published') markSystemPublish(data, original, now)
    if (enforced) checkEmbargo(data.embargoUntil, null, false, now)
    return data
  }

  const changed = changedContentFields(collection.fields, data, original)
  if (enforced) {
    const user = req.user
    if (state === 'scheduled' && changed.length) throw refuse(409, 'The item is scheduled: cancel the schedule (unschedule) before editing it')
    if (state === 'withdrawn' && changed.length) throw refuse(409, 'The item is withdrawn: it can no longer be edited')
    if (isContributorOnly(user)) {
      const own = original.owner !== undefined && original.owner !== null && String(original.owner) === String(user?.id)
      if (!own) throw refuse(403, 'A contributor may edit only items they created')
      if (!['draft', 'changesRequested', 'published'].includes(state)) {
        throw refuse(403, `A contributor cannot edit an item that is ${state}`)
      }
    }
  }
  if (enforced && 'embargoUntil' in data) checkEmbargo(data.embargoUntil, original.embargoUntil, live, now)

  if (changed.length && !(data._status === 'published' && !enforced)) {
    const touched: Locale[] = changed.some((f) => !f.localized) || req.locale === 'all' ? [...locales] : [req.locale as Locale]
    const ready = ((original.readyLocales as Locale[] | undefined) ?? []).filter((l) => !touched.includes(l))
    data.readyLocales = ready
    if (state === 'approved') data.state = 'inReview'
    if (state === 'published') data.state = 'draft'
    if (live) {
      await audit(
        { payload: req.payload, req },
        {
          event: 'edit',
          collection: collection.slug as ContentCollectionSlug,
          doc: { ...original, id: original.id as number | string },
          actor: actorOf(req),
          from: state,
          to: (data.state as State | undefined) ?? state,
          note: null,
          locales: touched,
          changedFields: changed.map((f) => f.name),
        },
      )
    }
  }
  if (!enforced && data._status === 'published') markSystemPublish(data, original, now)
  return data
}

/** A trusted Local API write publishing directly (seed, imports): keep the workflow fields in step. */
function markSystemPublish(data: Record<string, unknown>, original: Record<string, unknown>, now: Date) {
  const iso = now.toISOString()
  data.state = 'published'
  if (isEmpty(data.publishedLocales)) data.publishedLocales = isEmpty(original.publishedLocales) ? [...locales] : original.publishedLocales
  if (isEmpty(data.readyLocales)) data.readyLocales = data.publishedLocales
  data.firstPublishedAt = data.firstPublishedAt ?? original.firstPublishedAt ?? iso
  data.publishedAt = data.publishedAt ?? iso
  data.publishedVersion = (typeof original.publishedVersion === 'number' ? original.publishedVersion : 0) + 1
}

function checkEmbargo(next: unknown, previous: unknown, live: boolean, now: Date) {
  const nextTime = typeof next === 'string' && next ? new Date(next).getTime() : null
  const previousTime = typeof previous === 'string' && previous ? new Date(previous).getTime() : null
  if (nextTime === previousTime) return
  if (nextTime !== null && Number.isNaN(nextTime)) throw refuse(400, `embargoUntil is not a valid time: ${String(next)}`)
  if (live) throw refuse(409, 'An embargo cannot be added or changed after publication')
  if (nextTime !== null && nextTime <= now.getTime()) {
    throw refuse(400, `embargoUntil must be in the future (now is ${now.toISOString()})`)
  }
}
