/**
 * The dashboard's overview: how many items of each content collection stand in each workflow state.
 * Editors and publishers see every item; a contributor sees their own ("Bài của tôi"), the ones
 * they can act on. Counted with the user's own access, on the working copies (the versions table),
 * like the lists and the review queue.
 */
import type { Payload, Where } from 'payload'

import { contentCollections, type ContentCollectionSlug } from '../../domain'
import { adminLanguages, defineCatalogue, type Messages, type MessagesOf } from '../../i18n'
import { isContributorOnly } from '../../workflow/rules'
import { states, type State } from '../../workflow/states'
import type { asPrincipal } from './reviewQueue'

type Principal = NonNullable<ReturnType<typeof asPrincipal>>

export type CollectionCounts = { collection: ContentCollectionSlug; byState: Record<State, number>; total: number }

/** Whose items the overview counts: a contributor's own, everyone's for reviewers. */
export const overviewScope = (user: Principal): 'own' | 'all' => (isContributorOnly(user) ? 'own' : 'all')

/** The filter behind one cell of the overview (also the list link's filter). */
export function overviewWhere(user: Principal, state: State): Where {
  const conditions: Where[] = [{ state: { equals: state } }]
  if (overviewScope(user) === 'own') conditions.push({ owner: { equals: user.id } })
  return { and: conditions }
}

export async function countByState(payload: Payload, user: Principal): Promise<CollectionCounts[]> {
  return Promise.all(
    contentCollections.map(async (collection) => {
      const counts = await Promise.all(
        states.map(
          async (state) =>
            (
              await payload.find({
                collection,
                draft: true,
                where: overviewWhere(user, state),
                depth: 0,
                limit: 1,
                select: {},
                overrideAccess: false,
                user,
              })
            ).totalDocs,
        ),
      )
      const byState = Object.fromEntries(states.map((state, i) => [state, counts[i] ?? 0])) as Record<State, number>
      return { collection, byState, total: counts.reduce((sum, n) => sum + n, 0) }
    }),
  )
}

/**
 * The list view's address filtered to one state (and to the user's own items for a contributor), in
 * the form Payload's filter bar reads back and shows.
 */
export function listUrl(adminRoute: string, collection: string, user: Principal, state: State): string {
  const params = new URLSearchParams({ 'where[or][0][and][0][state][equals]': state })
  if (overviewScope(user) === 'own') params.set('where[or][0][and][1][owner][equals]', String(user.id))
  return `${adminRoute}/collections/${collection}?${params.toString()}`
}

const vi = {
  titleAll: 'Nội dung theo trạng thái',
  titleOwn: 'Bài của tôi theo trạng thái',
  introAll: 'Số mục của từng loại nội dung ở mỗi bước duyệt. Bấm vào một số để xem danh sách.',
  introOwn: 'Các bài bạn đã tạo, ở mỗi bước duyệt. Bấm vào một số để xem danh sách.',
  contentType: 'Loại nội dung',
  total: 'Tổng',
  queue: 'Chờ tôi duyệt',
  queueCount: (count: number) => (count === 0 ? 'không có mục nào' : `${count} mục`),
  listOf: (state: string, collection: string) => `${collection}: ${state}`,
} satisfies Messages

const en: MessagesOf<typeof vi> = {
  titleAll: 'Content by state',
  titleOwn: 'My items by state',
  introAll: 'How many items of each content type are at each workflow step. Select a number to see the list.',
  introOwn: 'The items you created, at each workflow step. Select a number to see the list.',
  contentType: 'Content type',
  total: 'Total',
  queue: 'Waiting for my review',
  queueCount: (count) => (count === 0 ? 'nothing' : count === 1 ? '1 item' : `${count} items`),
  listOf: (state, collection) => `${collection}: ${state}`,
}

/** The dashboard's namespace of the catalogue (src/i18n). */
export const dashboardText = defineCatalogue(adminLanguages, { vi, en })
