import type { Logger } from 'pino'
import type { Payload } from 'payload'

import type { Env } from '../config/env'
import { slugs } from '../domain'
import { emailHashOf } from '../email/addresses'
import { Counters } from '../limits/counters'
import type { Attempt } from './attempts'

export type SignInThrottleDeps = { payload: Payload; env: Env; logger: Logger }

const MINUTE_MS = 60_000
export const SIGN_IN_WINDOW_MS = 15 * MINUTE_MS
const HOUR_MS = 60 * MINUTE_MS
/** An address where an account signed in successfully stays "known" to it this long. */
export const KNOWN_ADDRESS_MS = 30 * 24 * HOUR_MS

/** Why a request is turned away, and when to come back. */
export type Refusal = { retryAfterSeconds: number; message: string }

/** Admitted attempts; `settle` is told which of them succeeded once Payload has answered. */
export type Admission = { settle(succeeded: readonly boolean[]): Promise<void> }

export type SignInThrottle = {
  admit(ip: string, attempts: readonly Attempt[]): Promise<{ refused: Refusal } | { admitted: Admission }>
}

const secondsUntil = (date: Date | undefined, fallbackMs: number) =>
  Math.max(1, Math.ceil(((date ? date.getTime() : Date.now() + fallbackMs) - Date.now()) / 1000))

const minutes = (seconds: number) => {
  const n = Math.max(1, Math.ceil(seconds / 60))
  return `${n} minute${n === 1 ? '' : 's'}`
}

/**
 * The sign-in limits in front of Payload's login and forgot-password (REST and GraphQL). The
 * reasoning is in the README ("Accounts and sign-in"); in short:
 *
 * - **Per address**: every login attempt and every reset request is charged to the client address
 *   (`req.ip`, so TRUST_PROXY decides whose X-Forwarded-For counts) up front; a login that succeeds
 *   is given back. Over `limitPerIpPer15Min` in 15 minutes: 429 until the window ends. The limit is
 *   below Payload's account lock, so one address cannot lock an account in a window.
 * - **Per account, without a lock-out tool**: an address where an account signed in successfully in
 *   the last 30 days is "known" to it and is never turned away for the account's sake. Any other
 *   address may try an account only while its failures in a row (Payload's own `loginAttempts`,
 *   reset by any successful sign-in or an admin's unlock) plus the attempts in flight stay within
 *   `limitPerAccount`. So distributed guessing gets that many guesses between two sign-ins of the
 *   owner, Payload's lock stays out of reach of addresses the owner never used, and the owner, at an
 *   address they use, still signs in.
 * - **Reset emails per account**: `resetLimitPerAccountPerHour`, then 429.
 *
 * Accounts appear in keys only as the SHA-256 of the address.
 */
export function createSignInThrottle(deps: SignInThrottleDeps): SignInThrottle {
  const { payload, env } = deps
  const limits = env.signIn
  const perAddress = new Counters(deps, 'signin:ip', SIGN_IN_WINDOW_MS)
  const inFlight = new Counters(deps, 'signin:inflight', SIGN_IN_WINDOW_MS)
  const resets = new Counters(deps, 'signin:reset', HOUR_MS)
  const known = new Counters(deps, 'signin:known', KNOWN_ADDRESS_MS)

  /** Payload's count of failed sign-ins in a row for an account (0 when there is no such account). */
  const failuresInARow = async (email: string): Promise<number> => {
    const user = await payload.db.findOne<{ id: number | string; loginAttempts?: number | null }>({
      collection: slugs.users,
      where: { email: { equals: email } },
      select: { loginAttempts: true },
    })
    return Number(user?.loginAttempts ?? 0)
  }

  return {
    async admit(ip, attempts) {
      // Per address: everything is charged first, so parallel requests cannot slip past the limit.
      const charged = await perAddress.increment(ip, attempts.length)
      if (charged.totalHits > limits.limitPerIpPer15Min) {
        const retryAfterSeconds = secondsUntil(charged.resetTime, SIGN_IN_WINDOW_MS)
        return { refused: { retryAfterSeconds, message: `Too many failed sign-in attempts from this address: try again in ${minutes(retryAfterSeconds)}.` } }
      }

      // Reset emails per account.
      for (const attempt of attempts) {
        if (attempt.kind !== 'forgotPassword' || !attempt.email) continue
        const sent = await resets.increment(emailHashOf(attempt.email))
        if (sent.totalHits > limits.resetLimitPerAccountPerHour) {
          const retryAfterSeconds = secondsUntil(sent.resetTime, HOUR_MS)
          return { refused: { retryAfterSeconds, message: `Too many password-reset requests for this account: try again in ${minutes(retryAfterSeconds)}.` } }
        }
      }

      // Per account, for addresses the account does not know.
      const unknownLogins = new Map<string, { email: string; count: number }>()
      for (const attempt of attempts) {
        if (attempt.kind !== 'login' || !attempt.email) continue
        const account = emailHashOf(attempt.email)
        const seen = unknownLogins.get(account)
        if (seen) seen.count += 1
        else if (!(await known.get(`${account}:${ip}`))) unknownLogins.set(account, { email: attempt.email, count: 1 })
      }
      const flying: [string, number][] = []
      const land = () => Promise.all(flying.splice(0).flatMap(([account, n]) => Array.from({ length: n }, () => inFlight.decrement(account))))
      for (const [account, { email, count }] of unknownLogins) {
        const now = await inFlight.increment(account, count)
        flying.push([account, count])
        if ((await failuresInARow(email)) + now.totalHits > limits.limitPerAccount) {
          await land()
          return {
            refused: {
              retryAfterSeconds: SIGN_IN_WINDOW_MS / 1000,
              message:
                'Too many failed sign-ins for this account: it can be signed in to only from a device that has signed in to it before, until its owner does or an administrator unlocks it.',
            },
          }
        }
      }

      return {
        admitted: {
          async settle(succeeded) {
            await land()
            for (const [i, attempt] of attempts.entries()) {
              if (attempt.kind !== 'login' || !succeeded[i]) continue
              // A successful sign-in is not charged, and makes this address known to the account.
              await perAddress.decrement(ip)
              if (attempt.email) await known.restart(`${emailHashOf(attempt.email)}:${ip}`)
            }
          },
        },
      }
    },
  }
}
