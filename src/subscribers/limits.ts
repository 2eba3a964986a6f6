/**
 * The sign-up form's limits. Their counters (src/limits/counters.ts) are in memory, or (REDIS_URL)
 * in Redis, shared by every process under `rl:subscribe:<install>:<ip|address>:<key>`, and in this
 * process's memory while Redis does not answer.
 */
import type { Request, RequestHandler, Response } from 'express'
import { rateLimit } from 'express-rate-limit'
import type { Logger } from 'pino'

import type { Env } from '../config/env'
import { emailHashOf } from '../email/addresses'
import { Counters } from '../limits/counters'

export const HOUR_MS = 3_600_000
export const DAY_MS = 24 * HOUR_MS

export type LimitDeps = { env: Env; logger: Logger }

/**
 * Per sending IP on POST /subscribe: `env.email.limitPerIpPerHour` requests an hour,
 * then 429 with Retry-After. `refuse` writes the answer (an HTML page or JSON).
 */
export function signupRateLimit(deps: LimitDeps, refuse: (req: Request, res: Response, retryAfterSeconds: number) => Promise<void>): RequestHandler {
  return rateLimit({
    windowMs: HOUR_MS,
    limit: deps.env.email.limitPerIpPerHour,
    identifier: 'subscribe',
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: new Counters(deps, 'subscribe:ip', HOUR_MS),
    logger: {
      error: (error, message) => deps.logger.error({ err: error }, message ?? 'subscription rate limit error'),
      warn: (error, message) => deps.logger.warn({ err: error }, message ?? 'subscription rate limit warning'),
    },
    handler: (req, res, next) => {
      refuse(req, res, Number(res.getHeader('Retry-After') ?? HOUR_MS / 1000)).catch(next)
    },
  })
}

/**
 * How many confirmation or notice emails one address may be sent per day
 * (`env.email.limitPerAddressPerDay`): `take` counts one and says whether it may go. Over the
 * limit nothing is sent and nobody is told (the page answers the same), so the form cannot be
 * used to flood someone's inbox.
 */
export type AddressBudget = { take(email: string): Promise<boolean> }

export function addressBudget(deps: LimitDeps): AddressBudget {
  const store = new Counters(deps, 'subscribe:address', DAY_MS)
  return {
    async take(email) {
      const { totalHits } = await store.increment(emailHashOf(email))
      return totalHits <= deps.env.email.limitPerAddressPerDay
    },
  }
}
