import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'

import { slugs } from '../domain'
import { checkResolvedHost, checkWebhookUrl, resolverOf, UnsafeTarget } from './ssrf'
import { encryptSecret, newWebhookSecret } from './secret'
import { webhookSettings } from './settings'

const REVEAL = 'webhookSecretToReveal'

/** The newest event number: a new endpoint is served events from now on, not the whole history. */
export async function currentSeq(req: Parameters<CollectionBeforeChangeHook>[0]['req']): Promise<number> {
  const last = await req.payload.find({ collection: slugs.contentEvents, sort: '-seq', limit: 1, depth: 0, pagination: false, overrideAccess: true, req })
  return last.docs[0]?.seq ?? 0
}

/**
 * Check the target (no private or loopback addresses in production: the URL, and what its name
 * resolves to now; every connection checks again) and, on creation, make the secret.
 */
export const prepareWebhookEndpoint: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const { env } = webhookSettings(req.payload)
  // A new or changed URL only: switching an endpoint off must work whatever its name resolves to now.
  if (typeof data.url === 'string' && (operation === 'create' || data.url !== originalDoc?.url)) {
    try {
      const url = checkWebhookUrl(data.url, env.webhookAllowPrivateTargets)
      await checkResolvedHost(url, env.webhookAllowPrivateTargets, resolverOf(req.payload))
      data.url = url.toString()
    } catch (error) {
      if (error instanceof UnsafeTarget) throw new APIError(error.message, 400, null, true)
      throw error
    }
  }
  if (operation === 'create') {
    const secret = newWebhookSecret()
    data.secretEncrypted = encryptSecret(secret, env.payloadSecret)
    data.lastSeq = await currentSeq(req)
    req.context[REVEAL] = secret
  }
  return data
}

/** The secret is shown once: in the response to the creation, never again. */
export const revealSecretOnce: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  const secret = req.context[REVEAL]
  if (operation !== 'create' || typeof secret !== 'string') return doc
  delete req.context[REVEAL]
  return { ...doc, secret }
}
