import type { Payload } from 'payload'

import type { ContentCollectionSlug } from '../../domain'
import { emailRecords } from '../../readModel/read'
import { emailItemOf, type EmailItem } from '../render'

/**
 * Email's one read of content: some items of one collection from the read model (`released-items`),
 * every released language, as src/email/render renders them. Mailings carry only ids; each sending
 * run re-reads here, so a message shows the item as it is released when it goes out.
 * Per id: the item, null when the read model has none of it (never released, or deleted), or the
 * error when one of its records cannot be mailed yet (written before records carried email's
 * fields: refilled at start, src/readModel/refill.ts).
 */
export async function loadEmailItems(payload: Payload, collection: ContentCollectionSlug, ids: string[]): Promise<Map<string, EmailItem | null | Error>> {
  const records = await emailRecords(payload, collection, ids)
  const out = new Map<string, EmailItem | null | Error>()
  for (const id of ids) {
    try {
      out.set(
        id,
        emailItemOf(records.filter((r) => r.itemId === id)),
      )
    } catch (error) {
      if (!(error instanceof Error)) throw error
      out.set(id, error)
    }
  }
  return out
}

/** One item, or null; throws when it cannot be mailed yet. */
export async function loadEmailItem(payload: Payload, collection: ContentCollectionSlug, id: number | string): Promise<EmailItem | null> {
  const item = (await loadEmailItems(payload, collection, [String(id)])).get(String(id)) ?? null
  if (item instanceof Error) throw item
  return item
}
