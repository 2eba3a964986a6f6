import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } from '@payloadcms/next/routes'
import { Router, type RequestHandler } from 'express'
import { handleEndpoints, type SanitizedConfig } from 'payload'

import { validateRestQuery } from './query/validate'
import { sendWebResponse, toWebRequest } from './webAdapter'

type WebHandler = (request: Request) => Promise<Response>

/** An Express handler around a Web-standard (Request → Response) handler. */
const mount =
  (handler: WebHandler): RequestHandler =>
  async (req, res, next) => {
    try {
      const response = await handler(toWebRequest(req))
      await req.onPayloadResponse?.(response)
      // Answered before the whole body was read (a refusal, a size limit): the rest of the body is
      // still on the connection, so it cannot carry another request. Say so, and close it after.
      if (!req.complete) res.setHeader('Connection', 'close')
      await sendWebResponse(res, response)
    } catch (error) {
      next(error)
    }
  }

/**
 * Payload's REST and GraphQL APIs served by Express directly, through the same Web-standard
 * handlers Next's route files use: one code path in development, production and tests.
 */
export function payloadRoutes(config: Promise<SanitizedConfig>): Router {
  const router = Router()
  const graphql = GRAPHQL_POST(config)
  const playground = GRAPHQL_PLAYGROUND_GET(config)
  router.post('/api/graphql', mount(graphql))
  router.get('/api/graphql-playground', mount(playground))
  router.all('/api/{*rest}', validateRestQuery(config), mount((request) => handleEndpoints({ config, request })))
  return router
}
