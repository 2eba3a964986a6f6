import type { Endpoint, Where } from 'payload'

import { exportSubscribersCsv } from './exportSubscribers'
import { checkImportSource, importSubscribers } from './importSubscribers'
import { readImportUpload } from './importUpload'
import { eraseSubscriber, personalDataOf } from './personalData'
import { attachment, clientIpOf, queryValue, readJsonObject, routeParam } from '../../lib/request'
import { staffContext } from './context'

const today = () => new Date().toISOString().slice(0, 10)

/**
 * Staff tools on `/api/subscribers` (editors, publishers, admins; 401 signed out, 403 otherwise):
 * - `POST /import`: CSV import (csvImport.ts, importSubscribers.ts); answers `{ created, updated, skipped }`
 * - `GET /export.csv`: CSV export, with Payload's `where` and/or `status`, `language`, `frequency`
 * - `GET /:id/personal-data`: everything held about one person, as a JSON download
 * - `POST /:id/erase` with `{ "confirm": "<their email>" }`: erasure; answers `{ erased: true }`
 */
export const subscriberEndpoints: Endpoint[] = [
  {
    path: '/import',
    method: 'post',
    handler: async (req) => {
      const ctx = staffContext(req)
      const upload = await readImportUpload(req)
      const source = checkImportSource(upload.consentSource, upload.consentTextVersion)
      return Response.json(await importSubscribers(ctx, upload.csv, { ...source, ip: clientIpOf(req) }))
    },
  },
  {
    path: '/export.csv',
    method: 'get',
    handler: async (req) => {
      const ctx = staffContext(req)
      const where = req.query?.where as Where | undefined
      const csv = await exportSubscribersCsv(ctx, {
        where: where && typeof where === 'object' ? where : undefined,
        status: queryValue(req, 'status'),
        language: queryValue(req, 'language'),
        frequency: queryValue(req, 'frequency'),
      })
      return attachment(csv, 'text/csv; charset=utf-8', `subscribers-${today()}.csv`)
    },
  },
  {
    path: '/:id/personal-data',
    method: 'get',
    handler: async (req) => {
      const ctx = staffContext(req)
      const id = routeParam(req, 'id')
      const data = await personalDataOf(ctx, id)
      return attachment(JSON.stringify(data, null, 2), 'application/json; charset=utf-8', `subscriber-${data.subscriber.id}.json`)
    },
  },
  {
    path: '/:id/erase',
    method: 'post',
    handler: async (req) => {
      const ctx = staffContext(req)
      const body = await readJsonObject(req, '{ "confirm": "<the subscriber\'s email>" }')
      return Response.json(await eraseSubscriber(ctx, routeParam(req, 'id'), body.confirm))
    },
  },
]
