/**
 * "Waiting for my review": across the content collections, items someone else submitted that the
 * signed-in user can move on. Editors review (`inReview`, and force-published items awaiting their
 * review afterwards); publishers publish (`approved`). Queried with the user's own access.
 */
import type { Payload, TypedUser, Where } from 'payload'

import { contentCollections, type ContentCollectionSlug } from '../../domain'
import { hasRole } from '../../access/roles'
import type { State } from '../../workflow/states'
import type { ContentItem } from '../../lib/documents'

export type QueueTask = 'review' | 'publish' | 'reviewAgain'

export type QueueItem = {
  collection: ContentCollectionSlug
  id: number | string
  title: string
  state: State
  task: QueueTask
  updatedAt: string
}

type Principal = TypedUser & { collection?: string }

/** What the user is waiting to do, as one Where per task (none for a contributor). */
export function queueQueries(user: Principal | null | undefined): { task: QueueTask; where: Where }[] {
  if (!user) return []
  const notMine: Where = { submittedBy: { not_equals: user.id } }
  const tasks: { task: QueueTask; where: Where }[] = []
  if (hasRole(user, 'editor')) {
    tasks.push({ task: 'review', where: { and: [{ state: { equals: 'inReview' } }, notMine] } })
    tasks.push({ task: 'reviewAgain', where: { and: [{ state: { equals: 'published' } }, { forcePublished: { equals: true } }, notMine] } })
  }
  if (hasRole(user, 'publisher')) {
    tasks.push({ task: 'publish', where: { and: [{ state: { equals: 'approved' } }, notMine] } })
  }
  return tasks
}

/** The admin's user prop may lack `collection`; access rules (hasRole) need it. */
export const asPrincipal = (user: TypedUser | null | undefined): Principal | null =>
  user ? ({ ...user, collection: (user as Principal).collection ?? 'users' } as Principal) : null

const titleOf = (payload: Payload, collection: ContentCollectionSlug, doc: ContentItem): string => {
  const field = payload.collections[collection]?.config.admin.useAsTitle
  const value: unknown = field ? Reflect.get(doc, field) : undefined
  if (typeof value === 'string' && value.trim()) return value
  return `#${String(doc.id)}`
}

/** Every queued item, newest change first. */
export async function loadReviewQueue(payload: Payload, user: Principal | null, locale?: string): Promise<QueueItem[]> {
  const queries = queueQueries(user)
  if (!user || queries.length === 0) return []
  const results = await Promise.all(
    contentCollections.flatMap((collection) =>
      queries.map(async ({ task, where }) => {
        const { docs } = await payload.find({
          collection,
          draft: true,
          where,
          depth: 0,
          limit: 100,
          sort: '-updatedAt',
          overrideAccess: false,
          user,
          ...(locale ? { locale: locale as never } : {}),
        })
        return docs.map((doc): QueueItem => ({
          collection,
          id: doc.id,
          title: titleOf(payload, collection, doc),
          state: doc.state ?? 'draft',
          task,
          updatedAt: doc.updatedAt,
        }))
      }),
    ),
  )
  return results.flat().sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
}

/** How many items wait for the user (for the navigation link). */
export async function countReviewQueue(payload: Payload, user: Principal | null): Promise<number> {
  const queries = queueQueries(user)
  if (!user || queries.length === 0) return 0
  const counts = await Promise.all(
    contentCollections.flatMap((collection) =>
      // Drafts live in the versions table (a draft save leaves the main row alone): count there.
      queries.map(async ({ where }) => (await payload.find({ collection, draft: true, where, depth: 0, limit: 1, overrideAccess: false, user })).totalDocs),
    ),
  )
  return counts.reduce((sum, n) => sum + n, 0)
}
