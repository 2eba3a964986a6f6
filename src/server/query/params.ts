import type { SanitizedConfig } from 'payload'

/** The most documents one REST page may ask for; the admin asks for at most 100. */
export const MAX_LIMIT = 1000
/** The last page anyone can mean: beyond it the offset alone overflows what the databases count in. */
export const MAX_PAGE = 1_000_000

function wholeNumber(name: string, value: unknown, min: number, max: number): string | undefined {
  if (typeof value !== 'string' || !/^\d{1,10}$/.test(value) || Number(value) < min || Number(value) > max) {
    return `${name} must be a whole number from ${min} to ${max}, not '${display(value)}'`
  }
  return undefined
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** An object whose leaves are strings: what qs makes of `name[a][b]=v`. */
const isNested = (value: unknown): boolean => isObject(value) && Object.values(value).every((v) => typeof v === 'string' || isNested(v))

const display = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value))

function flag(name: string, value: unknown): string | undefined {
  return value === 'true' || value === 'false' ? undefined : `${name} must be true or false, not '${display(value)}'`
}

/**
 * Problems with the paging, depth, draft and language parameters Payload reads from every REST
 * query: it passes them on unchecked, and out-of-range numbers or unknown values end as SQL errors.
 */
export function paramProblems(config: SanitizedConfig, query: Record<string, unknown>): string[] {
  const problems: (string | undefined)[] = []
  if (query.limit !== undefined) problems.push(wholeNumber('limit', query.limit, 0, MAX_LIMIT))
  if (query.page !== undefined) problems.push(wholeNumber('page', query.page, 1, MAX_PAGE))
  if (query.depth !== undefined) problems.push(wholeNumber('depth', query.depth, 0, config.maxDepth))
  for (const name of ['draft', 'trash', 'pagination', 'autosave'] as const) if (query[name] !== undefined) problems.push(flag(name, query[name]))
  // Field selections: `select[field]=true`, `populate[collection][field]=true`, `joins[field][limit]=5` or `joins=false`.
  for (const name of ['select', 'populate', 'joins'] as const) {
    const value = query[name]
    if (value === undefined || (name === 'joins' && value === 'false')) continue
    if (!isNested(value)) problems.push(`${name} must name fields, such as ${name}[field]=true, not '${display(value)}'`)
  }
  const codes = config.localization ? config.localization.localeCodes : []
  if (query.locale !== undefined && !(typeof query.locale === 'string' && [...codes, 'all', '*'].includes(query.locale))) {
    problems.push(`locale must be one of ${[...codes, 'all'].join(', ')}, not '${display(query.locale)}'`)
  }
  for (const name of ['fallback-locale', 'fallbackLocale'] as const) {
    const value = query[name]
    if (value !== undefined && !(typeof value === 'string' && [...codes, 'none', 'false', 'null'].includes(value))) {
      problems.push(`${name} must be one of ${[...codes, 'none'].join(', ')}, not '${display(value)}'`)
    }
  }
  return problems.filter((p): p is string => p !== undefined)
}
