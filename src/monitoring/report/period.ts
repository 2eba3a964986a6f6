/**
 * The period a press report covers, and the one before it that its trend compares against. Days
 * are Vietnam's (UTC+7, no daylight saving): a report "for December" counts what was published
 * from 1 December 00:00 to 31 December 24:00 in Quảng Trị, whatever the server's time zone.
 *
 * Asked for as a week (Monday to Sunday) or a month containing a date, or as any span of whole
 * days (`from`–`to`, both included). The previous period is the week or month before, or for a
 * span the same number of days just before it.
 */

export const VIETNAM_OFFSET_MS = 7 * 3_600_000
const DAY_MS = 86_400_000
/** The longest span one report covers: beyond it a report reads too much at once to be useful. */
export const MAX_REPORT_DAYS = 366

export type PeriodKind = 'week' | 'month' | 'span'
export const periodKinds = ['week', 'month', 'span'] as const satisfies readonly PeriodKind[]

export type Span = {
  /** The first day, `YYYY-MM-DD` (Vietnam). */
  from: string
  /** The last day, included, `YYYY-MM-DD` (Vietnam). */
  to: string
  /** The instant the first day starts. */
  start: Date
  /** The instant after the last day ends (exclusive). */
  end: Date
}

export type ReportPeriod = { kind: PeriodKind; current: Span; previous: Span }

/** A report request that names an impossible period: the message says which parameter and why. */
export class PeriodError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PeriodError'
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH = /^(\d{4})-(\d{2})$/

/** Midnight (Vietnam) of a `YYYY-MM-DD` day, or null when it is not a real date. */
function dayStart(day: string): number | null {
  const m = DATE.exec(day)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const utc = Date.UTC(y, mo - 1, d)
  const check = new Date(utc)
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null
  return utc - VIETNAM_OFFSET_MS
}

/** The Vietnam day an instant falls on, `YYYY-MM-DD`. */
export const vietnamDay = (instant: Date | number | string): string => new Date(new Date(instant).getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)

function span(start: number, end: number): Span {
  return { from: vietnamDay(start), to: vietnamDay(end - 1), start: new Date(start), end: new Date(end) }
}

/** Start of the month `months` after the month of the Vietnam day `start` begins. */
function monthStart(start: number, months: number): number {
  const local = new Date(start + VIETNAM_OFFSET_MS)
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + months, 1) - VIETNAM_OFFSET_MS
}

function required(value: string | undefined, name: string, shape: string): string {
  if (value === undefined || value === '') throw new PeriodError(`"${name}" is required: ${shape}`)
  return value
}

/**
 * The period a request names. `now` gives the default date (today in Vietnam).
 * - `period=week` with `date=YYYY-MM-DD` (default today): the Monday-to-Sunday week containing it;
 * - `period=month` with `date=YYYY-MM` or `YYYY-MM-DD` (default this month);
 * - `period=span` (or no period with `from`/`to`): `from=YYYY-MM-DD`, `to=YYYY-MM-DD`, both included.
 */
export function reportPeriod(params: { period?: string; date?: string; from?: string; to?: string }, now: Date): ReportPeriod {
  const kind = params.period ?? (params.from || params.to ? 'span' : 'month')
  if (!(periodKinds as readonly string[]).includes(kind)) throw new PeriodError(`"period" must be one of: ${periodKinds.join(', ')}`)

  if (kind === 'span') {
    const fromText = required(params.from, 'from', 'the first day, YYYY-MM-DD')
    const toText = required(params.to, 'to', 'the last day (included), YYYY-MM-DD')
    const start = dayStart(fromText)
    if (start === null) throw new PeriodError(`"from" must be a date YYYY-MM-DD, got "${fromText}"`)
    const last = dayStart(toText)
    if (last === null) throw new PeriodError(`"to" must be a date YYYY-MM-DD, got "${toText}"`)
    if (last < start) throw new PeriodError(`"to" (${toText}) is before "from" (${fromText})`)
    const end = last + DAY_MS
    const days = Math.round((end - start) / DAY_MS)
    if (days > MAX_REPORT_DAYS) throw new PeriodError(`a report covers at most ${MAX_REPORT_DAYS} days; ${fromText} to ${toText} is ${days}`)
    return { kind: 'span', current: span(start, end), previous: span(start - days * DAY_MS, start) }
  }

  if (kind === 'week') {
    const dayText = params.date ?? vietnamDay(now)
    const day = dayStart(dayText)
    if (day === null) throw new PeriodError(`"date" must be a date YYYY-MM-DD for a week, got "${dayText}"`)
    // getUTCDay of the Vietnam date: 0 = Sunday, 1 = Monday; weeks start on Monday.
    const weekday = new Date(day + VIETNAM_OFFSET_MS).getUTCDay()
    const start = day - ((weekday + 6) % 7) * DAY_MS
    return { kind, current: span(start, start + 7 * DAY_MS), previous: span(start - 7 * DAY_MS, start) }
  }

  const monthText = params.date ?? vietnamDay(now).slice(0, 7)
  const asMonth = MONTH.exec(monthText)
  const anchor = asMonth ? dayStart(`${monthText}-01`) : dayStart(monthText)
  if (anchor === null) throw new PeriodError(`"date" must be a month YYYY-MM (or a day in it, YYYY-MM-DD), got "${monthText}"`)
  const start = monthStart(anchor, 0)
  return { kind: 'month', current: span(start, monthStart(anchor, 1)), previous: span(monthStart(anchor, -1), start) }
}
