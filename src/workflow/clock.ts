import type { Payload } from 'payload'

/** The one source of "now" for time-dependent rules (embargo, scheduling). Tests inject their own. */
export type Clock = { now(): Date }

export const systemClock: Clock = { now: () => new Date() }

/** A clock tests can set and move: `clock.set(date)`, `clock.advance(ms)`. */
export type ManualClock = Clock & { set(date: Date): void; advance(ms: number): void }

export function manualClock(start: Date = new Date()): ManualClock {
  let current = start.getTime()
  return {
    now: () => new Date(current),
    set: (date) => {
      current = date.getTime()
    },
    advance: (ms) => {
      current += ms
    },
  }
}

/** The clock configured for this Payload instance (`config.custom.clock`), or the system clock. */
export function clockOf(payload: Pick<Payload, 'config'>): Clock {
  const custom = payload.config.custom as { clock?: Clock } | undefined
  return custom?.clock ?? systemClock
}
