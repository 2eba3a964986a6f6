/**
 * Payload gives every `*_locales` table (the per-language columns of a collection) one unique index,
 * on (`_locale`, `_parent_id`). Reading documents always joins their locales by `_parent_id` alone,
 * which that index cannot serve: each read scanned the whole table (20,000 items: 60,000 rows per
 * page of the agency feed, seconds on SQLite). A hook per engine (sqlite.ts, postgres.ts, each loaded
 * with its adapter only) adds an index on `_parent_id` to each such table, so that development and
 * tests (schema push) have it; the migration `locale_parent_indexes` adds the same to production
 * databases.
 */
const LOCALES_SUFFIX = '_locales'

type Tables = Record<string, unknown>
export type ParentColumns = { _parentID: unknown }

/** Tables holding per-language columns: named `*_locales` with `_locale` and `_parent_id` (a hasMany select field named `…_locales` has neither). */
export function localeTables(tables: Tables): [string, unknown][] {
  return Object.entries(tables).filter(
    ([name, table]) => name.endsWith(LOCALES_SUFFIX) && typeof table === 'object' && table !== null && '_parentID' in table && '_locale' in table,
  )
}

export const indexName = (table: string) => `${table}_parent_id_idx`

