import type { ContentCollectionSlug, Locale } from '../domain'
import type { ItemsCursor } from '../feed/query'
import type { ReleasedItem } from '../payload-types'
import type { Audience, ReleasedEmail } from './record'

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
  /** The audiences the reader may see: `['public']`, or with `restricted` for an agency client with the `briefings` scope. */
  audiences: readonly Audience[]
  topicId?: number | string
  since?: Date
  after?: ItemsCursor
  limit: number
}

/** Some items of one collection, found by id: released now, or withdrawn (its URL answers with the notice). */
export type ItemRecordsQuery = { collection: ContentCollectionSlug; ids: string[]; locales: readonly Locale[]; now: Date; embargoed: boolean; audiences: readonly Audience[] }

/** What email reads of a record: who may receive it (embargo, audience, withdrawal), its topics, and what it shows. */
export type EmailRecord = Pick<ReleasedItem, 'itemCollection' | 'itemId' | 'language' | 'releasedAt' | 'embargoUntil' | 'audience' | 'withdrawn'> & {
  topics?: ReleasedItem['topics']
  /** Absent on records written before records carried it (until `npm run reindex`). */
  email?: ReleasedEmail | null
}

/** What a digest reads of a record to know what was released in a period. */
export type ReleaseRecord = Pick<ReleasedItem, 'itemCollection' | 'itemId' | 'releasedAt' | 'embargoUntil' | 'topics'>
