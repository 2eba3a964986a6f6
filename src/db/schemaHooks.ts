import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

/** A hook that extends PostgreSQL's drizzle schema before push or migration (`afterSchemaInit`); db-postgres does not export its name. */
export type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]
