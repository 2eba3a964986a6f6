import type { Server } from 'node:http'

import type { RequestHandler } from 'express'
import next from 'next'
import type { Logger } from 'pino'

import type { Env } from '../config/env'
import { allowedDevOrigins, localAddresses } from './devOrigins'

/**
 * Where next.config.mjs finds `allowedDevOrigins`. Next reads its config file itself (a custom
 * server's `conf` is ignored by Next 16's router), in this process, during `prepare()`: the server
 * computes the list from the validated environment and leaves it here first.
 */
export const DEV_ORIGINS_KEY = Symbol.for('newsroom.allowedDevOrigins')

/**
 * Development: compile the admin route now rather than on the first visit (30–70 s on a small
 * machine). One request to /admin, in the background; the outcome is logged, a failure as an error.
 * Answers when the request is done (callers do not wait for it).
 */
export async function warmUpAdmin(baseUrl: string, logger: Logger, timeoutMs = 5 * 60_000): Promise<void> {
  const url = `${baseUrl}/admin`
  const started = performance.now()
  logger.info({ url }, 'compiling the admin in the background (first development start)')
  try {
    // Without a session /admin redirects to the sign-in page: compiling the route is what counts.
    const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
    await res.arrayBuffer()
    const ms = Math.round(performance.now() - started)
    if (res.status >= 500) logger.error({ url, status: res.status, ms }, 'the admin failed to compile: see the error above')
    else logger.info({ url, status: res.status, ms }, 'admin compiled and ready')
  } catch (error) {
    logger.error({ err: error, url, ms: Math.round(performance.now() - started) }, 'the admin warm-up request failed')
  }
}

/** Next (the Payload admin and public pages) prepared behind our Express server. */
export async function prepareNext(options: { dev: boolean; dir: string; env: Pick<Env, 'host' | 'port' | 'publicUrl'> }) {
  const { dev, dir, env } = options
  if (dev) (globalThis as Record<symbol, unknown>)[DEV_ORIGINS_KEY] = allowedDevOrigins(env, localAddresses())
  const app = next({ dev, dir, hostname: env.host, port: env.port, turbopack: dev })
  await app.prepare()
  const handle = app.getRequestHandler()
  const handler: RequestHandler = (req, res) => handle(req, res)
  return {
    handler,
    /** Development: Next's HMR websocket shares our HTTP server. */
    attachUpgrades(server: Server) {
      if (!dev) return
      const upgrade = app.getUpgradeHandler()
      server.on('upgrade', (req, socket, head) => {
        if (req.url?.startsWith('/_next/')) void upgrade(req, socket, head)
      })
    },
    close: () => app.close(),
  }
}
