import type { ContentCollectionSlug, Locale } from '../domain'
import type { LocalText } from '../lib/localized'

/**
 * What the website's pages show, as plain values: the data module (./data.ts) makes them from
 * whatever it reads, the pages (./pages/) render them. Every text a reader sees carries the
 * language it is actually in, so a fragment in another language gets its own `lang`.
 */

export type Picture = {
  src: string
  /** `url width` pairs of the renditions, for `srcset`. */
  srcset: string
  width?: number
  height?: number
  alt: LocalText | undefined
  caption?: LocalText
  credit?: string
}

export type FileLink = { url: string; name: LocalText | { text: string; lang?: undefined }; kind?: string; size?: string }

export type Contact = { name: string; role?: LocalText; email?: string; phone?: string }

export type TopicRef = { slug: string; name: LocalText }

export type Card = {
  collection: ContentCollectionSlug
  /** The item's page (a path on this site). */
  path: string
  title: LocalText
  summary?: LocalText
  date?: Date
  number?: string
  image?: Picture
}

/** One item in one language, ready to show. */
export type ItemView = Card & {
  id: number | string
  place?: LocalText
  body?: { html: string; lang: Locale }
  images: Picture[]
  files: FileLink[]
  contacts: Contact[]
  related: Card[]
  topics: TopicRef[]
  partner?: { slug: string; name: LocalText }
  originalUrl?: string
  correction?: { note: string; at?: Date }
  /** The item's page in every language it is released in (paths). */
  alternates: Partial<Record<Locale, string>>
  /** The `og` rendition (1200×630) of the first image, for Open Graph and Twitter cards. */
  ogImage?: { src: string; width: number; height: number }
  /** Some text is shown in another language than the page's. */
  fellBack: boolean
  firstPublished?: Date
  modified: Date
}

export type ItemLookup =
  | { kind: 'item'; item: ItemView }
  /** The slug is an older or other-language one of an item released in this language: its page. */
  | { kind: 'moved'; path: string }
  /** Withdrawn: the notice, its date and reason, never the content. */
  | { kind: 'withdrawn'; title: LocalText; at?: Date; reason?: string; modified: Date }
  /** Released, but not in this language: where it can be read. */
  | { kind: 'elsewhere'; alternates: Partial<Record<Locale, string>>; titles: Partial<Record<Locale, string>> }
  | { kind: 'missing' }

export type ListFilters = { topic?: string; year?: number; partner?: string }

export type ListPage = { items: Card[]; page: number; pages: number; total: number; modified?: Date }

export type TopicView = { slug: string; name: LocalText; description?: LocalText }

export type PartnerView = { slug: string; name: LocalText; description?: LocalText; website?: string; logo?: Picture }

export type SiteIdentity = {
  name: LocalText
  address?: LocalText
  email?: string
  phone?: string
  logo?: { src: string; width?: number; height?: number }
  links: { platform: string; url: string }[]
  /** The footer's own links, edited in the site settings. */
  footerLinks: { label: LocalText; url: string }[]
}

export type SearchResult = { query: string; items: Card[]; total: number }

/** One page of the sitemap: its address in each language it exists in. */
export type SitemapEntry = { alternates: Partial<Record<Locale, string>>; modified?: Date }
