import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { isContentCollection, locales } from '../../domain'
import { isStaff } from '../../access/roles'
import { readJsonObject } from '../../lib/request'
import { TransitionRefused } from '../rules'
import { describeWorkflow, transition, TransitionRefused404 } from '../service'
import { actions } from '../states'

const transitionBody = z.strictObject({
  action: z.enum(actions, { error: () => `"action" must be one of: ${actions.join(', ')}` }),
  note: z.string().max(5000, '"note" is longer than 5000 characters').optional(),
  locales: z.array(z.enum(locales, { error: () => `"locales" may contain only ${locales.join(', ')}` })).optional(),
  at: z.string().optional(),
})


/** Shape every refusal the same way as the rest of the API: { errors: [{ message }] }. */
async function answer(run: () => Promise<unknown>): Promise<Response> {
  try {
    return Response.json(await run())
  } catch (error) {
    if (error instanceof TransitionRefused || error instanceof TransitionRefused404) {
      return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
    }
    throw error
  }
}

function target(req: PayloadRequest, slug: string) {
  const id = req.routeParams?.id as string | undefined
  if (!isContentCollection(slug)) throw new APIError('Not a workflow collection', 404, null, true)
  if (!id) throw new APIError('Missing item id', 400, null, true)
  if (!req.user) throw new APIError('Sign in to use the workflow', 401, null, true)
  if (!isStaff(req.user)) throw new APIError('Only staff may use the workflow', 403, null, true)
  return { slug, id }
}

/**
 * `GET /api/{collection}/{id}/workflow`: the state and the actions the signed-in user may take.
 * `POST /api/{collection}/{id}/workflow` with `{ action, note?, locales?, at? }`: take one.
 */
export const workflowEndpoints = (collection: string): Endpoint[] => [
  {
    path: '/:id/workflow',
    method: 'get',
    handler: (req) =>
      answer(async () => {
        const { slug, id } = target(req, collection)
        return describeWorkflow({ payload: req.payload, req }, slug, id)
      }),
  },
  {
    path: '/:id/workflow',
    method: 'post',
    handler: (req) =>
      answer(async () => {
        const { slug, id } = target(req, collection)
        const parsed = transitionBody.safeParse(await readJsonObject(req, '{ "action": "…", "note": "…", "locales": […], "at": "…" }'))
        if (!parsed.success) {
          const issue = parsed.error.issues[0]
          const where = issue.path.length ? `"${issue.path.join('.')}": ` : ''
          throw new TransitionRefused(400, issue.message.startsWith('"') ? issue.message : `${where}${issue.message}`)
        }
        return transition({ payload: req.payload, req }, slug, id, parsed.data)
      }),
  },
]
