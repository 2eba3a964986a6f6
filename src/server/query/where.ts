import type { FlattenedField, SanitizedConfig } from 'payload'

import { resolvePath } from './fieldPaths'
import { conditionProblem } from './operators'

const MAX_NESTING = 8

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Problems with a `where` as qs parsed it: `and`/`or` hold lists of conditions; every other key is a
 * field path holding `{ operator: value }`. Paths that name no field are left to Payload, which
 * refuses them itself ("The following path cannot be queried") and also refuses the paths a user may
 * not read, in the same words, so both cases look alike from outside.
 */
export function whereProblems(config: SanitizedConfig, fields: readonly FlattenedField[], where: unknown, at = 'where', nesting = 0): string[] {
  if (!isObject(where)) return [`${at} must be a set of conditions such as ${at}[field][equals]=value, not '${typeof where === 'string' ? where : JSON.stringify(where)}'`]
  if (nesting > MAX_NESTING) return [`${at}: conditions nest deeper than ${MAX_NESTING} levels`]
  const problems: string[] = []
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const branches = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : undefined
      if (!branches) {
        problems.push(`${at}[${key}] must be a list of conditions such as ${at}[${key}][0][field][equals]=value`)
        continue
      }
      branches.forEach((branch, i) => problems.push(...whereProblems(config, fields, branch, `${at}[${key}][${i}]`, nesting + 1)))
      continue
    }
    if (!isObject(value)) {
      problems.push(`${at}[${key}] must name an operator, such as ${at}[${key}][equals]=value`)
      continue
    }
    const target = resolvePath(config, fields, key)
    if (!target) continue
    for (const [operator, operand] of Object.entries(value)) {
      const problem = conditionProblem(key, target, operator, operand)
      if (problem) problems.push(at === 'where' ? problem : problem.replace(/^where/, at))
    }
  }
  return problems
}

/** Problems with `sort`: one or more field paths, comma-separated or repeated, each optionally `-`-prefixed. */
export function sortProblems(config: SanitizedConfig, fields: readonly FlattenedField[], sort: unknown): string[] {
  const items = Array.isArray(sort) ? sort : [sort]
  if (items.length === 0) return ['sort: empty field name']
  const problems: string[] = []
  for (const item of items) {
    if (typeof item !== 'string') return [`sort must be field names, such as sort=-createdAt, not '${JSON.stringify(sort)}'`]
    for (const part of item.split(',')) {
      const path = part.trim().replace(/^-/, '')
      if (path === '') problems.push('sort: empty field name')
      else if (!resolvePath(config, fields, path)) problems.push(`sort: unknown field '${path}'`)
    }
  }
  return problems
}
