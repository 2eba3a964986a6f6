import { APIError, type CollectionBeforeOperationHook, type CollectionSlug, type PayloadRequest } from 'payload'

import { isStaff } from '../../access/roles'
import { WORKFLOW_WRITE } from '../fields'

/** Set on requests whose writes go through access control: the edit rules apply to them. */
export const ENFORCE_WORKFLOW = 'enforceWorkflow'

const workflowPath = (slug: string, id?: unknown) => `POST /api/${slug}/${id ?? '{id}'}/workflow`

/**
 * Every write that goes through access control (admin UI, REST, GraphQL, Local API with
 * `overrideAccess: false`) is saved as a draft: nothing reaches the public except through a
 * workflow transition. Writing `_status: "published"` or a different `state` is refused with 403.
 * Public reads never see drafts, whatever `draft=true` says.
 */
type OperationArgs = {
  id?: number | string
  data?: Record<string, unknown>
  draft?: boolean
  overrideAccess?: boolean
  req: PayloadRequest
}

export const guardDirectWrites: CollectionBeforeOperationHook = async ({ args: rawArgs, collection, operation, req }) => {
  // Payload types `args` as the union of every operation's arguments; the fields read here are
  // common to the operations this hook acts on (checked against `operation` below).
  const args = rawArgs as OperationArgs
  const enforced = !args.overrideAccess && req.context?.[WORKFLOW_WRITE] !== true
  if (!enforced) return rawArgs

  if (operation === 'read' || operation === 'count') {
    if (!isStaff(req.user) && 'draft' in args) args.draft = false
    return rawArgs
  }

  if (operation === 'create' || operation === 'update') {
    const data = args.data ?? {}
    if (data._status === 'published') {
      throw new APIError(`Publishing goes through the workflow: ${workflowPath(collection.slug, args.id)}`, 403, null, true)
    }
    if ('state' in data && data.state !== undefined) {
      const current = operation === 'create' ? 'draft' : await currentState(args, collection.slug as CollectionSlug)
      if (data.state !== current) {
        throw new APIError(`The state changes only through ${workflowPath(collection.slug, args.id)}`, 403, null, true)
      }
    }
    delete data._status
    args.draft = true
    req.context[ENFORCE_WORKFLOW] = true
    return rawArgs
  }

  if (operation === 'restoreVersion' && !args.draft) {
    throw new APIError(`Restore a version as a draft (draft=true); publishing goes through ${workflowPath(collection.slug)}`, 403, null, true)
  }
  return rawArgs
}

async function currentState(args: OperationArgs, slug: CollectionSlug): Promise<unknown> {
  if (args.id === undefined || args.id === null) return Symbol('bulk update: no single current state')
  const doc = await args.req.payload.findByID({ collection: slug, id: args.id, draft: true, depth: 0, overrideAccess: true, req: args.req, disableErrors: true })
  return (doc as { state?: unknown } | null)?.state ?? 'draft'
}
