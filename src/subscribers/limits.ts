import { createHash } from 'node:crypto'

import type { Request, RequestHandler, Response } from 'express'
import { MemoryStore, rateLimit, type IncrementResponse, type Options, type Store } from 'express-rate-limit'
import type { Logger } from 'pino'
import { createClient } from 'redis'

import type { Env } from '../config/env'
import { emailHashOf } from '../email/addresses'

export const HOUR_MS = 3_600_000
export const DAY_MS = 24 * HOUR_MS
const REDIS_CONNECT_TIMEOUT_MS = 1_000

export type LimitDeps = { env: Env; logger: Logger }

/**
 * Fixed-window counters for the sign-up form, in memory or (REDIS_URL) in Redis, shared by every
 * process under `rl:subscribe:<install>:<name>:<key>`. One INCR+PEXPIRE script per hit, so nothing
 * has to be loaded into Redis first; while Redis is unreachable the counters fail open (logged).
 */
/** The part of a node-redis client these counters use. */
type RedisClient = {
  readonly isOpen: boolean
  readonly isReady: boolean
  connect(): Promise<unknown>
  sendCommand(args: string[]): Promise<unknown>
  close(): Promise<void>
  destroy(): void
}
const redisClients = new Map<string, { client: RedisClient; connecting: Promise<unknown> | null }>()

async function redisSend(url: string, logger: Logger, args: string[]): Promise<unknown> {
  let shared = redisClients.get(url)
  if (!shared) {
    const client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: REDIS_CONNECT_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(200 * 2 ** retries, 5_000) },
    })
    client.on('error', (error: unknown) => logger.warn({ err: error }, 'subscription limits: Redis connection error'))
    shared = { client: client as unknown as RedisClient, connecting: null }
    redisClients.set(url, shared)
  }
  const entry = shared
  if (!entry.client.isOpen) {
    entry.connecting = entry.client.connect().catch((error: unknown) => {
      entry.connecting = null
      throw error
    })
  }
  if (!entry.client.isReady && entry.connecting) {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis not ready within ${REDIS_CONNECT_TIMEOUT_MS} ms`)), REDIS_CONNECT_TIMEOUT_MS)
    })
    try {
      await Promise.race([entry.connecting, timeout])
    } finally {
      clearTimeout(timer)
    }
  }
  return entry.client.sendCommand(args)
}

const INCREMENT = "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return { n, redis.call('PTTL', KEYS[1]) }"

class RedisCounterStore implements Store {
  localKeys = false
  private windowMs = HOUR_MS

  constructor(
    readonly prefix: string,
    private readonly send: (args: string[]) => Promise<unknown>,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs
  }

  async increment(key: string): Promise<IncrementResponse> {
    const reply = (await this.send(['EVAL', INCREMENT, '1', this.prefix + key, String(this.windowMs)])) as [number, number]
    const [totalHits, ttl] = reply.map(Number)
    return { totalHits, resetTime: new Date(Date.now() + (ttl > 0 ? ttl : this.windowMs)) }
  }

  async decrement(key: string): Promise<void> {
    await this.send(['DECR', this.prefix + key])
  }

  async resetKey(key: string): Promise<void> {
    await this.send(['DEL', this.prefix + key])
  }
}

function counterStore({ env, logger }: LimitDeps, name: string, windowMs: number): Store {
  let store: Store
  if (env.redisUrl) {
    const url = env.redisUrl
    const install = createHash('sha256').update(env.databaseUri).digest('hex').slice(0, 12)
    store = new RedisCounterStore(`rl:subscribe:${install}:${name}:`, (args) => redisSend(url, logger, args))
  } else {
    store = new MemoryStore()
  }
  void store.init?.({ windowMs } as Options)
  return store
}

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
    passOnStoreError: true,
    store: counterStore(deps, 'ip', HOUR_MS),
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
  const store = counterStore(deps, 'address', DAY_MS)
  return {
    async take(email) {
      try {
        const { totalHits } = await store.increment(emailHashOf(email))
        return totalHits <= deps.env.email.limitPerAddressPerDay
      } catch (error) {
        // The store is away (Redis down): the IP limit still holds; let the email go rather than lose a sign-up.
        deps.logger.error({ err: error }, 'subscription address limit: counter unavailable, email allowed')
        return true
      }
    },
  }
}

/** Close the Redis connections of the sign-up limits (at shutdown, after the server stopped). */
export async function closeSignupLimitStores(): Promise<void> {
  const all = [...redisClients.values()]
  redisClients.clear()
  await Promise.all(
    all.map(async ({ client }) => {
      if (client.isReady) await client.close()
      else if (client.isOpen) client.destroy()
    }),
  )
}
