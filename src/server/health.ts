import { Router } from 'express'
import type { Payload } from 'payload'

import { slugs } from '../domain'

export type Readiness = { draining: boolean }

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
      }),
    ])
  } finally {
    clearTimeout(timer)
  }
}

/** `/healthz`: the process is up. `/readyz`: the database answers and the server is not draining. */
export function healthRoutes(payload: Payload, state: Readiness): Router {
  const router = Router()
  router.get('/healthz', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) })
  })
  router.get('/readyz', async (_req, res) => {
    res.set('cache-control', 'no-store')
    if (state.draining) {
      res.status(503).json({ status: 'unavailable', reason: 'shutting down' })
      return
    }
    const started = performance.now()
    try {
      await withTimeout(payload.count({ collection: slugs.users, overrideAccess: true }), 3_000)
      res.json({ status: 'ready', database: 'ok', latencyMs: Math.round(performance.now() - started) })
    } catch (error) {
      payload.logger.warn({ err: error }, 'readiness check: database did not answer')
      res.status(503).json({ status: 'unavailable', reason: 'database did not answer' })
    }
  })
  return router
}
