import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

/**
 * Payload gives every `*_locales` table (the per-language columns of a collection) one unique index,
 * on (`_locale`, `_parent_id`). Reading documents always joins their locales by `_parent_id` alone,
 * which that index cannot serve: each read scanned the whole table (20,000 items: 60,000 rows per
 * page of the agency feed, seconds on SQLite). This hook adds an index on `_parent_id` to each such
 * table, so that development and tests (schema push) have it; the migration
 * `locale_parent_indexes` adds the same to production databases.
 */
type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

const LOCALES_SUFFIX = '_locales'

type Tables = Record<string, unknown>
type ParentColumns = { _parentID: unknown }

/** Tables holding per-language columns: named `*_locales` with `_locale` and `_parent_id` (a hasMany select field named `…_locales` has neither). */
function localeTables(tables: Tables): [string, unknown][] {
  return Object.entries(tables).filter(
    ([name, table]) => name.endsWith(LOCALES_SUFFIX) && typeof table === 'object' && table !== null && '_parentID' in table && '_locale' in table,
  )
}

export const indexName = (table: string) => `${table}_parent_id_idx`

export const indexSqliteLocaleParents: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of localeTables(schema.tables)) {
    extendTable({
      table: table as Parameters<typeof extendTable>[0]['table'],
      extraConfig: (t) => ({ parentIdIdx: sqliteIndex(indexName(name)).on((t as ParentColumns)._parentID as never) }),
    })
  }
  return schema
}

export const indexPostgresLocaleParents: PostgresSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of localeTables(schema.tables)) {
    extendTable({
      table: table as Parameters<typeof extendTable>[0]['table'],
      extraConfig: (t) => ({ parentIdIdx: pgIndex(indexName(name)).on((t as ParentColumns)._parentID as never) }),
    })
  }
  return schema
}
