import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { ensureSqliteSearchSchema, FTS_PREFIX, isSqliteSearchTable } from './sqlite'

/**
 * SQLite's search tables (FTS5 virtual tables and their shadow tables, src/search/sqlite.ts) are not
 * part of Payload's drizzle schema: drizzle cannot describe a virtual table. Two consequences,
 * handled here on the adapter:
 * - development's schema push compares the database with the drizzle schema and would drop them
 *   (asking first, on a terminal, since they hold rows): the push leaves tables it does not own alone;
 * - they are created after the connection (and after the push or the migrations), if missing.
 * Production databases get them from the `search_entries` migration as well.
 */

type PushResult = { apply: () => Promise<void>; hasDataLoss: boolean; warnings: string[]; statementsToExecute?: string[] }
type DrizzleKit = { pushSchema: (...args: unknown[]) => Promise<PushResult> }
type Hooked = { connect?: (options?: unknown) => Promise<void>; requireDrizzleKit: () => DrizzleKit }

/** The push's statements and warnings, without those about the search tables. */
export function leaveSearchTablesAlone(result: PushResult): PushResult {
  const ours = (text: string) => new RegExp(`(${FTS_PREFIX}\\w*)`).exec(text)?.[1]
  const mine = (text: string) => {
    const name = ours(text)
    return name !== undefined && isSqliteSearchTable(name)
  }
  const statements = result.statementsToExecute
  // apply() runs this very array: removing in place is what keeps it from dropping them.
  if (statements) for (let i = statements.length - 1; i >= 0; i -= 1) if (mine(statements[i])) statements.splice(i, 1)
  const warnings = result.warnings.filter((w) => !mine(w))
  return { ...result, warnings, hasDataLoss: result.hasDataLoss && warnings.length > 0 }
}

export function withSqliteSearchSchema(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const hooked = adapter as unknown as Hooked // the SQLite adapter's connect and requireDrizzleKit, which DatabaseAdapter does not type
      const requireKit = hooked.requireDrizzleKit.bind(adapter)
      hooked.requireDrizzleKit = () => {
        const kit = requireKit()
        return { ...kit, pushSchema: async (...params: unknown[]) => leaveSearchTablesAlone(await kit.pushSchema(...params)) }
      }
      const connect = hooked.connect
      if (connect) {
        hooked.connect = async function (this: unknown, options?: unknown) {
          await connect.call(this, options)
          await ensureSqliteSearchSchema(adapter as SQLiteAdapter) // this adapter object is the SQLite adapter (sqliteAdapter() made it)
        }
      }
      return adapter
    },
  }
}
