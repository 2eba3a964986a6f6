import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } from '@payloadcms/next/routes'
import { Router, type NextFunction, type Request, type Response } from 'express'
import { handleEndpoints, type SanitizedConfig } from 'payload'

import { sendWebResponse, toWebRequest } from './webAdapter'

type WebHandler = (request: Request) => Promise<globalThis.Response>

/**
 * Payload's REST and GraphQL APIs served by Express directly, through the same Web-standard
 * handlers Next's route files use: one code path in development, production and tests.
 */
export function payloadRoutes(config: Promise<SanitizedConfig>): Router {
  const router = Router()
  const graphql = GRAPHQL_POST(config)
  const playground = GRAPHQL_PLAYGROUND_GET(config)
  const rest = (request: globalThis.Request) => handleEndpoints({ config, request })

  const mount =
    (handler: WebHandler | ((request: globalThis.Request) => Promise<globalThis.Response>)) =>
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const webRequest = toWebRequest(req)
        await sendWebResponse(res, await (handler as (r: globalThis.Request) => Promise<globalThis.Response>)(webRequest))
      } catch (error) {
        next(error)
      }
    }

  router.post('/api/graphql', mount(graphql as unknown as WebHandler))
  router.get('/api/graphql-playground', mount(playground as unknown as WebHandler))
  router.all('/api/{*rest}', mount(rest))
  return router
}
