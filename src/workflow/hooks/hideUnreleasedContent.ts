import type { CollectionAfterReadHook, Field } from 'payload'

import { locales } from '../../domain'
import { isStaff } from '../../access/roles'

/** What the public learns of a withdrawn item: that it was withdrawn, when and why. */
const tombstoneFields = ['id', 'slug', 'releaseNumber', 'state', 'withdrawnAt', 'withdrawalReason', 'firstPublishedAt', 'publishedVersion']

/** Remove, from every localized field, the languages that are not published. */
function stripLocales(fields: Field[], value: Record<string, unknown>, keep: Set<string>): void {
  for (const field of fields) {
    if ('name' in field && field.name) {
      const v = value[field.name]
      if (v === undefined || v === null) continue
      if ('localized' in field && field.localized && typeof v === 'object' && !Array.isArray(v)) {
        const byLocale = v as Record<string, unknown>
        for (const l of Object.keys(byLocale)) if ((locales as readonly string[]).includes(l) && !keep.has(l)) delete byLocale[l]
        continue
      }
      if ((field.type === 'group' || field.type === 'array') && 'fields' in field) {
        const rows = Array.isArray(v) ? v : [v]
        for (const row of rows) if (row && typeof row === 'object') stripLocales(field.fields, row as Record<string, unknown>, keep)
      }
      if (field.type === 'blocks' && Array.isArray(v)) {
        for (const row of v as Record<string, unknown>[]) {
          const block = field.blocks.find((b) => b.slug === row.blockType)
          if (block) stripLocales(block.fields, row, keep)
        }
      }
    } else if ('fields' in field && Array.isArray(field.fields)) {
      stripLocales(field.fields, value, keep)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) stripLocales(tab.fields, value, keep)
    }
  }
}

/**
 * For the public: a withdrawn item reads as a tombstone (reason and time, no content), and a
 * request for every language (`locale=all`) returns only the published ones: an unfinished
 * translation never leaves the building. Staff and trusted server code see everything.
 */
export const hideUnreleasedContent: CollectionAfterReadHook = ({ collection, doc, overrideAccess, req }) => {
  if (overrideAccess || isStaff(req.user)) return doc
  const record = doc as Record<string, unknown>
  if (record.state === 'withdrawn') {
    const title = collection.admin.useAsTitle
    return Object.fromEntries(Object.entries(record).filter(([key]) => tombstoneFields.includes(key) || key === title))
  }
  if (req.locale === 'all') {
    const published = new Set(Array.isArray(record.publishedLocales) ? (record.publishedLocales as string[]) : [])
    stripLocales(collection.fields, record, published)
  }
  return doc
}
