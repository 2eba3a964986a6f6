import type { Server } from 'node:http'

import type { RequestHandler } from 'express'
import next from 'next'

/** Next (the Payload admin and public pages) prepared behind our Express server. */
export async function prepareNext(options: { dev: boolean; dir: string; hostname: string; port: number }) {
  const app = next({ dev: options.dev, dir: options.dir, hostname: options.hostname, port: options.port, turbopack: options.dev })
  await app.prepare()
  const handle = app.getRequestHandler()
  const handler: RequestHandler = (req, res) => handle(req, res)
  return {
    handler,
    /** Development: Next's HMR websocket shares our HTTP server. */
    attachUpgrades(server: Server) {
      if (!options.dev) return
      const upgrade = app.getUpgradeHandler()
      server.on('upgrade', (req, socket, head) => {
        if (req.url?.startsWith('/_next/')) void upgrade(req, socket, head)
      })
    },
    close: () => app.close(),
  }
}
