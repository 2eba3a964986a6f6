import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

/**
 * Guards for append-only records (audit log, domain events): an entry, once written, cannot be
 * changed or deleted by any API, the Local API with overrideAccess included.
 */
export const refuseUpdates: CollectionBeforeChangeHook = ({ operation, data, collection }) => {
  if (operation === 'update') throw new APIError(`${collection.slug} entries are append-only: they cannot be changed`, 403, null, true)
  return data
}

export const refuseDeletes: CollectionBeforeDeleteHook = ({ collection }) => {
  throw new APIError(`${collection.slug} entries are append-only: they cannot be deleted`, 403, null, true)
}
