import { validOperatorSet } from 'payload/shared'

import type { Target } from './fieldPaths'

/** The largest id a serial column holds (PostgreSQL `integer`); SQLite's are wider, but no id reaches this. */
export const MAX_ID = 2_147_483_647

type Kind = 'id' | 'textId' | 'text' | 'number' | 'date' | 'boolean' | 'choice' | 'relation' | 'polymorphic' | 'document' | 'structure' | 'point'

const compare = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const equality = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const textual = ['like', 'not_like', 'contains']

/** The operators each kind of column answers in Payload's SQL adapters; anything else fails in SQL. */
const operatorsOf: Record<Kind, readonly string[]> = {
  id: [...equality, ...compare],
  textId: [...equality, ...textual],
  text: [...equality, ...compare, ...textual, 'all'],
  number: [...equality, ...compare, 'all'],
  date: [...equality, ...compare],
  boolean: ['equals', 'not_equals', 'exists'],
  choice: [...equality, 'all'],
  relation: [...equality, 'all'],
  polymorphic: ['exists'],
  // JSON columns: PostgreSQL has no text operators on jsonb, and equality on a document means little.
  document: ['exists'],
  structure: ['exists'],
  point: ['equals', 'exists', 'near', 'within', 'intersects'],
}

function kindOf(target: Target): { kind: Kind; label: string; choices?: string[] } {
  if (target.kind === 'id') return target.text ? { kind: 'textId', label: 'an id' } : { kind: 'id', label: 'an id' }
  if (target.kind === 'relationTo') return { kind: 'choice', label: 'a collection name', choices: target.slugs }
  if (target.kind === 'polymorphic') return { kind: 'polymorphic', label: 'a relationship to several collections' }
  const field = target.field
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return { kind: 'text', label: `a ${field.type} field` }
    case 'number':
      return { kind: 'number', label: 'a number field' }
    case 'date':
      return { kind: 'date', label: 'a date field' }
    case 'checkbox':
      return { kind: 'boolean', label: 'a checkbox field' }
    case 'select':
    case 'radio':
      return {
        kind: 'choice',
        label: `a ${field.type} field`,
        choices: field.options.map((o) => (typeof o === 'string' ? o : o.value)),
      }
    case 'relationship':
    case 'upload':
      return { kind: 'relation', label: `a ${field.type} field` }
    case 'json':
    case 'richText':
      return { kind: 'document', label: `a ${field.type} field` }
    case 'point':
      return { kind: 'point', label: 'a point field' }
    default:
      return { kind: 'structure', label: `a ${field.type} field` }
  }
}

const isNumber = (v: string) => /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d{1,3})?$/i.test(v) && Number.isFinite(Number(v))
// A bound such as where[id][greater_than]=0 is a fair question: any whole number the column's type holds.
const isId = (v: string) => /^-?\d{1,10}$/.test(v) && Math.abs(Number(v)) <= MAX_ID

function isDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return false
  return !Number.isNaN(new Date(v).getTime())
}

/** The problem with one value for a column of this kind, or undefined when it fits. */
function valueProblem(kind: Kind, value: string, choices: string[] | undefined): string | undefined {
  switch (kind) {
    case 'id':
    case 'relation':
      return isId(value) ? undefined : `'${value}' is not an id (a whole number up to ${MAX_ID})`
    case 'number':
      return isNumber(value) ? undefined : `'${value}' is not a number`
    case 'date':
      return isDate(value) ? undefined : `'${value}' is not a date (ISO 8601, e.g. 2026-05-01T08:00:00Z)`
    case 'boolean':
      return value === 'true' || value === 'false' ? undefined : `'${value}' is not true or false`
    case 'choice':
      return choices?.includes(value) ? undefined : `'${value}' is not one of ${choices?.join(', ')}`
    default:
      return undefined
  }
}

const display = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value))

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value])

/**
 * Why `where[path][operator]=value` cannot be asked of this target, or undefined when it can. Values
 * arrive as qs parses them: strings, arrays of strings, or objects.
 */
export function conditionProblem(path: string, target: Target, operator: string, value: unknown): string | undefined {
  const at = `where[${path}][${operator}]`
  if (!validOperatorSet.has(operator as never)) return `${at}: '${operator}' is not an operator`
  const { kind, label, choices } = kindOf(target)
  const hasMany = target.kind === 'field' && 'hasMany' in target.field && target.field.hasMany === true
  // `all` reads a list column: only fields holding many values have one.
  const allowed = operatorsOf[kind].filter((op) => op !== 'all' || hasMany)
  if (!allowed.includes(operator)) return `${at}: '${operator}' does not apply to ${path} (${label}); use one of ${allowed.join(', ')}`
  if (operator === 'exists') return value === 'true' || value === 'false' ? undefined : `${at}: '${display(value)}' is not true or false`
  if (kind === 'point' || kind === 'polymorphic') return undefined
  const many = operator === 'in' || operator === 'not_in' || operator === 'all'
  const values = many ? list(value) : [value]
  for (const v of values) {
    if (typeof v !== 'string') return `${at}: expected ${many ? 'a list of values' : 'one value'}, not a nested object`
    const problem = valueProblem(kind, v, choices)
    if (problem) return `${at}: ${problem}`
  }
  return undefined
}
