/**
 * The time rules of an information point's screens, as pure functions of "now": opening hours per
 * weekday in Vietnam's time, the urgent notice's window, and whether a screen is online.
 *
 * The screen itself does no calendar arithmetic: the playlist carries the next days' opening
 * windows as absolute instants (`openingWindows`), so a screen that is offline for hours still
 * closes and opens on time, and an urgent notice ends at its end time, with nothing but a clock.
 */

/** Asia/Ho_Chi_Minh: UTC+7 all year (Vietnam has no daylight saving time). */
export const DISPLAY_TIME_ZONE = 'Asia/Ho_Chi_Minh'
const OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof weekdays)[number]

/** One opening of a weekday, local "HH:MM" times; `to` may be "24:00". */
export type OpeningHours = { day: Weekday; from: string; to: string }
/** An absolute interval, ISO instants, `until` excluded. */
export type TimeWindow = { from: string; until: string }

export const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/

/** Minutes since local midnight of "HH:MM", or undefined when malformed. */
export function minutesOf(time: string): number | undefined {
  if (!TIME_OF_DAY.test(time)) return undefined
  const [h, m] = time.split(':').map(Number)
  return h * 60 + m
}

/** Why a row of opening hours is unusable, or undefined when it is fine. */
export function openingProblem(row: { from?: string | null; to?: string | null }): 'from' | 'to' | 'order' | undefined {
  const from = minutesOf(row.from ?? '')
  if (from === undefined || from >= 24 * 60) return 'from'
  const to = minutesOf(row.to ?? '')
  if (to === undefined) return 'to'
  return to > from ? undefined : 'order'
}

/** Local midnight (Vietnam) of the day `at` falls on, as an instant, and that day's weekday. */
function localDay(at: Date): { midnight: number; weekday: Weekday } {
  const local = at.getTime() + OFFSET_MS
  const midnightLocal = Math.floor(local / DAY_MS) * DAY_MS
  // 1970-01-01 was a Thursday (index 3 from Monday).
  const weekday = weekdays[(Math.floor(local / DAY_MS) + 3) % 7]
  return { midnight: midnightLocal - OFFSET_MS, weekday }
}

/**
 * The opening windows from local midnight of `now`'s day for `days` days, merged where they touch
 * (a 24:00 closing and a 00:00 opening). `null` when the point has no hours at all: always open.
 */
export function openingWindows(hours: readonly OpeningHours[], now: Date, days = 8): TimeWindow[] | null {
  const usable = hours.filter((h) => openingProblem(h) === undefined)
  if (usable.length === 0) return null
  const start = localDay(now).midnight
  const spans: [number, number][] = []
  for (let d = 0; d < days; d++) {
    const midnight = start + d * DAY_MS
    const { weekday } = localDay(new Date(midnight))
    for (const h of usable) {
      if (h.day !== weekday) continue
      spans.push([midnight + (minutesOf(h.from) as number) * 60_000, midnight + (minutesOf(h.to) as number) * 60_000])
    }
  }
  spans.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([...span])
  }
  return merged.map(([from, until]) => ({ from: new Date(from).toISOString(), until: new Date(until).toISOString() }))
}

/** Whether `at` is inside one of the windows (`null`: always open). */
export function isOpenAt(windows: readonly TimeWindow[] | null, at: Date): boolean {
  if (windows === null) return true
  const t = at.getTime()
  return windows.some((w) => Date.parse(w.from) <= t && t < Date.parse(w.until))
}

/** The next opening after `at`, if the windows hold one. */
export function nextOpeningAfter(windows: readonly TimeWindow[] | null, at: Date): Date | undefined {
  if (windows === null) return undefined
  const next = windows.find((w) => Date.parse(w.from) > at.getTime())
  return next ? new Date(next.from) : undefined
}

/** Local "HH:MM" (Vietnam) of an instant, for "opening at 07:00". */
export function localTimeOf(at: Date): string {
  const local = new Date(at.getTime() + OFFSET_MS)
  return `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`
}

export type NoticeWindow = { from?: string | null; until?: string | null }

/** An urgent notice is active from its start (or at once) until its end (or until removed), `until` excluded. */
export function noticeActiveAt(notice: NoticeWindow, at: Date): boolean {
  const t = at.getTime()
  if (notice.from && Date.parse(notice.from) > t) return false
  if (notice.until && Date.parse(notice.until) <= t) return false
  return true
}

/** Whether a notice is over for good at `at` (so the playlist need not carry it). */
export const noticeOver = (notice: NoticeWindow, at: Date): boolean => Boolean(notice.until && Date.parse(notice.until) <= at.getTime())

/** A screen reports every 30 s: seen in the last 2 minutes counts as online. */
export const ONLINE_WITHIN_MS = 2 * 60 * 1000

export function screenOnline(lastSeenAt: string | null | undefined, now: Date): boolean {
  if (!lastSeenAt) return false
  const age = now.getTime() - Date.parse(lastSeenAt)
  return age >= -ONLINE_WITHIN_MS && age <= ONLINE_WITHIN_MS
}
