import { contentCollections, locales, type ContentCollectionSlug, type Locale } from '../domain'
import { feedTypes, type ApiClientContext, type FeedScope, type FeedType } from './types'

const isFeedType = (value: string): value is FeedType => Object.hasOwn(feedTypes, value)

/** The collections a client may read (its `types` may be public type names or collection slugs; empty = all). */
export function clientCollections(client: ApiClientContext): ContentCollectionSlug[] {
  if (!client.types || client.types.length === 0) return [...contentCollections]
  const allowed = new Set(client.types.map((t) => (isFeedType(t) ? feedTypes[t] : t)))
  return contentCollections.filter((c) => allowed.has(c))
}

/** The languages a client may read (empty = all), in the site's order. */
export function clientLocales(client: ApiClientContext): Locale[] {
  if (!client.languages || client.languages.length === 0) return [...locales]
  return locales.filter((l) => client.languages.includes(l))
}

/** What a client can see, as the feed state keeps it (etag.ts): its ETags follow only that. */
export const feedScopeOf = (client: ApiClientContext): FeedScope => ({
  collections: clientCollections(client),
  locales: clientLocales(client),
  privileged: client.embargoPrivilege,
})
