import { createHash } from 'node:crypto'

import type { ClientRateLimitInfo, Store } from 'express-rate-limit'
import type { Logger } from 'pino'

import type { Env } from '../config/env'
import { everyFewSeconds } from './logOften'
import { redisSender, type RedisSend } from './redis'

export type LimitDeps = { env: Pick<Env, 'redisUrl' | 'databaseUri'>; logger: Logger }

/** A counter's value: hits in its current window, and when that window ends. */
export type Count = { totalHits: number; resetTime: Date }

/**
 * Hits (INCRBY), and the window started on the first hit (or on a key that somehow has no expiry,
 * so a counter can never live for ever). Sent whole each time: nothing has to be loaded into Redis
 * first, so a Redis that restarted needs nothing re-done.
 */
const INCREMENT = "local n = redis.call('INCRBY', KEYS[1], ARGV[2]) local t = redis.call('PTTL', KEYS[1]) if t < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) t = tonumber(ARGV[1]) end return { n, t }"
/** Take one hit back, never below zero and never creating a key (a DECR on a missing key would, without expiry). */
const DECREMENT = "local n = tonumber(redis.call('GET', KEYS[1])) if n and n > 0 then redis.call('DECR', KEYS[1]) end return 0"
const READ = "return { redis.call('GET', KEYS[1]), redis.call('PTTL', KEYS[1]) }"

/** The part of an install that keeps two installs sharing one Redis apart: a hash of its DATABASE_URI. */
export const installOf = (env: Pick<Env, 'databaseUri'>): string => createHash('sha256').update(env.databaseUri).digest('hex').slice(0, 12)

/** While Redis is away every limiter of the process fails over on every request: one line per 10 s, with the count. */
const fallbackLogs = new WeakMap<Logger, (error: unknown) => void>()
function logFallback(logger: Logger, error: unknown): void {
  let log = fallbackLogs.get(logger)
  if (!log) {
    log = everyFewSeconds(10, (err: unknown, occurrences: number) =>
      logger.error({ err, occurrences }, "rate limits: Redis did not answer; counting in this process's memory until it does"),
    )
    fallbackLogs.set(logger, log)
  }
  log(error)
}

/**
 * Fixed-window counters, the one store design of every limit (agency API keys, wrong API keys,
 * sign-up form, sign-in): a window starts at a key's first hit and lasts `windowMs`.
 *
 * With REDIS_URL the counters live in Redis, shared by every process, under
 * `rl:<area>:<install>:<key>`. If Redis does not answer, this instance counts in its own memory
 * instead (logged, at most once per 10 s): a limit must still hold during an outage, above all the
 * sign-in limits, where failing open would let an attacker guess passwords unthrottled. What was
 * counted in memory is not carried over when Redis answers again.
 *
 * Implements express-rate-limit's `Store`, so the same object serves the limiters built on it.
 */
export class Counters implements Store {
  readonly localKeys = false
  readonly prefix: string
  private readonly memory = new Map<string, { hits: number; resetAt: number }>()
  private nextSweep = 0
  private readonly send: RedisSend | undefined

  /** `area`: the limit's name in Redis keys (`feed`, `subscribe:ip`, `signin:ip`…). */
  constructor(
    private readonly deps: LimitDeps,
    area: string,
    readonly windowMs: number,
  ) {
    const [head, ...rest] = area.split(':')
    this.prefix = `rl:${[head, installOf(deps.env), ...rest].join(':')}:`
    this.send = deps.env.redisUrl ? redisSender(deps.env.redisUrl, deps.logger) : undefined
  }

  /** Count `by` hits (one by default) for `key`. */
  async increment(key: string, by = 1): Promise<Count> {
    return this.shared(
      async (send) => {
        const [hits, ttl] = ((await send(['EVAL', INCREMENT, '1', this.prefix + key, String(this.windowMs), String(by)])) as unknown[]).map(Number)
        return { totalHits: hits, resetTime: new Date(Date.now() + ttl) }
      },
      () => {
        const entry = this.live(key) ?? { hits: 0, resetAt: Date.now() + this.windowMs }
        entry.hits += by
        this.memory.set(key, entry)
        return { totalHits: entry.hits, resetTime: new Date(entry.resetAt) }
      },
    )
  }

  /** Take back one hit (a request that turned out not to count). */
  async decrement(key: string): Promise<void> {
    await this.shared(
      async (send) => {
        await send(['EVAL', DECREMENT, '1', this.prefix + key])
      },
      () => {
        const entry = this.live(key)
        if (entry && entry.hits > 0) entry.hits -= 1
      },
    )
  }

  /** The current count, or undefined when the key has no live window. */
  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    return this.shared(
      async (send) => {
        const [value, ttl] = (await send(['EVAL', READ, '1', this.prefix + key])) as [string | null, number]
        return value === null ? undefined : { totalHits: Number(value), resetTime: new Date(Date.now() + Math.max(0, Number(ttl))) }
      },
      () => {
        const entry = this.live(key)
        return entry ? { totalHits: entry.hits, resetTime: new Date(entry.resetAt) } : undefined
      },
    )
  }

  /** Forget `key`'s window. */
  async resetKey(key: string): Promise<void> {
    await this.shared(
      async (send) => {
        await send(['DEL', this.prefix + key])
      },
      () => {
        this.memory.delete(key)
      },
    )
  }

  /** Start a fresh window for `key` holding one hit (a mark that lasts `windowMs` from now). */
  async restart(key: string): Promise<void> {
    await this.shared(
      async (send) => {
        await send(['SET', this.prefix + key, '1', 'PX', String(this.windowMs)])
      },
      () => {
        this.memory.set(key, { hits: 1, resetAt: Date.now() + this.windowMs })
      },
    )
  }

  private async shared<T>(inRedis: (send: RedisSend) => Promise<T>, inMemory: () => T): Promise<T> {
    if (this.send) {
      try {
        return await inRedis(this.send)
      } catch (error) {
        logFallback(this.deps.logger, error)
      }
    }
    return inMemory()
  }

  /** The key's entry if its window is still open; expired entries are swept once per window. */
  private live(key: string): { hits: number; resetAt: number } | undefined {
    const now = Date.now()
    if (now >= this.nextSweep) {
      for (const [k, entry] of this.memory) if (entry.resetAt <= now) this.memory.delete(k)
      this.nextSweep = now + this.windowMs
    }
    const entry = this.memory.get(key)
    if (entry && entry.resetAt <= now) {
      this.memory.delete(key)
      return undefined
    }
    return entry
  }
}
