import { APIError, type Payload, type PayloadRequest } from 'payload'

import { hasRole } from '../../access/roles'
import { slugs } from '../../domain'
import type { Topic } from '../../payload-types'

type User = NonNullable<PayloadRequest['user']>

/** A staff request: every Local API call made for the user goes through `asUser` (access enforced). */
export type StaffCtx = { payload: Payload; req: PayloadRequest; user: User }

/** The signed-in staff member who manages subscribers (editor, publisher, admin), or 401/403. */
export function requireSubscriberManager(req: PayloadRequest): NonNullable<PayloadRequest['user']> {
  if (!req.user) throw new APIError('Sign in to manage email subscribers', 401, null, true)
  if (!hasRole(req.user, 'editor', 'publisher')) throw new APIError('Only editors, publishers and admins may manage email subscribers', 403, null, true)
  return req.user
}

/** The staff context of a request, once `requireSubscriberManager` let it through. */
export const staffContext = (req: PayloadRequest): StaffCtx => ({ payload: req.payload, req, user: requireSubscriberManager(req) })

/** Local API options that act as the signed-in user, inside the request's transaction if any. */
export const asUser = ({ req, user }: StaffCtx) => ({ overrideAccess: false as const, user, req })

export type TopicIndex = { idBySlug: Map<string, Topic['id']>; slugById: Map<string, string> }

/** Every topic by slug and by id (a few dozen at most). */
export async function loadTopics(ctx: StaffCtx): Promise<TopicIndex> {
  const topics = await ctx.payload.find({ collection: slugs.topics, pagination: false, depth: 0, select: { slug: true }, ...asUser(ctx) })
  const idBySlug = new Map<string, Topic['id']>()
  const slugById = new Map<string, string>()
  for (const topic of topics.docs) {
    if (!topic.slug) continue
    idBySlug.set(topic.slug.toLowerCase(), topic.id)
    slugById.set(String(topic.id), topic.slug)
  }
  return { idBySlug, slugById }
}

/** Split a list into pieces of `size` (for `in` queries). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
