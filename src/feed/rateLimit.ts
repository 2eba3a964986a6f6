import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

import { Counters } from '../limits/counters'
import { errorBody } from '../server/errors'
import type { FeedDeps } from './types'

export const RATE_LIMIT_WINDOW_MS = 60_000

/**
 * Per-key rate limit for the key-protected feed routes (after `requireApiKey`): each client gets its
 * own `rateLimitPerMinute` in a fixed one-minute window, keyed by client id. Over the limit: 429 with
 * `Retry-After` (seconds), the IETF `RateLimit`/`RateLimit-Policy` headers (draft 8) on every
 * response, and `{ errors: [{ message }] }`.
 *
 * Counters (src/limits/counters.ts) live in memory (per process) unless REDIS_URL is set; then every
 * process shares them in Redis under `rl:feed:<install>:<client id>`. If Redis does not answer, this
 * process counts in its own memory meanwhile (logged): the limit still holds, per process.
 */
export function rateLimitPerClient(deps: FeedDeps): RequestHandler {
  const { logger } = deps
  return rateLimit({
    windowMs: RATE_LIMIT_WINDOW_MS,
    limit: (req) => req.apiClient?.rateLimitPerMinute ?? 60,
    keyGenerator: (req) => {
      if (!req.apiClient) throw new Error('rateLimitPerClient must run after requireApiKey')
      return String(req.apiClient.id)
    },
    identifier: 'per-key',
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: new Counters(deps, 'feed', RATE_LIMIT_WINDOW_MS),
    logger: {
      error: (error, message) => logger.error({ err: error }, message ?? 'rate limit error'),
      warn: (error, message) => logger.warn({ err: error }, message ?? 'rate limit warning'),
    },
    // The key is the client, not the address: the address checks do not apply.
    validate: { ip: false, trustProxy: false, xForwardedForHeader: false, forwardedHeader: false, keyGeneratorIpFallback: false },
    handler: (req, res, _next, options) => {
      const limit = req.apiClient?.rateLimitPerMinute
      res.status(options.statusCode).json(errorBody(`Rate limit exceeded: ${limit} requests per minute for this key. Retry after ${res.getHeader('Retry-After') ?? 60} seconds.`))
    },
  })
}
