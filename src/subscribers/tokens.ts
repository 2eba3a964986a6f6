import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'

import { z } from 'zod'

import type { Env } from '../config/env'

/**
 * Signed links for journalists (no account, no session): `<claims>.<mac>`, both base64url, where
 * the MAC is HMAC-SHA256 over the claims text with a key derived from PAYLOAD_SECRET (HKDF, label
 * `newsroom-subscriptions`), so a token made for another purpose of the secret can never pass here.
 *
 * - `confirm`: double opt-in; expires after `env.email.confirmHours`.
 * - `manage`: preferences and unsubscribe; never expires, dies when the subscriber's `tokenVersion`
 *   changes (raise it to void every link already sent).
 *
 * Nothing is stored: the token carries the subscriber id and tokenVersion and is checked against
 * the record (see `subscriberFromToken` in ./records.ts).
 */
export type TokenPurpose = 'confirm' | 'manage'
export type SubscriberId = number | string

export type TokenClaims = {
  purpose: TokenPurpose
  subscriberId: SubscriberId
  tokenVersion: number
  /** Unix seconds; confirm tokens only. */
  expiresAt?: number
}

export type TokenFailure = 'invalid' | 'expired' | 'revoked'
/** `expired` keeps the (authentic) claims: the page can still speak the subscriber's language. */
export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'expired'; claims: TokenClaims }

const HKDF_LABEL = 'newsroom-subscriptions'
const keys = new Map<string, Buffer>()

function keyOf(secret: string): Buffer {
  let key = keys.get(secret)
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), HKDF_LABEL, 32))
    keys.set(secret, key)
  }
  return key
}

const macOf = (secret: string, body: string): string => createHmac('sha256', keyOf(secret)).update(body).digest('base64url')

/** The wire form of the claims: short keys, JSON, base64url. */
const wire = z
  .object({
    p: z.enum(['c', 'm']),
    s: z.union([z.number().int().nonnegative(), z.string().min(1).max(64)]),
    v: z.number().int(),
    e: z.number().int().positive().optional(),
  })
  .strict()

export function signToken(secret: string, claims: TokenClaims): string {
  const body = Buffer.from(
    JSON.stringify({
      p: claims.purpose === 'confirm' ? 'c' : 'm',
      s: claims.subscriberId,
      v: claims.tokenVersion,
      ...(claims.expiresAt !== undefined ? { e: claims.expiresAt } : {}),
    }),
  ).toString('base64url')
  return `${body}.${macOf(secret, body)}`
}

/**
 * Check a token's signature, purpose and (confirm) expiry. The MAC is compared in constant time
 * over its exact text, so changing any character of the token fails. Does not look at the
 * database: `revoked` comes from comparing `tokenVersion` with the record.
 */
export function verifyToken(secret: string, token: unknown, purpose: TokenPurpose, now: Date): TokenCheck {
  if (typeof token !== 'string' || token.length > 512) return { ok: false, reason: 'invalid' }
  const parts = token.split('.')
  if (parts.length !== 2) return { ok: false, reason: 'invalid' }
  const [body, mac] = parts
  const expected = Buffer.from(macOf(secret, body))
  const given = Buffer.from(mac)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' }
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  const parsed = wire.safeParse(decoded)
  if (!parsed.success) return { ok: false, reason: 'invalid' }
  const claims: TokenClaims = {
    purpose: parsed.data.p === 'c' ? 'confirm' : 'manage',
    subscriberId: parsed.data.s,
    tokenVersion: parsed.data.v,
    ...(parsed.data.e !== undefined ? { expiresAt: parsed.data.e } : {}),
  }
  if (claims.purpose !== purpose) return { ok: false, reason: 'invalid' }
  if (purpose === 'confirm') {
    if (claims.expiresAt === undefined) return { ok: false, reason: 'invalid' }
    if (now.getTime() >= claims.expiresAt * 1000) return { ok: false, reason: 'expired', claims }
  }
  return { ok: true, claims }
}

type TokenSubject = { id: SubscriberId; tokenVersion?: number | null }

const versionOf = (subscriber: TokenSubject): number => subscriber.tokenVersion ?? 1

/** A double opt-in token, valid for `env.email.confirmHours` from `now`. */
export function confirmToken(env: Env, subscriber: TokenSubject, now: Date): string {
  const expiresAt = Math.floor(now.getTime() / 1000 + env.email.confirmHours * 3600)
  return signToken(env.payloadSecret, { purpose: 'confirm', subscriberId: subscriber.id, tokenVersion: versionOf(subscriber), expiresAt })
}

/** A preferences and unsubscribe token: no expiry, void once `tokenVersion` changes. */
export function manageToken(env: Env, subscriber: TokenSubject): string {
  return signToken(env.payloadSecret, { purpose: 'manage', subscriberId: subscriber.id, tokenVersion: versionOf(subscriber) })
}

export const confirmUrlOf = (env: Env, token: string): string => `${env.publicUrl}/subscribe/confirm?token=${encodeURIComponent(token)}`

export type SubscriberLinks = { unsubscribeUrl: string; unsubscribeMailto: string; preferencesUrl: string }

/**
 * The personal links every email to a subscriber carries (footer, List-Unsubscribe and
 * List-Unsubscribe-Post: List-Unsubscribe=One-Click). The sending pipeline calls this per message.
 */
export function subscriberLinks(env: Env, subscriber: { id: SubscriberId; tokenVersion?: number | null }): SubscriberLinks {
  const token = manageToken(env, subscriber)
  const query = `token=${encodeURIComponent(token)}`
  return {
    unsubscribeUrl: `${env.publicUrl}/subscribe/unsubscribe?${query}`,
    unsubscribeMailto: `mailto:${env.email.fromAddress}?subject=unsubscribe%20${encodeURIComponent(token)}`,
    preferencesUrl: `${env.publicUrl}/subscribe/preferences?${query}`,
  }
}
