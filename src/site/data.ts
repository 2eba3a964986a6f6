import type { Payload } from 'payload'

import { contentCollections, globalSlugs, slugs, type ContentCollectionSlug, type Locale } from '../domain'
import { fallbackOrder, textIn } from '../lib/localized'
import type { Partner, Topic } from '../payload-types'
import { itemsInLanguage, listRecords, recordsBySlug, sitemapRecords, upcomingRecords, type SiteRecord } from '../readModel/pages'
import { listKeyOf } from '../readModel/record'
import { search as searchIndex } from '../search'
import { clockOf } from '../workflow/clock'
import { pictureOf, populatedMedia, sitePath } from './media'
import type { Card, ItemLookup, ItemView, ListFilters, ListPage, PartnerView, SearchResult, SiteIdentity, SitemapEntry, TopicView } from './model'
import { itemPath } from './urls'
import type { SiteItem } from './view'

/**
 * Every content read of the public website, in one module: the pages never query anything else.
 *
 * Released content comes from the read model (`released-items`, src/readModel): one record per
 * item and language, written in the transaction of the transition that changes the live copy, its
 * `page.site` holding what a page shows (src/site/view.ts). Reads go through the adapter
 * (`payload.db`, every engine) and decide visibility per request exactly as the agency API does
 * (src/readModel/read.ts): public audience only (never staff-only training materials), past any
 * embargo by the injectable clock (`clockOf(payload)`), a language only where the item was
 * released in it (there is no record otherwise); a withdrawn item is found only at its own
 * addresses, for its notice. An item page is one query (its records by slug), plus one for its
 * related items when it has any; a list page one query and its count.
 *
 * Topics, partners and the site settings (not content) are read through the Local API as the
 * public (`overrideAccess: false`, no user).
 */

export const PAGE_SIZE = 10
/** Search results shown on the one results page. */
export const SEARCH_LIMIT = 20


const date = (iso: string | undefined): Date | undefined => (iso ? new Date(iso) : undefined)
/** A record written before `page.site` existed shows nowhere until the refill at start (src/readModel/refill.ts) rewrites it. */
const siteItemOf = (r: SiteRecord): SiteItem | undefined => (r.page.site?.kind === 'item' ? r.page.site : undefined)

/** Whether a withdrawn item had been public: no embargo, or one that passed before the withdrawal. */
export function wasPublicBeforeWithdrawal(embargoUntil: string | null | undefined, withdrawnAt: string | undefined): boolean {
  if (!embargoUntil) return true
  return withdrawnAt !== undefined && new Date(embargoUntil).getTime() <= new Date(withdrawnAt).getTime()
}

export type SiteData = ReturnType<typeof createSiteData>

