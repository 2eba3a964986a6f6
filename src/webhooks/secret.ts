import crypto from 'node:crypto'

/**
 * Webhook signing secrets must be readable by the server (it signs with them), so unlike API keys
 * they cannot be hashed: they are encrypted at rest with AES-256-GCM under a key derived from
 * PAYLOAD_SECRET. Changing PAYLOAD_SECRET therefore invalidates them (endpoints must be re-created).
 */
const keyOf = (payloadSecret: string) => crypto.createHash('sha256').update(`webhook-secrets:${payloadSecret}`).digest()

export function newWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString('base64url')}`
}

export function encryptSecret(secret: string, payloadSecret: string): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', keyOf(payloadSecret), iv)
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.')
}

export function decryptSecret(stored: string, payloadSecret: string): string {
  const [version, iv, tag, sealed] = stored.split('.')
  if (version !== 'v1' || !iv || !tag || !sealed) throw new Error('Unreadable webhook secret (unknown format)')
  const decipher = crypto.createDecipheriv('aes-256-gcm', keyOf(payloadSecret), Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8')
}
