import compression from 'compression'
import express, { type Express, type RequestHandler } from 'express'
import helmet from 'helmet'
import type { Payload } from 'payload'
import { pinoHttp } from 'pino-http'
import type { Logger } from 'pino'

import { signInRoutes } from '../auth/routes'
import type { Env } from '../config/env'
import { displayRoutes } from '../displays/router'
import { exhibitTileRoutes } from '../exhibitions/routes'
import { createFeedRouter } from '../feed/router'
import { siteRoutes } from '../site/router'
import { subscriptionRoutes } from '../subscribers/public/router'
import { adminSecurityHeaders } from './adminHeaders'
import { jsonApiHeaders } from './apiHeaders'
import { devFetchMetadata, devOriginUrls, localAddresses } from './devOrigins'
import { errorHandler, notFound } from './errors'
import { healthRoutes, type Readiness } from './health'
import { mediaFileHeaders } from './mediaHeaders'
import { payloadRoutes } from './payloadRoutes'

export type AppDeps = {
  payload: Payload
  env: Env
  logger: Logger
  readiness: Readiness
  /** Next's request handler (admin UI and pages); absent on API-only nodes and in tests. */
  nextHandler?: RequestHandler
}

/**
 * The HTTP entry point: security headers, compression and request logs, then our own routes (the
 * agency API at /feed/v1, the sign-up pages, the sign-in limits in front of Payload's login), then
 * Payload's REST and GraphQL, then Next for everything else.
 */
export function createApp({ payload, env, logger, readiness, nextHandler }: AppDeps): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', env.trustProxy)

  app.use(healthRoutes(payload, readiness))

  app.use(
    helmet({
      // Next's admin gets its own policy with a per-request nonce (adminHeaders.ts); media responses their own strict one.
      contentSecurityPolicy: false,
      crossOriginEmbedderPolicy: false,
    }),
  )
  app.use(compression())
  // Development over plain http on a LAN address: what the browser's missing Fetch Metadata would say.
  if (env.nodeEnv === 'development') app.use(devFetchMetadata(devOriginUrls(env, localAddresses())))
  app.use(
    pinoHttp({
      logger,
      autoLogging: { ignore: (req) => req.url?.startsWith('/_next/') === true || req.url === '/__nextjs_original-stack-frames' },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      },
    }),
  )

  app.use(['/api', '/feed/v1'], jsonApiHeaders)
  app.use('/feed/v1', createFeedRouter({ payload, env, logger }))
  app.use('/api/media/file', mediaFileHeaders)
  app.use(subscriptionRoutes({ payload, env, logger }))
  app.use(signInRoutes({ payload, env, logger }))
  app.use(exhibitTileRoutes({ payload, env }))
  // The public website: /, /{vi,en,lo}/…, sitemap.xml, robots.txt and its assets (src/site).
  app.use(siteRoutes({ payload, env, logger }))
  // The border-gate information points' screens: /displays/… (src/displays).
  app.use(displayRoutes({ payload, env, logger }))
  app.use(payloadRoutes(Promise.resolve(payload.config)))

  if (nextHandler) app.use(adminSecurityHeaders({ dev: !env.isProduction }), nextHandler)
  app.use(notFound)
  app.use(errorHandler(logger))
  return app
}
