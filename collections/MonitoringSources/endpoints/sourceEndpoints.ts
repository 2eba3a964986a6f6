import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { hasRole, isStaff } from '../../../src/access/roles'
import { slugs } from '../../../src/domain'
import { attachment, readBodyLimited, routeParam } from '../../../src/lib/request'
import { importSources, OpmlError, sourcesFromOpml, sourcesToOpml } from '../../../src/monitoring/opml'
import { enqueuePoll } from '../../../src/monitoring/schedule'
import { clockOf } from '../../../src/workflow/clock'

/** Largest OPML file accepted by the import. */
const OPML_MAX_BYTES = 2 * 1024 * 1024

function requireStaff(req: PayloadRequest): void {
  if (!req.user) throw new APIError('Sign in to use press monitoring', 401, null, true)
  if (!isStaff(req.user)) throw new APIError('Only staff may use press monitoring', 403, null, true)
}

/** Editors, publishers and admins manage the monitored feeds (as the collection's create/update). */
function requireManager(req: PayloadRequest): void {
  requireStaff(req)
  if (!hasRole(req.user, 'editor', 'publisher')) throw new APIError('Only an editor or an admin may manage monitored feeds', 403, null, true)
}

/**
 * - `GET /api/monitoring-sources/opml` (editors, admins): every source as an OPML 2.0 file (src/monitoring/opml.ts says which attributes).
 * - `POST /api/monitoring-sources/opml` (editors, admins), body the OPML text: creates the sources not
 *   there yet (by URL), skips the others; `{ created, skipped, errors }`. A body that is not OPML: 400, nothing created.
 * - `GET /api/monitoring-sources/health` (staff): each source's polling health.
 * - `POST /api/monitoring-sources/:id/poll` (editors, admins): queue a poll now (202); the job runner polls.
 */
export const sourceEndpoints: Endpoint[] = [
  {
    path: '/opml',
    method: 'get',
    handler: async (req) => {
      requireManager(req)
      const { docs } = await req.payload.find({ collection: slugs.monitoringSources, pagination: false, depth: 0, sort: 'name', overrideAccess: false, user: req.user, req })
      const now = clockOf(req.payload).now()
      return attachment(sourcesToOpml(docs, now), 'text/x-opml; charset=utf-8', `monitoring-sources-${now.toISOString().slice(0, 10)}.opml`)
    },
  },
  {
    path: '/opml',
    method: 'post',
    handler: async (req) => {
      requireManager(req)
      const body = await readBodyLimited(req, OPML_MAX_BYTES, `The OPML file is larger than ${OPML_MAX_BYTES} bytes`)
      const text = new TextDecoder().decode(body)
      if (!text.trim()) throw new APIError('The body must be an OPML document (text/x-opml)', 400, null, true)
      let parsed: ReturnType<typeof sourcesFromOpml>
      try {
        parsed = sourcesFromOpml(text)
      } catch (error) {
        if (error instanceof OpmlError) throw new APIError(error.message, 400, null, true)
        throw error
      }
      const result = await importSources(req.payload, req, parsed.sources)
      return Response.json({ created: result.created, skipped: result.skipped, errors: [...parsed.errors, ...result.errors] })
    },
  },
  {
    path: '/health',
    method: 'get',
    handler: async (req) => {
      requireStaff(req)
      const { docs } = await req.payload.find({ collection: slugs.monitoringSources, pagination: false, depth: 0, sort: 'name', overrideAccess: false, user: req.user, req })
      return Response.json({
        sources: docs.map((s) => ({
          id: s.id,
          name: s.name,
          active: s.active ?? true,
          lastSuccessAt: s.health?.lastSuccessAt ?? null,
          lastError: s.health?.lastError ?? null,
          lastErrorAt: s.health?.lastErrorAt ?? null,
          consecutiveFailures: s.health?.consecutiveFailures ?? 0,
          itemsFound: s.health?.itemsFound ?? 0,
          nextPollAt: s.health?.nextPollAt ?? null,
        })),
      })
    },
  },
  {
    path: '/:id/poll',
    method: 'post',
    handler: async (req) => {
      requireManager(req)
      const id = routeParam(req, 'id')
      if (!/^[0-9a-f]{1,24}$/i.test(id)) throw new APIError(`No monitored feed "${id.slice(0, 40)}"`, 404, null, true)
      const source = await req.payload.findByID({ collection: slugs.monitoringSources, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
      if (!source) throw new APIError(`No monitored feed "${id}"`, 404, null, true)
      const { queued } = await enqueuePoll(req.payload, source.id, req)
      return Response.json({ queued, message: queued ? 'Poll queued' : 'A poll of this feed is already waiting' }, { status: 202 })
    },
  },
]
