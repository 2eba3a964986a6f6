import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, FieldHook } from 'payload'

import { screenOnline } from '../../../src/displays/schedule'
import { issueScreenToken } from '../../../src/displays/tokens'
import type { DisplayScreen } from '../../../src/payload-types'
import { clockOf } from '../../../src/workflow/clock'

/** `req.context` key carrying a freshly issued token from beforeChange to afterChange. */
export const ISSUED_SCREEN_TOKEN = 'displayScreenIssuedToken'

/** On create: a fresh token; only its hash and prefix are stored, the plain one waits for `revealScreenToken`. */
export const issueTokenOnCreate: CollectionBeforeChangeHook<DisplayScreen> = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const issued = issueScreenToken()
  req.context[ISSUED_SCREEN_TOKEN] = issued.key
  return { ...data, keyHash: issued.hash, keyPrefix: issued.prefix, lastSeenAt: null, lastPlaylistVersion: null, lastIp: null, lastUserAgent: null }
}

/** The plain token, once, as `doc.key` of the create answer (the admin's key panel shows it). Never stored. */
export const revealScreenToken: CollectionAfterChangeHook<DisplayScreen> = ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const key = req.context[ISSUED_SCREEN_TOKEN]
  delete req.context[ISSUED_SCREEN_TOKEN]
  return typeof key === 'string' ? { ...doc, key } : doc
}

/** The virtual `status` column: online when seen in the last 2 minutes (by the injectable clock). */
export const computeOnlineStatus: FieldHook<DisplayScreen> = ({ siblingData, req }) =>
  screenOnline(siblingData?.lastSeenAt, clockOf(req.payload).now()) ? 'online' : 'offline'
