import express, { Router, type Request, type RequestHandler } from 'express'

import { slugs } from '../domain'
import { errorBody } from '../server/errors'
import { graphQLAttempts, graphQLOutcomes, restAttempt, type Attempt, type SignInMutations } from './attempts'
import { createSignInThrottle, type SignInThrottleDeps } from './throttle'

/** A sign-in body is a few hundred bytes; a GraphQL body has to be read whole to be looked into. */
const REST_BODY_LIMIT = '64kb'
const GRAPHQL_BODY_LIMIT = '1mb'

/** Payload names the users' mutations after the collection's GraphQL singular name (`loginUser`…). */
function signInMutations(deps: SignInThrottleDeps): SignInMutations {
  const graphQL = deps.payload.collections[slugs.users]?.config.graphQL
  const singular = (graphQL && graphQL.singularName) || 'User'
  return { login: `login${singular}`, forgotPassword: `forgotPassword${singular}` }
}

/**
 * The sign-in limits (src/auth/throttle.ts) in front of Payload's REST and GraphQL routes:
 *
 *   POST /api/users/login, POST /api/users/forgot-password   (JSON, or the admin's multipart form)
 *   POST /api/graphql  holding `loginUser` / `forgotPasswordUser`, however many, however aliased
 *
 * The body is read here (and handed to Payload as read: `req.payloadBody`), its attempts admitted or
 * refused with 429, `Retry-After` and `{ errors: [{ message }] }` before Payload sees them; Payload's
 * answer then tells which succeeded (`req.onPayloadResponse`). Mounted by createApp before Payload's
 * routes. Paths are matched as loosely as Payload matches them (case, a trailing slash).
 */
export function signInRoutes(deps: SignInThrottleDeps): Router {
  const throttle = createSignInThrottle(deps)
  const mutations = signInMutations(deps)
  const restBody = express.raw({ type: () => true, limit: REST_BODY_LIMIT })
  const graphQLBody = express.raw({ type: () => true, limit: GRAPHQL_BODY_LIMIT })

  const guard =
    (attemptsOf: (req: Request, body: Buffer) => Promise<Attempt[]> | Attempt[], outcomesOf: (response: Response, attempts: Attempt[]) => Promise<boolean[]>): RequestHandler =>
    async (req, res, next) => {
      try {
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
        req.payloadBody = body
        const attempts = await attemptsOf(req, body)
        if (attempts.length === 0) return next()
        const decision = await throttle.admit(req.ip ?? 'unknown', attempts)
        if ('refused' in decision) {
          const { retryAfterSeconds, message } = decision.refused
          res.status(429).set('Retry-After', String(retryAfterSeconds)).set('Cache-Control', 'no-store').json(errorBody(message))
          return
        }
        let settled = false
        const settle = async (succeeded: boolean[]) => {
          if (settled) return
          settled = true
          await decision.admitted.settle(succeeded)
        }
        req.onPayloadResponse = async (response) => {
          try {
            await settle(await outcomesOf(response, attempts))
          } catch (error) {
            deps.logger.error({ err: error }, 'sign-in limits: could not record the outcome')
          }
        }
        // Payload never answered (an error, a closed connection): nothing succeeded.
        res.once('close', () => {
          settle(attempts.map(() => false)).catch((error: unknown) => deps.logger.error({ err: error }, 'sign-in limits: could not record the outcome'))
        })
        next()
      } catch (error) {
        next(error)
      }
    }

  const rest = (kind: Attempt['kind']) =>
    guard(
      async (req, body) => [await restAttempt(kind, body, req.get('content-type'))],
      async (response, attempts) => attempts.map(() => response.status === 200),
    )
  const graphQL = guard(
    (_req, body) => graphQLAttempts(body, mutations),
    async (response, attempts) => graphQLOutcomes(await response.clone().json().catch(() => undefined), attempts),
  )

  const router = Router({ caseSensitive: false, strict: false })
  router.post(`/api/${slugs.users}/login`, restBody, rest('login'))
  router.post(`/api/${slugs.users}/forgot-password`, restBody, rest('forgotPassword'))
  router.post('/api/graphql', graphQLBody, graphQL)
  return router
}
