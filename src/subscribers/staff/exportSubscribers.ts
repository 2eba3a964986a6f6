import { stringify } from 'csv-stringify/sync'
import { APIError, type Where } from 'payload'

import { frequencies, locales, slugs, subscriberStatuses } from '../../domain'
import type { Subscriber } from '../../payload-types'
import { asUser, loadTopics, type StaffCtx } from './context'
import { exportColumns, LIST_SEPARATOR, type ExportColumn } from './csvColumns'

const PAGE_SIZE = 1000

/** Simple filters besides Payload's `where`: `?status=active&language=en&frequency=daily`. */
export type ExportFilters = { where?: Where; status?: string; language?: string; frequency?: string }

/**
 * A cell a spreadsheet will not run: text starting with `=`, `+`, `-`, `@` (or a tab or carriage
 * return, which some spreadsheets strip before looking) gets a leading `'`.
 */
export const safeCell = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

function filterWhere(filters: ExportFilters): Where {
  const and: Where[] = []
  if (filters.where) and.push(filters.where)
  const simple = [
    ['status', filters.status, subscriberStatuses],
    ['language', filters.language, locales],
    ['frequency', filters.frequency, frequencies],
  ] as const
  for (const [field, value, allowed] of simple) {
    if (value === undefined) continue
    if (!(allowed as readonly string[]).includes(value)) throw new APIError(`"${field}" must be one of: ${allowed.join(', ')}`, 400, null, true)
    and.push({ [field]: { equals: value } })
  }
  return and.length ? { and } : {}
}

const idOf = (value: unknown): string => String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/**
 * The subscribers matching the filters as CSV (UTF-8 with a BOM so Excel reads Vietnamese, CRLF
 * lines), columns as the import takes them plus what the system records; read as the signed-in
 * user, oldest first.
 */
export async function exportSubscribersCsv(ctx: StaffCtx, filters: ExportFilters): Promise<string> {
  const where = filterWhere(filters)
  const topics = await loadTopics(ctx)
  const rows: string[][] = []
  for (let page = 1; ; page += 1) {
    const found = await ctx.payload.find({ collection: slugs.subscribers, where, sort: 'createdAt', limit: PAGE_SIZE, page, depth: 0, ...asUser(ctx) })
    for (const doc of found.docs) rows.push(exportColumns.map((column) => safeCell(cellOf(doc, column, topics.slugById))))
    if (!found.hasNextPage) break
  }
  return stringify(rows, { bom: true, header: true, columns: [...exportColumns], record_delimiter: 'windows' })
}

function cellOf(doc: Subscriber, column: ExportColumn, topicSlugById: ReadonlyMap<string, string>): string {
  switch (column) {
    case 'topics':
      return (doc.topics ?? []).map((t) => topicSlugById.get(idOf(t)) ?? idOf(t)).join(LIST_SEPARATOR)
    case 'contentTypes':
      return (doc.contentTypes ?? []).join(LIST_SEPARATOR)
    case 'accredited':
      return doc.accredited ? 'true' : 'false'
    case 'consentAt':
      return doc.consent?.at ?? ''
    case 'consentSource':
      return doc.consent?.source ?? ''
    case 'consentTextVersion':
      return doc.consent?.textVersion ?? ''
    case 'consentIp':
      return doc.consent?.ip ?? ''
    default:
      return doc[column] ?? ''
  }
}
