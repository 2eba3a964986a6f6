import type { Locale } from '../../domain'

/** Every date in an email is shown in the province's time zone (UTC+7 all year, no daylight saving). */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh'
export const ZONE_LABEL = 'UTC+7'

const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

type Parts = { year: string; month: string; day: string; hour: string; minute: string }

function partsOf(date: Date): Parts {
  const out: Record<string, string> = {}
  for (const p of partsFormat.formatToParts(date)) out[p.type] = p.value
  return { year: out.year, month: out.month, day: out.day, hour: out.hour, minute: out.minute }
}

/** The calendar day: 01/12/2026 (vi, lo), 1 Dec 2026 (en). */
export function formatDate(date: Date, locale: Locale): string {
  const p = partsOf(date)
  return locale === 'en' ? `${Number(p.day)} ${englishMonths[Number(p.month) - 1]} ${p.year}` : `${p.day}/${p.month}/${p.year}`
}

/** Day and time with the zone: 09:00 ngày 01/12/2026 (UTC+7), 1 Dec 2026 09:00 (UTC+7), 01/12/2026 ເວລາ 09:00 (UTC+7). */
export function formatDateTime(date: Date, locale: Locale): string {
  const p = partsOf(date)
  const time = `${p.hour}:${p.minute}`
  const day = formatDate(date, locale)
  const text = locale === 'vi' ? `${time} ngày ${day}` : locale === 'lo' ? `${day} ເວລາ ${time}` : `${day} ${time}`
  return `${text} (${ZONE_LABEL})`
}

/** A period as days: one day (30/11/2026) or a range (24/11/2026 – 30/11/2026). The end is exclusive. */
export function formatPeriod(start: Date, end: Date, locale: Locale): string {
  const last = new Date(Math.max(start.getTime(), end.getTime() - 1))
  const from = formatDate(start, locale)
  const to = formatDate(last, locale)
  return from === to ? to : `${from} – ${to}`
}

/** A stored date (ISO string or Date) or undefined when absent or invalid. */
export function dateOf(value: unknown): Date | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? undefined : d
}
