import { createClient } from 'redis'
import type { Logger } from 'pino'

import { everyFewSeconds } from './logOften'

/** How long a command waits for Redis to (re)connect before it fails (and the caller counts in memory). */
const CONNECT_TIMEOUT_MS = 1_000
/** After such a wait failed, commands fail at once for this long instead of waiting again. */
const RETRY_AFTER_MS = 5_000

/** The part of a node-redis client used here. */
type Client = {
  readonly isOpen: boolean
  readonly isReady: boolean
  connect(): Promise<unknown>
  sendCommand(args: string[]): Promise<unknown>
  close(): Promise<void>
  destroy(): void
}
/** `downUntil`: after a failed wait, commands skip waiting for Redis until then (performance.now()). */
type Shared = { client: Client; ready: Promise<unknown> | null; downUntil: number }

/** Sends one Redis command (`['INCR', key]`) on the process's connection for one URL. */
export type RedisSend = (args: string[]) => Promise<unknown>

/** The process's Redis connections: one per URL, opened on first use, closed by closeRedis(). */
const connections = new Map<string, Shared>()

function connectionFor(url: string, logger: Logger): Shared {
  let shared = connections.get(url)
  if (!shared) {
    const client = createClient({
      url,
      // Fail fast while Redis is away (callers then count in memory) instead of queueing commands.
      disableOfflineQueue: true,
      socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(200 * 2 ** retries, 5_000) },
    })
    // node-redis reports every failed reconnection: one line per minute during an outage is enough.
    const logError = everyFewSeconds(60, (error: unknown, occurrences: number) => logger.warn({ err: error, occurrences }, 'Redis connection error'))
    client.on('error', logError)
    shared = { client, ready: null, downUntil: 0 }
    connections.set(url, shared)
  }
  return shared
}

async function send(shared: Shared, args: string[]): Promise<unknown> {
  if (!shared.client.isOpen) {
    shared.ready ??= shared.client.connect().catch((error: unknown) => {
      shared.ready = null
      throw error
    })
  }
  if (!shared.client.isReady) {
    if (performance.now() < shared.downUntil) throw new Error('Redis is unreachable')
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis not ready within ${CONNECT_TIMEOUT_MS} ms`)), CONNECT_TIMEOUT_MS)
    })
    try {
      await Promise.race([shared.ready, timeout])
    } catch (error) {
      shared.downUntil = performance.now() + RETRY_AFTER_MS
      throw error
    } finally {
      clearTimeout(timer)
    }
  }
  return shared.client.sendCommand(args)
}

/**
 * The one way this process talks to Redis (REDIS_URL): every limiter shares one connection per URL,
 * connected on the first command (a process that never needs Redis never connects). A command
 * fails within about a second while Redis is away, and at once for the next few seconds after that.
 */
export function redisSender(url: string, logger: Logger): RedisSend {
  return (args) => send(connectionFor(url, logger), args)
}

/** Close every Redis connection of the process (at shutdown: src/db/close.ts). A later command opens a new one. */
export async function closeRedis(): Promise<void> {
  const all = [...connections.values()]
  connections.clear()
  await Promise.all(
    all.map(async ({ client }) => {
      // A client still trying to reach Redis has nothing to finish: stop its reconnection loop.
      if (client.isReady) await client.close()
      else if (client.isOpen) client.destroy()
    }),
  )
}
