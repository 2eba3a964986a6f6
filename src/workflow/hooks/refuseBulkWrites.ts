import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../../access/roles'

/**
 * Bulk update and bulk delete of content (`PATCH|DELETE /api/{collection}?where=…`, the admin's
 * bulk actions, the Local API with `where` and `overrideAccess: false`) are for admins only: one
 * request could otherwise touch every item an editor can reach. Payload runs the bulk operations
 * (`update`, `delete`) with a `where` and no `id`, the by-id ones (`updateByID`, `deleteByID`) with
 * an `id`; both call this hook with the operation `update` or `delete`, so the `id` tells them apart.
 * Trusted writes (access overridden: seed, imports) are not concerned.
 */
export const refuseBulkWrites: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  if (overrideAccess || (operation !== 'update' && operation !== 'delete')) return args
  const byId = 'id' in args && args.id !== undefined && args.id !== null
  if (byId || hasRole(req.user, 'admin')) return args
  const verb = operation === 'update' ? 'update' : 'delete'
  throw new APIError(`Bulk ${verb} of ${collection.slug} is for administrators only: ${verb} items one at a time (${operation === 'update' ? 'PATCH' : 'DELETE'} /api/${collection.slug}/{id})`, 403, null, true)
}
