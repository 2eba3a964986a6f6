import type { RequestHandler } from 'express'

/** A JSON answer loads nothing and is shown in no frame: if a browser ever renders one, nothing in it can run. */
export const JSON_API_CSP = "default-src 'none'; frame-ancestors 'none'"

/**
 * The policy of the JSON APIs (Payload's REST under /api, the agency API under /feed/v1), set before
 * any route runs. The few answers that are pages or files set their own after it and replace it: the
 * agency API's guide (/feed/v1/docs), uploaded files (/api/media/file, mediaHeaders.ts). GraphQL's
 * playground is an HTML page whose scripts this policy would block, so it keeps none.
 */
export const jsonApiHeaders: RequestHandler = (req, res, next) => {
  if (req.baseUrl !== '/api' || req.path !== '/graphql-playground') res.setHeader('Content-Security-Policy', JSON_API_CSP)
  next()
}
