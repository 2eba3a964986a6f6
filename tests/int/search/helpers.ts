import { createLocalReq, type Payload } from 'payload'

import type { ContentCollectionSlug } from '../../../src/domain'
import { contentCollections } from '../../../src/domain'
import { indexEntries, search, type SearchEntry, type SearchQuery } from '../../../src/search'
import type { SearchEngine } from '../../../src/search/types'

/** The search as the public reads it: every language and type, public entries, no embargo privilege. */
export const publicQuery = (q: string, over: Partial<SearchQuery> = {}): SearchQuery => ({
  q,
  languages: ['vi', 'en', 'lo'],
  types: [...contentCollections],
  now: new Date('2026-12-07T00:00:00Z'),
  embargoed: false,
  audiences: ['public'],
  limit: 10,
  offset: 0,
  ...over,
})

/** An entry with everything but what a test is about filled in. */
export const entry = (over: Partial<SearchEntry> & Pick<SearchEntry, 'docId' | 'title'>): SearchEntry => ({
  type: 'press-releases',
  language: 'vi',
  text: '',
  topics: [],
  releasedAt: '2026-11-01T00:00:00Z',
  embargoUntil: null,
  audience: 'public',
  withdrawn: false,
  ...over,
})

export async function index(payload: Payload, entries: SearchEntry[]): Promise<void> {
  await indexEntries(await createLocalReq({}, payload), entries)
}

/** The hits as "type:id:language", in rank order. */
export async function found(payload: Payload, query: SearchQuery, engine?: SearchEngine): Promise<string[]> {
  const { hits } = await search(payload, query, engine)
  return hits.map((h) => `${h.type}:${h.docId}:${h.language}`)
}

export const key = (docId: number, language = 'vi', type: ContentCollectionSlug = 'press-releases') => `${type}:${docId}:${language}`
