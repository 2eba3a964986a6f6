import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../../../src/access/roles'
import { invalidateApiClient } from '../../../src/feed/clientCache'
import { clockOf } from '../../../src/workflow/clock'
import { slugs } from '../../../src/domain'
import { issueKey } from '../../../src/feed/keys'

const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

async function readBody(req: PayloadRequest): Promise<Record<string, unknown> | Response> {
  if (!req.text) return {}
  const text = await req.text()
  if (!text || !text.trim()) return {}
  try {
    const body = JSON.parse(text) as unknown
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>
  } catch {
    // answered below
  }
  return error(400, 'The body must be a JSON object')
}

/** Admin only; the client as stored (hashes included, never returned), or a refusal. */
async function target(req: PayloadRequest) {
  if (!req.user) return error(401, 'Sign in to manage API clients')
  if (!hasRole(req.user, 'admin')) return error(403, 'Only an admin may manage API clients')
  const id = req.routeParams?.id as string | undefined
  const found = id
    ? await req.payload.find({ collection: slugs.apiClients, where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: true, req })
    : undefined
  const client = found?.docs[0]
  if (!client) return error(404, 'No such API client')
  return client
}

/** The client as an admin may read it (no hashes). */
const readable = (req: PayloadRequest, id: number | string) =>
  req.payload.findByID({ collection: slugs.apiClients, id, depth: 0, overrideAccess: false, user: req.user, req })

/**
 * `POST /api/api-clients/:id/rotate` (admin), optional body `{ "graceHours": 0…720 }`: a new key,
 * answered once as `key` (and `doc.key`). The old key keeps working for the grace period
 * (API_KEY_ROTATION_GRACE_HOURS by default; 0 ends it at once, e.g. for a leaked key). A key that
 * was itself still in a grace period stops at once: only the last two keys ever work.
 *
 * `POST /api/api-clients/:id/revoke` (admin): `active: false` and any previous key dropped. Every key
 * of the client then answers 401; setting `active` again brings back the current key only.
 */
export const keyEndpoints = ({ rotationGraceHours }: { rotationGraceHours: number }): Endpoint[] => [
  {
    path: '/:id/rotate',
    method: 'post',
    handler: async (req) => {
      const client = await target(req)
      if (client instanceof Response) return client
      const body = await readBody(req)
      if (body instanceof Response) return body
      const grace = body.graceHours ?? rotationGraceHours
      if (typeof grace !== 'number' || !Number.isFinite(grace) || grace < 0 || grace > 720) {
        return error(400, '"graceHours" must be a number from 0 to 720')
      }
      const issued = issueKey()
      const now = clockOf(req.payload).now()
      await req.payload.update({
        collection: slugs.apiClients,
        id: client.id,
        overrideAccess: true,
        req,
        data: {
          keyHash: issued.hash,
          keyPrefix: issued.prefix,
          previousKeyHash: grace > 0 ? client.keyHash : null,
          previousKeyExpiresAt: grace > 0 ? new Date(now.getTime() + grace * 3_600_000).toISOString() : null,
        },
      })
      invalidateApiClient(req.payload, client.id)
      const doc = await readable(req, client.id)
      return Response.json({ message: 'New key issued: it is shown only now', doc: { ...doc, key: issued.key }, key: issued.key })
    },
  },
  {
    path: '/:id/revoke',
    method: 'post',
    handler: async (req) => {
      const client = await target(req)
      if (client instanceof Response) return client
      await req.payload.update({
        collection: slugs.apiClients,
        id: client.id,
        overrideAccess: true,
        req,
        data: { active: false, previousKeyHash: null, previousKeyExpiresAt: null },
      })
      invalidateApiClient(req.payload, client.id)
      return Response.json({ message: 'API client revoked', doc: await readable(req, client.id) })
    },
  },
]
