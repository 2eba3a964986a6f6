import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * A subscriber is removed only by erasure (`POST /api/subscribers/{id}/erase`, src/subscribers/staff/):
 * it keeps the address as a hash on the suppression list (so it is never mailed again), anonymizes
 * the deliveries and writes the audit entry. A plain delete (REST by id or `?where=`, GraphQL,
 * Local API with `overrideAccess: false`) would do none of that, so it is refused for everyone with
 * a 403 that names the way. Runs before access, so the answer is the same for every caller.
 */
export const refuseDirectDelete: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess }) => {
  if (operation !== 'delete' || overrideAccess) return args
  const id = 'id' in args && args.id !== undefined && args.id !== null ? String(args.id) : '{id}'
  throw new APIError(
    `Subscribers are not deleted directly: erase one with POST /api/${collection.slug}/${id}/erase and { "confirm": "<their email>" }, which keeps the address only as a hash so it is never mailed again`,
    403,
    null,
    true,
  )
}
