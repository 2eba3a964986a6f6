import type { Endpoint } from 'payload'

import { hasRole } from '../../../src/access/roles'
import { slugs } from '../../../src/domain'
import { issueScreenToken } from '../../../src/displays/tokens'

const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * `POST /api/display-screens/:id/rotate` (editors, admins): a new token for the screen, answered
 * once as `key`; the old one stops at once (a screen is re-set up by opening its new address).
 */
export const rotateToken: Endpoint = {
  path: '/:id/rotate',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return error(401, 'Sign in to manage screens')
    if (!hasRole(req.user, 'editor')) return error(403, 'Only editors and admins may manage screens')
    const id = req.routeParams?.id as string | undefined
    const found = id ? await req.payload.find({ collection: slugs.displayScreens, where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: true, req }) : undefined
    const screen = found?.docs[0]
    if (!screen) return error(404, 'No such screen')
    const issued = issueScreenToken()
    const doc = await req.payload.update({
      collection: slugs.displayScreens,
      id: screen.id,
      data: { keyHash: issued.hash, keyPrefix: issued.prefix },
      overrideAccess: true,
      depth: 0,
      req,
    })
    return Response.json({ key: issued.key, doc: { ...doc, key: issued.key } })
  },
}
