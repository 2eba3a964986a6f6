import { createHash, randomBytes } from 'node:crypto'

/** Every agency API key starts with this, so leaked keys are easy to recognise (and to scan for). */
export const KEY_PREFIX = 'qtn_'

/** `qtn_` then 32 random bytes in base64url (43 characters). */
export const KEY_PATTERN = /^qtn_[A-Za-z0-9_-]{43}$/

export type IssuedKey = {
  /** The plain key: shown once, never stored. */
  key: string
  /** SHA-256 of the key, hex: what the database keeps. 32 random bytes need no slow hash. */
  hash: string
  /** The first characters, kept to recognise the key in the admin. */
  prefix: string
}

export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex')

export function issueKey(): IssuedKey {
  const key = KEY_PREFIX + randomBytes(32).toString('base64url')
  return { key, hash: hashKey(key), prefix: key.slice(0, KEY_PREFIX.length + 6) }
}

/** `req.context` flag on the write that records `lastUsedAt`: it must not clear the key cache. */
export const TOUCH_ONLY = 'apiClientTouchOnly'
