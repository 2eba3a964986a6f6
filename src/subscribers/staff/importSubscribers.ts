import { APIError } from 'payload'

import { slugs, type SubscriberStatus } from '../../domain'
import type { Subscriber } from '../../payload-types'
import { clockOf } from '../../workflow/clock'
import { emailHashOf } from '../../email/addresses'
import { inTransaction } from '../../db/transaction'
import { asUser, chunks, loadTopics, type StaffCtx } from './context'
import { MAX_LISTED_PROBLEMS, parseSubscriberCsv, type ImportRow } from './csvImport'

/** Where the consent of the people in the file comes from (both required), and who brought it in. */
export type ImportSource = { consentSource: string; consentTextVersion: string; ip: string | null }

export type SkipReason = 'suppressed' | Exclude<SubscriberStatus, 'pending' | 'active'>
export type ImportResult = {
  created: number
  updated: number
  skipped: { row: number; email: string; reason: SkipReason }[]
}

const MAX_SOURCE_LENGTH = 500
const MAX_VERSION_LENGTH = 100
const LOOKUP_CHUNK = 500

/** People who left stay out: an import never brings back an unsubscribed, bounced or complaining address. */
const leftStatuses: ReadonlySet<string> = new Set<SkipReason>(['unsubscribed', 'bounced', 'complained'])

/** The consent fields, checked: 400 naming the first one missing or too long. */
export function checkImportSource(consentSource: string | undefined, consentTextVersion: string | undefined): Omit<ImportSource, 'ip'> {
  if (!consentSource) throw new APIError('"consentSource" is required: where the consent of these people comes from (e.g. the conference press list)', 400, null, true)
  if (consentSource.length > MAX_SOURCE_LENGTH) throw new APIError(`"consentSource" is longer than ${MAX_SOURCE_LENGTH} characters`, 400, null, true)
  if (!consentTextVersion) throw new APIError('"consentTextVersion" is required: the version of the consent text these people agreed to', 400, null, true)
  if (consentTextVersion.length > MAX_VERSION_LENGTH) throw new APIError(`"consentTextVersion" is longer than ${MAX_VERSION_LENGTH} characters`, 400, null, true)
  return { consentSource, consentTextVersion }
}

async function existingByEmail(ctx: StaffCtx, emails: string[]): Promise<Map<string, Subscriber>> {
  const found = new Map<string, Subscriber>()
  for (const part of chunks(emails, LOOKUP_CHUNK)) {
    const page = await ctx.payload.find({ collection: slugs.subscribers, where: { email: { in: part } }, pagination: false, depth: 0, ...asUser(ctx) })
    for (const doc of page.docs) found.set(doc.email, doc)
  }
  return found
}

async function suppressedHashes(ctx: StaffCtx, emails: string[]): Promise<Set<string>> {
  const hashes = new Set<string>()
  for (const part of chunks(emails.map(emailHashOf), LOOKUP_CHUNK)) {
    const page = await ctx.payload.find({ collection: slugs.suppressions, where: { emailHash: { in: part } }, pagination: false, depth: 0, select: { emailHash: true }, ...asUser(ctx) })
    for (const doc of page.docs) hashes.add(doc.emailHash)
  }
  return hashes
}

/**
 * Import subscribers from a CSV (see csvImport.ts for the columns). The whole file is checked
 * first: any problem refuses it (400 listing row, field and message) and nothing is written. Then,
 * in one transaction, by normalized address: new people become `active` with the consent record
 * `{ source: 'import', at, textVersion, ip }` and the consent source in `statusReason`; people
 * already active or pending get the preferences the file gives; people who left or are suppressed
 * are skipped, never resubscribed.
 */
export async function importSubscribers(ctx: StaffCtx, csv: string, source: ImportSource): Promise<ImportResult> {
  const topics = await loadTopics(ctx)
  const { rows, problems } = parseSubscriberCsv(csv, topics.idBySlug)
  if (problems.length) {
    throw new APIError(
      `The file has ${problems.length} problem${problems.length === 1 ? '' : 's'}: nothing was imported`,
      400,
      { problems: problems.slice(0, MAX_LISTED_PROBLEMS), total: problems.length },
      true,
    )
  }
  const emails = rows.map((r) => r.email)
  const [existing, suppressed] = await Promise.all([existingByEmail(ctx, emails), suppressedHashes(ctx, emails)])
  const now = clockOf(ctx.payload).now().toISOString()
  const result: ImportResult = { created: 0, updated: 0, skipped: [] }

  const skipReason = (row: ImportRow): SkipReason | null => {
    const current = existing.get(row.email)
    if (current && leftStatuses.has(current.status)) return current.status as SkipReason
    if (suppressed.has(emailHashOf(row.email))) return 'suppressed'
    return null
  }

  await inTransaction(ctx.req, async () => {
    for (const row of rows) {
      const reason = skipReason(row)
      if (reason) {
        result.skipped.push({ row: row.row, email: row.email, reason })
        continue
      }
      const current = existing.get(row.email)
      if (current) {
        if (Object.keys(row.preferences).length) {
          await ctx.payload.update({ collection: slugs.subscribers, id: current.id, data: row.preferences, depth: 0, ...asUser(ctx) })
        }
        result.updated += 1
        continue
      }
      await ctx.payload.create({
        collection: slugs.subscribers,
        depth: 0,
        data: {
          email: row.email,
          ...row.preferences,
          status: 'active',
          statusReason: source.consentSource,
          consent: { at: now, source: 'import', textVersion: source.consentTextVersion, ip: source.ip },
        } as Subscriber,
        ...asUser(ctx),
      })
      result.created += 1
    }
  })
  return result
}
