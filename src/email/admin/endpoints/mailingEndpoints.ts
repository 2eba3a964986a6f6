import { APIError, type Endpoint } from 'payload'

import { slugs } from '../../../domain'
import { requeueDeliveries } from '../../send/queue'
import { asUser } from '../../../subscribers/staff/context'
import { checkReportTarget, deliveryReport } from '../deliveryReport'
import { queryValue, routeParam } from '../../../lib/request'
import { staffContext } from '../../../subscribers/staff/context'

/**
 * Staff tools on `/api/mailings` (editors, publishers, admins; 401 signed out, 403 otherwise):
 * - `GET /report?collection=<slug>&id=<itemId>`: each mailing of that item with counts per delivery
 *   status and up to 200 failures (`{ mailings: [...] }`)
 * - `POST /:id/resend-failed`: failed deliveries of that mailing back in the queue (`{ requeued }`)
 */
export const mailingEndpoints: Endpoint[] = [
  {
    path: '/report',
    method: 'get',
    handler: async (req) => {
      const ctx = staffContext(req)
      const target = checkReportTarget(queryValue(req, 'collection'), queryValue(req, 'id'))
      return Response.json({ ...target, mailings: await deliveryReport(ctx, target.collection, target.id) })
    },
  },
  {
    path: '/:id/resend-failed',
    method: 'post',
    handler: async (req) => {
      const ctx = staffContext(req)
      const id = routeParam(req, 'id')
      const mailing = await req.payload.findByID({ collection: slugs.mailings, id, depth: 0, disableErrors: true, ...asUser(ctx) })
      if (!mailing) throw new APIError(`No mailing with id ${id}`, 404, null, true)
      return Response.json({ requeued: await requeueDeliveries(req.payload, { mailing: { equals: mailing.id } }) })
    },
  },
]
