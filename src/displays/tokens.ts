import { randomBytes } from 'node:crypto'

import { hashKey } from '../feed/keys'

/** Every screen token starts with this, so a leaked one is recognisable. */
export const SCREEN_TOKEN_PREFIX = 'qtd_'

export type IssuedToken = { key: string; hash: string; prefix: string }

/**
 * A screen's token: 32 random bytes, shown once and stored as a SHA-256 hash like the agency API's
 * keys (src/feed/keys.ts); random keys of that length need no slow hash.
 */
export function issueScreenToken(): IssuedToken {
  const key = SCREEN_TOKEN_PREFIX + randomBytes(32).toString('base64url')
  return { key, hash: hashKey(key), prefix: key.slice(0, SCREEN_TOKEN_PREFIX.length + 6) }
}

export const hashScreenToken = hashKey
