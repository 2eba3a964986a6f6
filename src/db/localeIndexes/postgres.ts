import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'

import type { PostgresSchemaHook } from '../schemaHooks'
import { indexName, localeTables, type ParentColumns } from '.'

/** PostgreSQL's index on `_parent_id` of each `*_locales` table (see ./index.ts). */
export const indexPostgresLocaleParents: PostgresSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of localeTables(schema.tables)) {
    extendTable({
      table: table as Parameters<typeof extendTable>[0]['table'],
      extraConfig: (t) => ({ parentIdIdx: pgIndex(indexName(name)).on((t as ParentColumns)._parentID as never) }),
    })
  }
  return schema
}
