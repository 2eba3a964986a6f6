import { isOpenAt, localTimeOf, nextOpeningAfter, noticeActiveAt, openingProblem, openingWindows, screenOnline } from '../../../src/displays/schedule'

/** The displays' time rules: opening hours in Vietnam's time (UTC+7), the urgent notice's window, online status. */

// Saturday 5 December 2026, 10:00 in Vietnam.
const saturday10 = new Date('2026-12-05T03:00:00Z')
const hours = [
  { day: 'mon' as const, from: '07:00', to: '17:00' },
  { day: 'sat' as const, from: '07:30', to: '11:30' },
  { day: 'sat' as const, from: '13:30', to: '24:00' },
  { day: 'sun' as const, from: '00:00', to: '06:00' },
]

test('opening windows are absolute instants from local midnight, per weekday, joined across midnight', () => {
  const windows = openingWindows(hours, saturday10, 3)
  expect(windows).toEqual([
    { from: '2026-12-05T00:30:00.000Z', until: '2026-12-05T04:30:00.000Z' },
    // Saturday 13:30 until Sunday 06:00, Vietnam time: one window.
    { from: '2026-12-05T06:30:00.000Z', until: '2026-12-05T23:00:00.000Z' },
    { from: '2026-12-07T00:00:00.000Z', until: '2026-12-07T10:00:00.000Z' },
  ])
  expect(isOpenAt(windows, saturday10)).toBe(true)
  expect(isOpenAt(windows, new Date('2026-12-05T05:00:00Z'))).toBe(false) // 12:00, lunch
  expect(isOpenAt(windows, new Date('2026-12-05T04:30:00Z'))).toBe(false) // 11:30 exactly: closed
  expect(nextOpeningAfter(windows, new Date('2026-12-05T05:00:00Z'))).toEqual(new Date('2026-12-05T06:30:00Z'))
  expect(localTimeOf(new Date('2026-12-05T06:30:00Z'))).toBe('13:30')
})

test('a day that starts in UTC the day before still counts as its Vietnamese weekday', () => {
  // Monday 00:30 in Vietnam is Sunday 17:30 UTC.
  const windows = openingWindows([{ day: 'mon', from: '00:00', to: '01:00' }], new Date('2026-12-06T17:30:00Z'), 1)
  expect(windows).toEqual([{ from: '2026-12-06T17:00:00.000Z', until: '2026-12-06T18:00:00.000Z' }])
})

test('no hours means always open; malformed or reversed rows are named and ignored', () => {
  expect(openingWindows([], saturday10)).toBeNull()
  expect(isOpenAt(null, saturday10)).toBe(true)
  expect(nextOpeningAfter(null, saturday10)).toBeUndefined()
  expect([openingProblem({ from: '7:00', to: '17:00' }), openingProblem({ from: '07:00', to: '25:00' }), openingProblem({ from: '17:00', to: '07:00' }), openingProblem({ from: '24:00', to: '24:00' }), openingProblem({ from: '00:00', to: '24:00' })]).toEqual([
    'from',
    'to',
    'order',
    'from',
    undefined,
  ])
})

test('the urgent notice is active from its start until its end (end excluded); open-ended on either side', () => {
  const notice = { from: '2026-12-05T02:00:00Z', until: '2026-12-05T04:00:00Z' }
  expect(noticeActiveAt(notice, new Date('2026-12-05T01:59:59Z'))).toBe(false)
  expect(noticeActiveAt(notice, new Date('2026-12-05T02:00:00Z'))).toBe(true)
  expect(noticeActiveAt(notice, new Date('2026-12-05T03:59:59Z'))).toBe(true)
  expect(noticeActiveAt(notice, new Date('2026-12-05T04:00:00Z'))).toBe(false)
  expect(noticeActiveAt({ from: null, until: null }, saturday10)).toBe(true)
  expect(noticeActiveAt({ until: '2026-12-05T04:00:00Z' }, saturday10)).toBe(true)
})

test('a screen is online when seen in the last 2 minutes', () => {
  expect(screenOnline(null, saturday10)).toBe(false)
  expect(screenOnline('2026-12-05T02:58:00Z', saturday10)).toBe(true)
  expect(screenOnline('2026-12-05T02:57:59Z', saturday10)).toBe(false)
})
