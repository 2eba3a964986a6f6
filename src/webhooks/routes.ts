import express, { Router } from 'express'
import { z } from 'zod'

import { slugs } from '../domain'
import type { WebhookEndpoint } from '../payload-types'
import { HttpError } from '../server/errors'
import type { FeedDeps } from '../feed/types'
import { domainEventTypes } from '../workflow/events'

const registration = z.strictObject({
  url: z.string({ error: '"url" is required: the HTTPS address to POST to' }),
  events: z.array(z.enum(domainEventTypes, { error: () => `"events" may contain only ${domainEventTypes.join(', ')}` })).min(1, '"events" must not be empty').optional(),
})

const show = (doc: WebhookEndpoint) => ({
  id: doc.id,
  url: doc.url,
  events: doc.events,
  active: doc.active,
  lastSeq: doc.lastSeq,
  failures: doc.failures,
  nextAttemptAt: doc.nextAttemptAt ?? null,
  createdAt: doc.createdAt,
})

/**
 * A client's own webhooks, behind its API key: register (`POST /webhooks` → the signing secret,
 * once), list, and delete. Deliveries are signed with HMAC-SHA256 (see src/webhooks/sign.ts).
 */
export function webhookRoutes({ payload }: FeedDeps): Router {
  const router = Router()
  const client = (req: express.Request) => {
    if (!req.apiClient) throw new HttpError(401, 'An API key is required')
    return req.apiClient
  }

  router.post('/webhooks', express.json({ limit: '16kb' }), async (req, res, next) => {
    try {
      const parsed = registration.safeParse(req.body ?? {})
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        throw new HttpError(400, issue?.message.startsWith('"') ? issue.message : `"${issue?.path.join('.')}": ${issue?.message}`)
      }
      const doc = await payload
        .create({
          collection: slugs.webhookEndpoints,
          data: { client: client(req).id as number, url: parsed.data.url, events: parsed.data.events ?? [...domainEventTypes] } as never,
          overrideAccess: true,
        })
        .catch((error: unknown) => {
          const status = (error as { status?: number }).status
          if (status === 400) throw new HttpError(400, (error as Error).message)
          throw error
        })
      // The collection's create hook hands the new signing secret back once, beside the stored fields.
      const secret = 'secret' in doc && typeof doc.secret === 'string' ? doc.secret : undefined
      res.status(201).json({ ...show(doc), secret })
    } catch (error) {
      next(error)
    }
  })

  router.get('/webhooks', async (req, res, next) => {
    try {
      const { docs } = await payload.find({ collection: slugs.webhookEndpoints, where: { client: { equals: client(req).id } }, limit: 100, depth: 0, overrideAccess: true })
      res.json({ webhooks: docs.map(show) })
    } catch (error) {
      next(error)
    }
  })

  router.delete('/webhooks/:id', async (req, res, next) => {
    try {
      const { docs } = await payload.find({
        collection: slugs.webhookEndpoints,
        where: { and: [{ id: { equals: req.params.id } }, { client: { equals: client(req).id } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      if (docs.length === 0) throw new HttpError(404, `No webhook ${req.params.id}`)
      await payload.delete({ collection: slugs.webhookEndpoints, id: docs[0]!.id, overrideAccess: true })
      res.status(204).end()
    } catch (error) {
      next(error)
    }
  })
  return router
}
