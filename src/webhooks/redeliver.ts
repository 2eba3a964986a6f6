import { APIError, type Endpoint } from 'payload'

import { slugs } from '../domain'
import { hasRole } from '../access/roles'
import { apiClientContext } from '../feed/auth'
import { redeliver } from './deliver'
import { storedEventOf } from './eligibility'
import { webhookSettings } from './settings'

/** `POST /api/webhook-deliveries/{id}/redeliver` (admin): send that event to that endpoint again, now. */
export const redeliverEndpoint: Endpoint = {
  path: '/:id/redeliver',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) throw new APIError('Only an admin may redeliver webhooks', req.user ? 403 : 401, null, true)
    const { payload } = req
    const delivery = await payload.findByID({ collection: slugs.webhookDeliveries, id: req.routeParams?.id as string, depth: 0, overrideAccess: true, disableErrors: true })
    if (!delivery) throw new APIError(`No webhook delivery with id ${String(req.routeParams?.id)}`, 404, null, true)
    const endpointId = typeof delivery.endpoint === 'object' ? delivery.endpoint.id : delivery.endpoint
    const endpoint = await payload.findByID({ collection: slugs.webhookEndpoints, id: endpointId, depth: 0, overrideAccess: true, showHiddenFields: true })
    const clientId = typeof endpoint.client === 'object' ? endpoint.client.id : endpoint.client
    const client = apiClientContext(await payload.findByID({ collection: slugs.apiClients, id: clientId, depth: 0, overrideAccess: true }))
    const events = await payload.find({ collection: slugs.contentEvents, where: { seq: { equals: delivery.seq } }, limit: 1, depth: 0, overrideAccess: true })
    const event = events.docs[0] ? storedEventOf(events.docs[0]) : null
    if (!event) throw new APIError(`Event ${delivery.seq} no longer exists`, 409, null, true)
    const result = await redeliver(payload, webhookSettings(payload), endpoint, client, event, delivery.eventType)
    return Response.json({ outcome: result.ok ? 'redelivered' : 'redeliveryFailed', responseStatus: result.status, error: result.error })
  },
}
