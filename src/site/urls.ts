import { defaultLocale, locales, type ContentCollectionSlug, type Locale } from '../domain'

/**
 * Every address of the public website, built in one place: the site's own links, the feeds'
 * entry links and `home_page_url`, ninjs `links` and every email's "read online" link use these
 * functions, so a page never moves without every channel following it.
 *
 *   /                                   → /vi, /en or /lo by Accept-Language
 *   /{lang}                             home
 *   /{lang}/{collection}                list (?page=, ?topic=, ?year=, ?partner=)
 *   /{lang}/{collection}/{slug}         item, by its slug in that language
 *   /{lang}/topics, /{lang}/topics/{slug}, /{lang}/partners, /{lang}/partners/{slug}
 *   /{lang}/search?q=, /{lang}/press
 *   /{lang}/exhibitions, /{lang}/exhibitions/{slug}, /{lang}/exhibitions/{slug}/{exhibit slug or number}
 *
 * The collection segment is the collection's slug (a contract already: `src/domain/slugs.ts`), the
 * same in every language, so an item's addresses differ only by language and slug.
 */

export const siteSections = ['topics', 'partners', 'search', 'press'] as const
export type SiteSection = (typeof siteSections)[number]

const base = (publicUrl: string) => publicUrl.replace(/\/+$/, '')

/** A path with its query (empty values left out). */
export function withQuery(path: string, query: Record<string, string | number | undefined> = {}): string {
  const entries = Object.entries(query).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '')
  return entries.length ? `${path}?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : path
}

export const homePath = (lang: Locale) => `/${lang}`
export const listPath = (lang: Locale, collection: ContentCollectionSlug, query?: Record<string, string | number | undefined>) =>
  withQuery(`/${lang}/${collection}`, query)
export const itemPath = (lang: Locale, collection: ContentCollectionSlug, slug: string) => `/${lang}/${collection}/${encodeURIComponent(slug)}`
export const topicsPath = (lang: Locale) => `/${lang}/topics`
export const topicPath = (lang: Locale, slug: string) => `/${lang}/topics/${encodeURIComponent(slug)}`
export const partnersPath = (lang: Locale) => `/${lang}/partners`
export const partnerPath = (lang: Locale, slug: string) => `/${lang}/partners/${encodeURIComponent(slug)}`
export const searchPath = (lang: Locale, q?: string) => withQuery(`/${lang}/search`, { q })
export const pressPath = (lang: Locale) => `/${lang}/press`
/** Digital exhibitions: the list, one exhibition (its exhibits in order), one exhibit (by its slug). */
export const exhibitionsPath = (lang: Locale) => `/${lang}/exhibitions`
export const exhibitionPath = (lang: Locale, slug: string) => `/${lang}/exhibitions/${encodeURIComponent(slug)}`
export const exhibitPath = (lang: Locale, exhibition: string, exhibit: string) => `${exhibitionPath(lang, exhibition)}/${encodeURIComponent(exhibit)}`
/** An exhibit picture's Deep Zoom descriptor (tiles served by src/exhibitions/routes.ts). */
export const tilesDescriptorPath = (key: string) => `/exhibit-tiles/${encodeURIComponent(key)}/image.dzi`
/** The sign-up form (src/subscribers/public), in the page's language. */
export const subscribePath = (lang: Locale) => withQuery('/subscribe', { lang })
export const feedPath = (lang: Locale, format: 'rss.xml' | 'atom.xml' | 'feed.json') => `/feed/v1/${lang}/${format}`
export const apiDocsPath = '/feed/v1/docs'

export const absolute = (publicUrl: string, path: string) => `${base(publicUrl)}${path}`

export const homeUrl = (publicUrl: string, lang: Locale) => absolute(publicUrl, homePath(lang))

/**
 * An item's slug in a language, from a document read with `locale: 'all'` (a `{ vi, en, lo }` map)
 * or in one language (a string): that language's own slug, else Vietnamese's (the item page of a
 * language without a slug of its own answers at the Vietnamese slug).
 */
export function slugIn(slug: unknown, lang: Locale): string | undefined {
  if (typeof slug === 'string') return slug.trim() || undefined
  if (!slug || typeof slug !== 'object') return undefined
  const map = slug as Partial<Record<Locale, unknown>>
  for (const l of [lang, defaultLocale, ...locales]) {
    const value = map[l]
    if (typeof value === 'string' && value.trim()) return value.trim()
  }
  return undefined
}

/**
 * The public page of an item in a language: absolute, by its slug in that language. Without any
 * slug (never the case for an item saved through Payload, whose slug is made from the title),
 * the language's list page.
 */
export function itemUrl(publicUrl: string, collection: ContentCollectionSlug, doc: { slug?: unknown }, lang: Locale): string {
  const slug = slugIn(doc.slug, lang)
  return absolute(publicUrl, slug ? itemPath(lang, collection, slug) : listPath(lang, collection))
}
