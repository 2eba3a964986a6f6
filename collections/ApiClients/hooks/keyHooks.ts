import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { invalidateApiClient } from '../../../src/feed/clientCache'
import { issueKey, TOUCH_ONLY } from '../../../src/feed/keys'

/** `req.context` keys used by the api-clients hooks and endpoints. */
export const ISSUED_KEY = 'apiClientIssuedKey'

/**
 * On create (REST, admin, Local API, duplicate): a fresh key. Only its hash and prefix are stored; the
 * plain key waits in `req.context` for `revealIssuedKey`, which puts it on this one response.
 */
export const issueKeyOnCreate: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const issued = issueKey()
  req.context[ISSUED_KEY] = issued.key
  return { ...data, keyHash: issued.hash, keyPrefix: issued.prefix, previousKeyHash: null, previousKeyExpiresAt: null, lastUsedAt: null }
}

/**
 * The plain key, once: as `doc.key` in the create response (`POST /api/api-clients` answers
 * `{ doc: { …, key: "qtn_…" }, message }`). It is never stored, so no later read can show it.
 */
export const revealIssuedKey: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  if (operation === 'create') {
    const key = req.context[ISSUED_KEY]
    delete req.context[ISSUED_KEY]
    if (typeof key === 'string') return { ...doc, key }
    return doc
  }
  // Deactivation, rotation or a change of scope or limit takes effect at once in this process.
  if (!req.context[TOUCH_ONLY]) invalidateApiClient(req.payload, doc.id)
  return doc
}

export const forgetDeletedClient: CollectionAfterDeleteHook = ({ id, req }) => {
  invalidateApiClient(req.payload, id)
}
