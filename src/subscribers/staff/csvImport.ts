import { CsvError, parse } from 'csv-parse/sync'
import { APIError } from 'payload'

import { contentCollections, frequencies, locales, type ContentCollectionSlug, type Frequency, type Locale } from '../../domain'
import type { Topic } from '../../payload-types'
import { normalizeEmailAddress } from '../../email/addresses'
import { importColumns, LIST_SEPARATOR, type ImportColumn } from './csvColumns'

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
export const MAX_IMPORT_ROWS = 50_000
/** How many problems a refused file lists (the total is given too). */
export const MAX_LISTED_PROBLEMS = 100
const MAX_TEXT_LENGTH = 300

export const tooLargeMessage = `The CSV file is too large: at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB and ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows per import. Split it into smaller files.`

/** One problem in the file: `row` is the line number (the header is line 1). */
export type ImportProblem = { row: number; field: string | null; message: string }

/** What a row sets; a column left out of the file, or an empty cell, leaves the value as it is. */
export type ImportPreferences = {
  name?: string
  outlet?: string
  country?: string
  language?: Locale
  topics?: Topic['id'][]
  contentTypes?: ContentCollectionSlug[]
  frequency?: Frequency
  accredited?: boolean
}

export type ImportRow = { row: number; email: string; preferences: ImportPreferences }

export type ParsedImport = { rows: ImportRow[]; problems: ImportProblem[] }

/** An email as Payload's email field accepts it (same expression), so a valid row never fails on write. */
const emailPattern =
  /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i

/** Spreadsheet spellings of yes and no, in the order the error message lists them. */
const booleanWords: readonly (readonly [string, boolean])[] = [
  ['true', true],
  ['false', false],
  ['1', true],
  ['0', false],
  ['yes', true],
  ['no', false],
  ['có', true],
  ['không', false],
]
const booleans = new Map(booleanWords)

const columnByLowerName = new Map<string, ImportColumn>(importColumns.map((c) => [c.toLowerCase(), c]))

const oneOf = <T extends string>(allowed: readonly T[], value: string): T | undefined => allowed.find((a) => a === value)

/** Split a `;` list, dropping empty parts and repeats. */
const listOf = (cell: string): string[] => [...new Set(cell.split(LIST_SEPARATOR).map((p) => p.trim()).filter(Boolean))]

type Cells = Partial<Record<ImportColumn, string>>

function readRow(row: number, cells: Cells, topicIdsBySlug: ReadonlyMap<string, Topic['id']>, problems: ImportProblem[]): ImportRow | null {
  const before = problems.length
  const problem = (field: ImportColumn, message: string) => problems.push({ row, field, message })
  const preferences: ImportPreferences = {}

  const email = normalizeEmailAddress(cells.email ?? '')
  if (!email) problem('email', 'Email is required')
  else if (!emailPattern.test(email)) problem('email', `"${cells.email}" is not a valid email address`)

  for (const field of ['name', 'outlet', 'country'] as const) {
    const value = cells[field]
    if (!value) continue
    if (value.length > MAX_TEXT_LENGTH) problem(field, `Longer than ${MAX_TEXT_LENGTH} characters`)
    else preferences[field] = value
  }
  if (cells.language) {
    const language = oneOf(locales, cells.language.toLowerCase())
    if (language) preferences.language = language
    else problem('language', `"${cells.language}" is not one of: ${locales.join(', ')}`)
  }
  if (cells.frequency) {
    const frequency = oneOf(frequencies, cells.frequency.toLowerCase())
    if (frequency) preferences.frequency = frequency
    else problem('frequency', `"${cells.frequency}" is not one of: ${frequencies.join(', ')}`)
  }
  if (cells.topics) {
    const wanted = listOf(cells.topics.toLowerCase())
    const unknown = wanted.filter((slug) => !topicIdsBySlug.has(slug))
    if (unknown.length) problem('topics', `Unknown topic ${unknown.map((s) => `"${s}"`).join(', ')} (use topic slugs separated by "${LIST_SEPARATOR}")`)
    else preferences.topics = wanted.map((slug) => topicIdsBySlug.get(slug) as Topic['id'])
  }
  if (cells.contentTypes) {
    const wanted = listOf(cells.contentTypes.toLowerCase())
    const unknown = wanted.filter((type) => !oneOf(contentCollections, type))
    if (unknown.length) problem('contentTypes', `Unknown content type ${unknown.map((s) => `"${s}"`).join(', ')} (allowed: ${contentCollections.join(', ')})`)
    else preferences.contentTypes = wanted as ContentCollectionSlug[]
  }
  if (cells.accredited) {
    const value = booleans.get(cells.accredited.toLowerCase())
    if (value === undefined) problem('accredited', `"${cells.accredited}" is not one of: ${[...booleans.keys()].join(', ')}`)
    else preferences.accredited = value
  }
  return problems.length === before ? { row, email, preferences } : null
}

/**
 * Read and check a whole subscriber CSV (UTF-8, comma-separated, header row) without touching the
 * database: every problem in every row is collected, so the caller can refuse the file as a whole.
 * Duplicate addresses (after normalization) are problems too. More than MAX_IMPORT_ROWS rows: 413.
 */
export function parseSubscriberCsv(text: string, topicIdsBySlug: ReadonlyMap<string, Topic['id']>): ParsedImport {
  const problems: ImportProblem[] = []
  let header: string[] = []
  let records: { record: Record<string, string>; info: { lines: number } }[]
  try {
    records = parse(text.normalize('NFC'), {
      bom: true,
      columns: (names: string[]) => {
        header = names.map((n) => n.trim())
        return header.map((n) => columnByLowerName.get(n.toLowerCase()) ?? n)
      },
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
      info: true,
    }) as typeof records
  } catch (error) {
    if (error instanceof CsvError) {
      const lines: unknown = Reflect.get(error, 'lines')
      const row = typeof lines === 'number' ? lines : 1
      return { rows: [], problems: [{ row, field: null, message: `The file is not valid CSV: ${error.message}` }] }
    }
    throw error
  }

  const unknownColumns = header.filter((n) => !columnByLowerName.has(n.toLowerCase()))
  for (const name of unknownColumns) problems.push({ row: 1, field: name, message: `Unknown column "${name}" (allowed: ${importColumns.join(', ')})` })
  if (!header.some((n) => n.toLowerCase() === 'email')) problems.push({ row: 1, field: 'email', message: 'The header row has no "email" column' })
  if (problems.length) return { rows: [], problems }
  if (records.length > MAX_IMPORT_ROWS) throw new APIError(tooLargeMessage, 413, null, true)

  const rows: ImportRow[] = []
  const firstRowOf = new Map<string, number>()
  for (const { record, info } of records) {
    const parsed = readRow(info.lines, record as Cells, topicIdsBySlug, problems)
    if (!parsed) continue
    const first = firstRowOf.get(parsed.email)
    if (first !== undefined) {
      problems.push({ row: parsed.row, field: 'email', message: `${parsed.email} is already in row ${first}` })
      continue
    }
    firstRowOf.set(parsed.email, parsed.row)
    rows.push(parsed)
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ row: 1, field: null, message: 'The file has no subscriber rows' })
  return { rows, problems }
}
