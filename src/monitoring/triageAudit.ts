import type { PayloadRequest } from 'payload'

import { CLIPPING_TRIAGE_EVENT, slugs } from '../domain'
import type { Clipping } from '../payload-types'
import { actorOf } from '../workflow/service'

type Value = Clipping[keyof Clipping]

/** A field's value as compared and shown: relationships by id, empty as "–". */
function shown(value: Value): string {
  if (value === null || value === undefined || value === '') return '–'
  if (typeof value === 'object' && 'id' in value) return String(value.id)
  return String(value)
}

/**
 * Append one audit entry for the triage fields that changed ("status: new → answered; tone: – →
 * negative"), written like the workflow's entries (the append-only `audit-log`, the actor from the
 * request), inside the request's transaction. Nothing when nothing changed.
 */
export async function recordTriageChange(req: PayloadRequest, doc: Clipping, previous: Clipping, fields: readonly (keyof Clipping)[]): Promise<void> {
  const changed = fields.filter((field) => shown(doc[field]) !== shown(previous[field]))
  if (changed.length === 0) return
  const actor = actorOf(req)
  const note = changed.map((field) => `${field}: ${shown(previous[field])} → ${shown(doc[field])}`).join('; ')
  await req.payload.create({
    collection: slugs.auditLog,
    data: {
      event: CLIPPING_TRIAGE_EVENT,
      summary: `${CLIPPING_TRIAGE_EVENT}: ${doc.title}`.slice(0, 300),
      itemCollection: slugs.clippings,
      itemId: String(doc.id),
      itemTitle: doc.title,
      actor: actor ? (actor.id as number) : null,
      actorName: actor?.name ?? 'system',
      note,
      changedFields: changed,
    },
    overrideAccess: true,
    req,
  })
}