export function createSiteData(payload: Payload) {
  const publicRead = { overrideAccess: false, draft: false } as const
  const now = () => clockOf(payload).now()

  function cardOf(r: SiteRecord): Card | undefined {
    const v = siteItemOf(r)
    if (!v || !r.slug) return undefined
    return { collection: r.itemCollection, path: itemPath(r.language, r.itemCollection, r.slug), title: v.title, summary: v.summary, date: date(v.date), number: v.number, image: v.image }
  }
  const cardsOf = (records: SiteRecord[]): Card[] => records.flatMap((r) => cardOf(r) ?? [])

  async function topicBySlug(slug: string): Promise<Topic | undefined> {
    const { docs } = await payload.find({ collection: slugs.topics, where: { slug: { equals: slug } }, locale: 'all', limit: 1, depth: 0, ...publicRead })
    return docs[0]
  }

  async function partnerBySlug(slug: string): Promise<Partner | undefined> {
    const { docs } = await payload.find({ collection: slugs.partners, where: { slug: { equals: slug } }, locale: 'all', limit: 1, depth: 1, ...publicRead })
    return docs[0]
  }

  /**
   * One page of a content type's released items in a language, newest first (by first release).
   * `undefined` when a filter names a topic or partner that does not exist (the page answers 404).
   */
  async function latest(lang: Locale, collection: ContentCollectionSlug, page = 1, filters: ListFilters = {}, limit = PAGE_SIZE): Promise<ListPage | undefined> {
    const q = { listKey: listKeyOf(collection, lang), now: now(), year: filters.year, limit, offset: (page - 1) * limit }
    let topicId: number | string | undefined
    let partnerId: number | string | undefined
    if (filters.topic) {
      const topic = await topicBySlug(filters.topic)
      if (!topic) return undefined
      topicId = topic.id
    }
    if (filters.partner) {
      const partner = await partnerBySlug(filters.partner)
      if (!partner || collection !== 'partner-media') return undefined
      partnerId = partner.id
    }
    const { records, total } = await listRecords(payload, { ...q, topicId, partnerId })
    const modified = records
      .map((r) => date(r.page.site?.modified))
      .reduce<Date | undefined>((max, d) => (d && (!max || d > max) ? d : max), undefined)
    return { items: cardsOf(records), page, pages: Math.max(1, Math.ceil(total / limit)), total, modified }
  }
  /** Public training sessions still to come (their `date` today or later), soonest first. */
  async function upcoming(lang: Locale, limit = 3): Promise<Card[]> {
    const today = new Date(now().toISOString().slice(0, 10))
    const docs = await upcomingRecords(payload, { listKey: listKeyOf(slugs.trainingMaterials, lang), from: today, now: now(), limit })
    return cardsOf(docs)
  }

  /** The related items released in `lang` now, in the editor's order. */
  async function relatedCards(lang: Locale, related: SiteItem['related']): Promise<Card[]> {
    const docs = await itemsInLanguage(payload, { items: related, language: lang, now: now() })
    const cards = new Map(docs.map((r) => [`${r.itemCollection}:${r.itemId}`, cardOf(r)]))
    return related.flatMap((r) => cards.get(`${r.collection}:${r.id}`) ?? [])
  }

  async function itemViewOf(record: SiteRecord, v: SiteItem): Promise<ItemView> {
    const card = cardOf(record) as Card
    return {
      ...card,
      id: record.itemId,
      place: v.place,
      body: v.body,
      images: v.images,
      files: v.files,
      contacts: v.contacts,
      related: await relatedCards(record.language, v.related),
      topics: v.topics,
      partner: v.partner,
      originalUrl: v.originalUrl,
      correction: v.correction ? { note: v.correction.note, at: date(v.correction.at) } : undefined,
      alternates: Object.fromEntries(Object.entries(v.alternates).map(([l, a]) => [l, itemPath(l as Locale, record.itemCollection, a.slug)])),
      ogImage: v.ogImage,
      fellBack: v.fellBack,
      firstPublished: date(v.firstPublished),
      modified: date(v.modified) ?? new Date(0),
    }
  }

  /**
   * An item by its slug in a language: the item; or its own address in this language (301); or
   * where else it is released; or, withdrawn, its notice; or nothing (never released, embargoed,
   * staff-only: indistinguishable from a wrong slug). One query: the records with this slug that the
   * agency API would serve by id (public; past any embargo, or withdrawn).
   */
  async function itemBySlug(lang: Locale, collection: ContentCollectionSlug, slug: string): Promise<ItemLookup> {
    const docs = await recordsBySlug(payload, { collection, slug, now: now() })
    const order = fallbackOrder(lang)
    const byLanguage = (a: SiteRecord, b: SiteRecord) => order.indexOf(a.language) - order.indexOf(b.language)
    const live = docs.filter((r) => !r.withdrawn && siteItemOf(r)).sort(byLanguage)
    const own = live.find((r) => r.language === lang)
    if (own) return { kind: 'item', item: await itemViewOf(own, siteItemOf(own) as SiteItem) }
    const other = live[0]
    if (other) {
      const v = siteItemOf(other) as SiteItem
      const here = v.alternates[lang]
      if (here) return { kind: 'moved', path: itemPath(lang, collection, here.slug) }
      const alternates = Object.fromEntries(Object.entries(v.alternates).map(([l, a]) => [l, itemPath(l as Locale, collection, a.slug)]))
      const titles = Object.fromEntries(Object.entries(v.alternates).map(([l, a]) => [l, a.title]))
      return { kind: 'elsewhere', alternates, titles }
    }
    // A release withdrawn before its embargo passed was never public: no notice, not even its
    // title (the same answer as for a wrong slug).
    const gone = docs.filter((r) => r.withdrawn && r.page.site?.kind === 'withdrawn' && wasPublicBeforeWithdrawal(r.embargoUntil, r.page.site.at)).sort(byLanguage)[0]
    if (gone?.page.site?.kind === 'withdrawn') {
      const w = gone.page.site
      const title = w.titles[lang] ?? Object.values(w.titles)[0] ?? { text: slug, lang }
      return { kind: 'withdrawn', title, at: date(w.at), reason: w.reason, modified: date(w.modified) ?? new Date(0) }
    }
    return { kind: 'missing' }
  }

  async function topics(lang: Locale): Promise<TopicView[]> {
    const { docs } = await payload.find({ collection: slugs.topics, locale: 'all', limit: 200, pagination: false, depth: 0, ...publicRead })
    const order = fallbackOrder(lang)
    return docs
      .flatMap((t) => (t.slug ? [{ slug: t.slug, name: textIn(t.name, order) ?? { text: t.slug, lang }, description: textIn(t.description, order) }] : []))
      .sort((a, b) => a.name.text.localeCompare(b.name.text, lang))
  }

  async function topic(lang: Locale, slug: string): Promise<TopicView | undefined> {
    const t = await topicBySlug(slug)
    const order = fallbackOrder(lang)
    return t?.slug ? { slug: t.slug, name: textIn(t.name, order) ?? { text: t.slug, lang }, description: textIn(t.description, order) } : undefined
  }

  const partnerView = (p: Partner, lang: Locale): PartnerView | undefined => {
    const order = fallbackOrder(lang)
    if (!p.slug) return undefined
    const logo = populatedMedia(p.logo)[0]
    return {
      slug: p.slug,
      name: textIn(p.name, order) ?? { text: p.slug, lang },
      description: textIn(p.description, order),
      website: p.website ?? undefined,
      logo: logo ? pictureOf(logo, order, 'full') : undefined,
    }
  }

  async function partners(lang: Locale): Promise<PartnerView[]> {
    const { docs } = await payload.find({ collection: slugs.partners, locale: 'all', limit: 500, pagination: false, depth: 1, ...publicRead })
    return docs.flatMap((p) => partnerView(p, lang) ?? []).sort((a, b) => a.name.text.localeCompare(b.name.text, lang))
  }

  async function partner(lang: Locale, slug: string): Promise<PartnerView | undefined> {
    const p = await partnerBySlug(slug)
    return p ? partnerView(p, lang) : undefined
  }

  /**
   * Search in the visitor's language (src/search: Vietnamese without diacritics, English word forms,
   * Lao substrings), public items only, most relevant first. The hits are then read from the read
   * model with the same rule as every page, so an entry the index holds for an item no longer
   * released never shows.
   */
  async function search(lang: Locale, query: string, limit = SEARCH_LIMIT): Promise<SearchResult> {
    const at = now()
    const { hits, total } = await searchIndex(payload, { q: query, languages: [lang], types: contentCollections, now: at, embargoed: false, audiences: ['public'], limit, offset: 0 })
    if (hits.length === 0) return { query, items: [], total }
    const docs = await itemsInLanguage(payload, { items: hits.map((h) => ({ collection: h.type, id: String(h.docId) })), language: lang, now: at })
    const found = new Map(docs.map((r) => [`${r.itemCollection}:${r.itemId}`, cardOf(r)]))
    const items = hits.flatMap((h) => found.get(`${h.type}:${String(h.docId)}`) ?? [])
    return { query, items, total: Math.max(total, items.length) }
  }

  async function siteIdentity(lang: Locale): Promise<SiteIdentity> {
    const settings = await payload.findGlobal({ slug: globalSlugs.siteSettings, locale: 'all', depth: 1, ...publicRead })
    const order = fallbackOrder(lang)
    const logo = populatedMedia(settings.logo)[0]
    return {
      name: textIn(settings.organizationName, order) ?? { text: '', lang },
      address: textIn(settings.address, order),
      email: settings.contactEmail ?? undefined,
      phone: settings.contactPhone ?? undefined,
      logo: logo ? { src: sitePath(logo.url as string), width: logo.width ?? undefined, height: logo.height ?? undefined } : undefined,
      links: (settings.socialLinks ?? []).map((l) => ({ platform: l.platform, url: l.url })),
      footerLinks: (settings.footerLinks ?? []).flatMap((l) => {
        const text = textIn(l.label, order)
        return text && l.url ? [{ label: text, url: l.url }] : []
      }),
    }
  }

  /** Every released item with its address in each language it is released in, for sitemap.xml. */
  async function sitemapItems(): Promise<SitemapEntry[]> {
    const docs = await sitemapRecords(payload, now())
    const entries = new Map<string, SitemapEntry>()
    for (const r of docs) {
      if (!r.slug) continue
      const key = `${r.itemCollection}:${r.itemId}`
      const entry = entries.get(key) ?? { alternates: {}, modified: undefined }
      entry.alternates[r.language] = itemPath(r.language, r.itemCollection, r.slug)
      const released = new Date(r.releasedAt)
      if (!entry.modified || released > entry.modified) entry.modified = released
      entries.set(key, entry)
    }
    return [...entries.values()]
  }

  return { latest, upcoming, itemBySlug, topics, topic, partners, partner, search, siteIdentity, sitemapItems, now }
}
