import type { ContentCollectionSlug, Locale } from '../domain'
import type { ItemsCursor } from '../feed/query'
import type { ReleasedItem } from '../payload-types'

/** The shapes of the read model's reads, shared by read.ts and its SQL path (sql.ts). */

/** What the agency API reads of a record. */
export type NinjsRecord = Pick<
  ReleasedItem,
  'itemCollection' | 'itemId' | 'language' | 'version' | 'releasedAt' | 'collectionIndex' | 'localeIndex' | 'embargoUntil' | 'organization' | 'ninjs' | 'withdrawn' | 'ownHeadline'
>

/** A page of the list: newest first (releasedAt, collection, id descending; language ascending), after a cursor. */
export type ListQuery = {
  collections: readonly ContentCollectionSlug[]
  locales: readonly Locale[]
  now: Date
  embargoed: boolean
  topicId?: number | string
  since?: Date
  after?: ItemsCursor
  limit: number
}

/** Some items of one collection, found by id: released now, or withdrawn (its URL answers with the notice). */
export type ItemRecordsQuery = { collection: ContentCollectionSlug; ids: string[]; locales: readonly Locale[]; now: Date; embargoed: boolean }
