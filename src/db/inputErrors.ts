import { APIError, type DatabaseAdapter, type DatabaseAdapterObj } from 'payload'

/**
 * Database errors that are the request's fault, not the server's: a value the column's type cannot
 * hold (PostgreSQL class 22, "data exception": text where a number belongs, an id beyond `integer`,
 * a NUL character in text, a malformed date; SQLite's datatype mismatch). Payload's own validation
 * lets these through (a relationship id of 99999999999, a NUL in a title), so they answered 500.
 */
const INPUT_CODES = new Set(['22P02', '22003', '22007', '22008', '22021', '22P05', '22001', 'SQLITE_MISMATCH', 'SQLITE_TOOBIG'])

/** A value the database refused: answered 400 with the driver's reason, logged as a refusal (src/server/logRefusals.ts). */
export class InvalidValueError extends APIError {
  constructor(reason: string) {
    super(`Invalid value: ${reason}`, 400, undefined, true)
    this.name = 'InvalidValueError'
  }
}

/**
 * A relationship to a document that does not exist: Payload checks the ids it is given, but not one
 * beyond what it can look up (99999999999), and the foreign key refuses it. SQLite's extended code is
 * 787; the driver's words name tables, so the answer says it plainly instead.
 */
const FOREIGN_KEY_CODES = new Set(['23503', 'SQLITE_CONSTRAINT_FOREIGNKEY'])
const SQLITE_CONSTRAINT_FOREIGNKEY = 787

type Coded = { code?: unknown; rawCode?: unknown; message?: unknown; cause?: unknown }

/** The driver's own error (with its `code`) under drizzle's wrapper (`DrizzleQueryError`, whose `cause` it is). */
function driverError(error: unknown): Coded | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const coded = current as Coded
    if (typeof coded.code === 'string') return coded
    current = coded.cause
  }
  return undefined
}

/** The error to throw instead: an InvalidValueError when the database refused a value, else the error itself. */
export function classifyDatabaseError(error: unknown): unknown {
  if (error instanceof APIError) return error
  const driver = driverError(error)
  if (!driver || typeof driver.code !== 'string') return error
  if (FOREIGN_KEY_CODES.has(driver.code) || driver.rawCode === SQLITE_CONSTRAINT_FOREIGNKEY) {
    return new InvalidValueError('a relationship refers to a document that does not exist')
  }
  if (!INPUT_CODES.has(driver.code)) return error
  // The driver's first line names the type and the value ("value \"99999999999\" is out of range for
  // type integer"); the SQL and the other parameters stay out of the answer.
  return new InvalidValueError(typeof driver.message === 'string' ? driver.message.split('\n')[0] : driver.code)
}

/** The adapter operations that run queries with values from requests (all asynchronous). */
const OPERATIONS = [
  'count', 'countGlobalVersions', 'countVersions', 'create', 'createGlobal', 'createGlobalVersion', 'createVersion',
  'deleteMany', 'deleteOne', 'deleteVersions', 'find', 'findDistinct', 'findGlobal', 'findGlobalVersions', 'findOne',
  'findVersions', 'queryDrafts', 'updateGlobal', 'updateGlobalVersion', 'updateMany', 'updateOne', 'updateVersion', 'upsert',
] as const satisfies readonly (keyof DatabaseAdapter)[]

/** The adapter, with the database's refusals of a request's values turned into InvalidValueError (400). */
export function refuseInvalidValues(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      for (const name of OPERATIONS) {
        const original: unknown = Reflect.get(adapter, name)
        if (typeof original !== 'function') continue
        Reflect.set(adapter, name, async function (this: unknown, ...params: unknown[]) {
          try {
            return await (original as (...a: unknown[]) => Promise<unknown>).apply(this, params)
          } catch (error) {
            throw classifyDatabaseError(error)
          }
        })
      }
      return adapter
    },
  }
}
