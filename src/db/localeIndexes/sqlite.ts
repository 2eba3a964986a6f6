import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

import { indexName, localeTables, type ParentColumns } from '.'

/** SQLite's index on `_parent_id` of each `*_locales` table (see ./index.ts). */
export const indexSqliteLocaleParents: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of localeTables(schema.tables)) {
    extendTable({
      table: table as Parameters<typeof extendTable>[0]['table'],
      extraConfig: (t) => ({ parentIdIdx: sqliteIndex(indexName(name)).on((t as ParentColumns)._parentID as never) }),
    })
  }
  return schema
}

