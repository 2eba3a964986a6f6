import { createHash } from 'node:crypto'

import type { RequestHandler } from 'express'
import { rateLimit, type Options, type Store } from 'express-rate-limit'
import { RedisStore } from 'rate-limit-redis'
import { createClient } from 'redis'

import { errorBody } from '../server/errors'
import type { FeedDeps } from './types'

export const RATE_LIMIT_WINDOW_MS = 60_000
/** How long a request waits for Redis to (re)connect before it is let through unlimited. */
const REDIS_CONNECT_TIMEOUT_MS = 1_000
/** After such a wait failed, requests go through without waiting for this long. */
const REDIS_RETRY_AFTER_MS = 5_000

/** The part of a node-redis client the limiter uses. */
type Redis = {
  readonly isOpen: boolean
  readonly isReady: boolean
  connect(): Promise<unknown>
  sendCommand(args: string[]): Promise<unknown>
  close(): Promise<void>
  destroy(): void
}
/** `downUntil`: after a failed wait, requests skip waiting for Redis until then (performance.now()). */
type SharedRedis = { client: Redis; ready: Promise<unknown> | null; downUntil: number }

/** One Redis connection per URL for the whole process, opened on the first rate-limited request. */
const redisClients = new Map<string, SharedRedis>()

function redisFor(url: string, deps: FeedDeps): SharedRedis {
  let shared = redisClients.get(url)
  if (!shared) {
    const client = createClient({
      url,
      // Fail fast while Redis is away (the limiter then lets requests through; see passOnStoreError).
      disableOfflineQueue: true,
      socket: { connectTimeout: REDIS_CONNECT_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(200 * 2 ** retries, 5_000) },
    })
    client.on('error', (error: unknown) => deps.logger.warn({ err: error }, 'rate limit: Redis connection error'))
    shared = { client: client as unknown as Redis, ready: null, downUntil: 0 }
    redisClients.set(url, shared)
  }
  return shared
}

async function sendTo(shared: SharedRedis, args: string[]): Promise<unknown> {
  if (!shared.client.isOpen) shared.ready ??= shared.client.connect().catch((error: unknown) => {
    shared.ready = null
    throw error
  })
  if (!shared.client.isReady) {
    if (performance.now() < shared.downUntil) throw new Error('Redis is unreachable')
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis not ready within ${REDIS_CONNECT_TIMEOUT_MS} ms`)), REDIS_CONNECT_TIMEOUT_MS)
    })
    try {
      await Promise.race([shared.ready, timeout])
    } catch (error) {
      shared.downUntil = performance.now() + REDIS_RETRY_AFTER_MS
      throw error
    } finally {
      clearTimeout(timer)
    }
  }
  return shared.client.sendCommand(args)
}

/**
 * rate-limit-redis loads its Lua scripts in `init`, at start-up; this store creates it on the first
 * request instead (so a process connects to Redis only when the feed is used) and starts over after
 * a failure (a RedisStore whose script loading failed stays broken).
 */
class LazyRedisStore implements Store {
  localKeys = false
  private inner: RedisStore | undefined
  private options: Options | undefined

  constructor(
    readonly prefix: string,
    private readonly send: (args: string[]) => Promise<unknown>,
  ) {}

  init(options: Options): void {
    this.options = options
  }

  private async store(): Promise<RedisStore> {
    if (this.inner) return this.inner
    const store = new RedisStore({ prefix: this.prefix, sendCommand: (...args: string[]) => this.send(args) as Promise<never> })
    this.inner = store
    try {
      await store.init(this.options as Options)
    } catch (error) {
      if (this.inner === store) this.inner = undefined
      throw error
    }
    return store
  }

  async increment(key: string) {
    return (await this.store()).increment(key)
  }
  async decrement(key: string) {
    await (await this.store()).decrement(key)
  }
  async resetKey(key: string) {
    await (await this.store()).resetKey(key)
  }
  async get(key: string) {
    return (await this.store()).get(key)
  }
}

/**
 * Per-key rate limit for the key-protected feed routes (after `requireApiKey`): each client gets its
 * own `rateLimitPerMinute` in a fixed one-minute window, keyed by client id. Over the limit: 429 with
 * `Retry-After` (seconds), the IETF `RateLimit`/`RateLimit-Policy` headers (draft 8) on every
 * response, and `{ errors: [{ message }] }`.
 *
 * Counters live in memory (per process) unless REDIS_URL is set; then every process shares them in
 * Redis under `rl:feed:<database>:<client id>` (the database part keeps two installs that share a
 * Redis apart). If Redis is unreachable the request is let through and the error logged: an outage
 * of the limiter's store should not take the feed down.
 */
export function rateLimitPerClient(deps: FeedDeps): RequestHandler {
  const { env, logger } = deps
  let store: Store | undefined
  if (env.redisUrl) {
    const shared = redisFor(env.redisUrl, deps)
    const install = createHash('sha256').update(env.databaseUri).digest('hex').slice(0, 12)
    store = new LazyRedisStore(`rl:feed:${install}:`, (args) => sendTo(shared, args))
  }
  let lastLogged = -Infinity
  let suppressed = 0
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
    passOnStoreError: true,
    store,
    logger: {
      // During a Redis outage every request fails over: one log line per 10 s, with the count.
      error: (error, message) => {
        suppressed += 1
        if (performance.now() - lastLogged < 10_000) return
        logger.error({ err: error, occurrences: suppressed }, message ?? 'rate limit error')
        lastLogged = performance.now()
        suppressed = 0
      },
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

/** Close the Redis connections of the rate limiters. Call at shutdown (see src/feed/shutdown.ts). */
export async function closeRateLimitStores(): Promise<void> {
  const all = [...redisClients.values()]
  redisClients.clear()
  await Promise.all(
    all.map(async ({ client }) => {
      // A client still trying to reach Redis has nothing to finish: stop its reconnection loop.
      if (client.isReady) await client.close()
      else if (client.isOpen) client.destroy()
    }),
  )
}
