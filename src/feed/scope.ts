import { contentCollections, locales, slugs, type ContentCollectionSlug, type Locale } from '../domain'
import type { Audience } from '../readModel/record'
import { feedTypes, type ApiClientContext, type FeedScope, type FeedType } from './types'

const isFeedType = (value: string): value is FeedType => Object.hasOwn(feedTypes, value)

/** The collections a client may read (its `types` may be public type names or collection slugs; empty = all). */
export function clientCollections(client: ApiClientContext): ContentCollectionSlug[] {
  if (!client.types || client.types.length === 0) return [...contentCollections]
  const allowed = new Set(client.types.map((t) => (isFeedType(t) ? feedTypes[t] : t)))
  return contentCollections.filter((c) => allowed.has(c))
}

/**
 * Whether a client has the `briefings` scope: `briefing` named in its content types. Only then does
 * it read restricted argument briefs; a client of every type (empty list) reads the public ones,
 * like any other content type, and never a restricted one.
 */
export const hasBriefingsScope = (client: Pick<ApiClientContext, 'types'>): boolean => client.types.includes(slugs.briefings)

/** The read model's audiences a client reads: the public's, and restricted briefs with the `briefings` scope. */
export const clientAudiences = (client: Pick<ApiClientContext, 'types'>): Audience[] => (hasBriefingsScope(client) ? ['public', 'restricted'] : ['public'])

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
