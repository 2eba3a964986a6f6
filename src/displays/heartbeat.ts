import type { Payload } from 'payload'

import { slugs } from '../domain'
import type { DisplayScreen } from '../payload-types'
import { HttpError } from '../server/errors'
import { hashScreenToken } from './tokens'

export type Heartbeat = { screenId: string; playlistVersion: string; userAgent?: string }

const VERSION = /^[A-Za-z0-9_-]{1,64}$/

/** The heartbeat's body, or a 400 naming the field. */
export function parseHeartbeat(body: unknown): Heartbeat {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'The body must be a JSON object: { screenId, playlistVersion, userAgent }')
  const { screenId, playlistVersion, userAgent } = body as Record<string, unknown>
  const id = typeof screenId === 'number' ? String(screenId) : screenId
  if (typeof id !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(id)) throw new HttpError(400, 'screenId: the screen\'s id is required (the id in the screen\'s set-up address)', { field: 'screenId' })
  if (typeof playlistVersion !== 'string' || !VERSION.test(playlistVersion)) {
    throw new HttpError(400, 'playlistVersion: the version of the playlist shown is required (1–64 letters, digits, - or _)', { field: 'playlistVersion' })
  }
  if (userAgent !== undefined && (typeof userAgent !== 'string' || userAgent.length > 512)) throw new HttpError(400, 'userAgent: a string of at most 512 characters', { field: 'userAgent' })
  return { screenId: id, playlistVersion, ...(typeof userAgent === 'string' ? { userAgent } : {}) }
}

/** The bearer token of a request, or a 401. */
export function bearerToken(authorization: string | undefined): string {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')
  if (!match) throw new HttpError(401, 'A screen token is required: Authorization: Bearer <token>')
  return match[1]
}

type ScreenRow = Pick<DisplayScreen, 'id' | 'infoPoint'>

/**
 * The screen a token belongs to, if it belongs to the point `pointId`: 401 for a token no screen
 * has, 403 for another point's screen or another screen's id. Found by the token's hash (adapter
 * read: the hash is never readable through any API).
 */
export async function screenForToken(payload: Payload, token: string, pointId: number | string): Promise<ScreenRow> {
  const { docs } = await payload.db.find<ScreenRow>({
    collection: slugs.displayScreens,
    where: { keyHash: { equals: hashScreenToken(token) } },
    limit: 1,
    pagination: false,
    select: { id: true, infoPoint: true },
  })
  const screen = docs[0]
  if (!screen) throw new HttpError(401, 'Unknown screen token')
  const point = typeof screen.infoPoint === 'object' ? screen.infoPoint.id : screen.infoPoint
  if (String(point) !== String(pointId)) throw new HttpError(403, 'This screen token belongs to another information point')
  return screen
}

/** Record a heartbeat of `screen`: when, which playlist it shows, from which address and browser. */
export async function recordHeartbeat(payload: Payload, screen: ScreenRow, beat: Heartbeat, at: { now: Date; ip: string | undefined; userAgent: string | undefined }): Promise<void> {
  if (beat.screenId !== String(screen.id)) throw new HttpError(403, 'screenId: this token belongs to another screen', { field: 'screenId' })
  await payload.update({
    collection: slugs.displayScreens,
    id: screen.id,
    data: { lastSeenAt: at.now.toISOString(), lastPlaylistVersion: beat.playlistVersion, lastIp: at.ip ?? null, lastUserAgent: (beat.userAgent ?? at.userAgent ?? '').slice(0, 512) || null },
    overrideAccess: true,
    depth: 0,
  })
}
