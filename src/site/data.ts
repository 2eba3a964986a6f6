import type { Payload, Where } from 'payload'

import { contentCollections, globalSlugs, locales, slugs, type ContentCollectionSlug, type Locale } from '../domain'
import { dateOf } from '../email/render/dates'
import { ItemReader, titleOf } from '../email/render/item'
import type { AllLocales, ContentItem } from '../lib/documents'
import { fallbackOrder, textIn, valueIn } from '../lib/localized'
import type { Media, Partner, Topic } from '../payload-types'
import { richTextToHtml } from '../richtext'
import { search as searchIndex } from '../search'
import { clockOf } from '../workflow/clock'
import { fileLinkOf, isImage, ogImageOf, pictureOf, populatedMedia, sitePath } from './media'
import type { Card, ItemLookup, ItemView, ListFilters, ListPage, PartnerView, SearchResult, SiteIdentity, SitemapEntry, TopicView } from './model'
import { itemPath, slugIn } from './urls'

/**
 * Every content read of the public website, in one module: the pages never query anything else,
 * so the site can be re-pointed at another source (the read model) here alone.
 *
 * Today it reads through Payload's Local API as the public: `overrideAccess: false` and no user, so
 * the public read rule (src/access/releasedOrStaff.ts) decides what exists, exactly as on REST,
 * GraphQL, the agency API and the feeds: drafts, embargoed press releases (by the injectable
 * clock), staff-only training materials and languages not published do not exist here.
 * `draft: false`, `depth` 1 at most.
 */

export const PAGE_SIZE = 10
/** Search results shown on the one results page. */
export const SEARCH_LIMIT = 20
type Doc = AllLocales<ContentItem>

const asDoc = (value: unknown): Doc => value as Doc // Payload's find answers ContentItem per collection; read with locale 'all' (see lib/documents)
/** A field that is not localized, typed by AllLocales as possibly per-language: its string, if it is one. */
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined)

export type SiteData = ReturnType<typeof createSiteData>

export function createSiteData(payload: Payload, publicUrl: string) {
  const publicRead = { overrideAccess: false, draft: false } as const

  /** When an item came out: its own date (training, partner media), else its release (an embargo lifting counts). */
  const releaseDate = (doc: Doc): Date | undefined => {
    const own = dateOf('date' in doc ? doc.date : undefined)
    if (own) return own
    const first = dateOf(doc.firstPublishedAt) ?? dateOf(doc.publishedAt)
    const embargo = dateOf('embargoUntil' in doc ? doc.embargoUntil : undefined)
    return embargo && first && embargo > first && embargo <= clockOf(payload).now() ? embargo : first
  }

  const firstImage = (doc: Doc): Media | undefined =>
    [
      ...populatedMedia('cover' in doc ? doc.cover : undefined),
      ...populatedMedia('images' in doc ? doc.images : undefined),
      ...populatedMedia('media' in doc ? doc.media : undefined),
    ].find(isImage)

  const publishedIn = (doc: Doc): Locale[] => (doc.publishedLocales ?? []).filter((l): l is Locale => (locales as readonly unknown[]).includes(l))

  const alternatesOf = (collection: ContentCollectionSlug, doc: Doc): Partial<Record<Locale, string>> =>
    Object.fromEntries(
      publishedIn(doc).flatMap((l) => {
        const slug = slugIn(doc.slug, l)
        return slug ? [[l, itemPath(l, collection, slug)]] : []
      }),
    )

  function cardOf(collection: ContentCollectionSlug, doc: Doc, lang: Locale): Card {
    const reader = new ItemReader(collection, doc, lang, fallbackOrder(lang, doc.publishedLocales))
    const image = firstImage(doc)
    return {
      collection,
      path: itemPath(lang, collection, slugIn(doc.slug, lang) ?? String(doc.id)),
      title: reader.headline(),
      summary: reader.textOf(doc.summary),
      date: releaseDate(doc),
      number: 'releaseNumber' in doc ? str(doc.releaseNumber) : undefined,
      image: image ? pictureOf(image, reader.order, 'card') : undefined,
    }
  }

  async function topicBySlug(slug: string): Promise<Topic | undefined> {
    const { docs } = await payload.find({ collection: slugs.topics, where: { slug: { equals: slug } }, locale: 'all', limit: 1, depth: 0, ...publicRead })
    return docs[0]
  }

  async function partnerBySlug(slug: string): Promise<Partner | undefined> {
    const { docs } = await payload.find({ collection: slugs.partners, where: { slug: { equals: slug } }, locale: 'all', limit: 1, depth: 1, ...publicRead })
    return docs[0]
  }

  /**
   * One page of a content type's released items in a language, newest first. `undefined` when a
   * filter names a topic or partner that does not exist (the page answers 404).
   */
  async function latest(lang: Locale, collection: ContentCollectionSlug, page = 1, filters: ListFilters = {}, limit = PAGE_SIZE): Promise<ListPage | undefined> {
    // Read in every language (texts as { vi, en, lo }, for `lang` attributes); the language itself
    // is a condition, as the public rule makes it when a single language is asked.
    const where: Where[] = [{ publishedLocales: { in: [lang] } }]
    if (filters.topic) {
      const topic = await topicBySlug(filters.topic)
      if (!topic) return undefined
      where.push({ topics: { in: [topic.id] } })
    }
    if (filters.partner) {
      const partner = await partnerBySlug(filters.partner)
      if (!partner || collection !== 'partner-media') return undefined
      where.push({ partner: { equals: partner.id } })
    }
    if (filters.year) {
      where.push({ firstPublishedAt: { greater_than_equal: `${filters.year}-01-01T00:00:00.000Z` } })
      where.push({ firstPublishedAt: { less_than: `${filters.year + 1}-01-01T00:00:00.000Z` } })
    }
    const found = await payload.find({ collection, where: { and: where }, locale: 'all', sort: '-firstPublishedAt', page, limit, depth: 1, ...publicRead })
    const docs = found.docs.map(asDoc)
    const modified = docs.map((d) => dateOf(d.updatedAt)).reduce<Date | undefined>((max, d) => (d && (!max || d > max) ? d : max), undefined)
    return { items: docs.map((d) => cardOf(collection, d, lang)), page: found.page ?? page, pages: Math.max(1, found.totalPages), total: found.totalDocs, modified }
  }

  /** Public training sessions still to come (their `date` today or later), soonest first. */
  async function upcoming(lang: Locale, limit = 3): Promise<Card[]> {
    const today = new Date(clockOf(payload).now().toISOString().slice(0, 10))
    const found = await payload.find({
      collection: slugs.trainingMaterials,
      where: { and: [{ publishedLocales: { in: [lang] } }, { date: { greater_than_equal: today.toISOString() } }] },
      locale: 'all',
      sort: 'date',
      limit,
      depth: 1,
      ...publicRead,
    })
    return found.docs.map((d) => cardOf(slugs.trainingMaterials, asDoc(d), lang))
  }

  /** The whole item in one language (read with `locale: 'all'` so each text knows its language). */
  async function itemView(lang: Locale, collection: ContentCollectionSlug, id: number | string): Promise<ItemView | undefined> {
    const raw = await payload.findByID({ collection, id, locale: 'all', depth: 1, disableErrors: true, ...publicRead })
    if (!raw) return undefined
    const doc = asDoc(raw)
    if (doc.state !== 'published' || !publishedIn(doc).includes(lang)) return undefined
    const order = fallbackOrder(lang, doc.publishedLocales)
    const reader = new ItemReader(collection, doc, lang, order)
    const card = cardOf(collection, doc, lang)
    const title = reader.headline()
    const summary = reader.textOf(doc.summary)
    const place = reader.textOf('datelinePlace' in doc ? doc.datelinePlace : undefined)
    // Images in the body: the uncropped `feature` rendition, as a path on this site (./media.ts).
    const rendering = {
      publicUrl: '',
      order,
      image: (m: Media) => {
        const shown = m.sizes?.feature?.url ? m.sizes.feature : m
        return { src: sitePath(shown.url as string), width: shown.width ?? undefined, height: shown.height ?? undefined }
      },
    }
    const body = order
      .map((l) => ({ lang: l, html: richTextToHtml(valueIn('body' in doc ? doc.body : undefined, l), rendering) }))
      .find((b) => b.html.trim() !== '')
    if (body && body.lang !== lang) reader.fellBack = true
    const images = [
      ...populatedMedia('cover' in doc ? doc.cover : undefined),
      ...populatedMedia('images' in doc ? doc.images : undefined),
      ...populatedMedia('media' in doc ? doc.media : undefined).filter(isImage),
    ].filter(isImage)
    const ownFiles = 'files' in doc ? (doc.files as unknown) : undefined
    const filesInLang = Array.isArray(ownFiles) ? ownFiles : order.map((l) => populatedMedia((ownFiles as Partial<Record<Locale, unknown>> | undefined)?.[l])).find((list) => list.length > 0)
    const files = [
      ...populatedMedia('attachments' in doc ? doc.attachments : undefined),
      ...populatedMedia(filesInLang),
      ...populatedMedia('media' in doc ? doc.media : undefined).filter((m) => !isImage(m)),
    ]
    const related = ('related' in doc ? (doc.related ?? []) : []).flatMap((r) => {
      const value = r && typeof r === 'object' && 'value' in r ? r.value : undefined
      if (!value || typeof value !== 'object') return []
      const other = asDoc(value)
      return other.state === 'published' && publishedIn(other).includes(lang) ? [cardOf(r.relationTo as ContentCollectionSlug, other, lang)] : []
    })
    const topics = (doc.topics ?? []).flatMap((t) => {
      const topicSlug = t && typeof t === 'object' ? str(t.slug) : undefined
      return topicSlug && typeof t === 'object' ? [{ slug: topicSlug, name: reader.textOf(t.name) ?? { text: topicSlug, lang } }] : []
    })
    const partnerDoc = 'partner' in doc && doc.partner && typeof doc.partner === 'object' ? doc.partner : undefined
    const partnerSlug = str(partnerDoc?.slug)
    const contacts = ('pressContacts' in doc ? (doc.pressContacts ?? []) : []).flatMap((c) => {
      const name = str(c.name)
      return name ? [{ name, role: reader.textOf(c.role), email: str(c.email), phone: str(c.phone) }] : []
    })
    const note = typeof doc.correctionNote === 'string' && doc.correctionNote.trim() ? doc.correctionNote.trim() : undefined
    return {
      ...card,
      id: doc.id,
      title,
      summary,
      place,
      body,
      images: images.map((m) => pictureOf(m, order, 'full')),
      files: files.map((m) => fileLinkOf(m, order)),
      contacts,
      related,
      topics,
      partner: partnerDoc && partnerSlug ? { slug: partnerSlug, name: reader.textOf(partnerDoc.name) ?? { text: partnerSlug, lang } } : undefined,
      originalUrl: 'originalUrl' in doc ? str(doc.originalUrl) : undefined,
      correction: note ? { note, at: dateOf(doc.correctedAt) } : undefined,
      alternates: alternatesOf(collection, doc),
      ogImage: ogImageOf(images[0], publicUrl),
      fellBack: reader.fellBack,
      firstPublished: dateOf(doc.firstPublishedAt),
      modified: dateOf(doc.updatedAt) ?? new Date(0),
    }
  }

  /** The id of the item released in `locale` whose slug in that language is `slug`. */
  async function releasedIdBySlug(locale: Locale, collection: ContentCollectionSlug, slug: string): Promise<number | string | undefined> {
    const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, locale, limit: 1, depth: 0, select: { slug: true }, ...publicRead })
    return docs[0]?.id
  }

  /**
   * An item by its slug in a language: the item; or where else it is released; or, withdrawn, its
   * notice; or nothing (never released, embargoed, staff-only: indistinguishable from a wrong slug).
   */
  async function itemBySlug(lang: Locale, collection: ContentCollectionSlug, slug: string): Promise<ItemLookup> {
    const own = await releasedIdBySlug(lang, collection, slug)
    if (own !== undefined) {
      const item = await itemView(lang, collection, own)
      return item ? { kind: 'item', item } : { kind: 'missing' }
    }
    for (const other of locales.filter((l) => l !== lang)) {
      const id = await releasedIdBySlug(other, collection, slug)
      if (id === undefined) continue
      const item = await itemView(lang, collection, id)
      if (item) return item.path === itemPath(lang, collection, slug) ? { kind: 'item', item } : { kind: 'moved', path: item.path }
      const doc = asDoc(await payload.findByID({ collection, id, locale: 'all', depth: 0, disableErrors: true, ...publicRead }))
      const alternates = alternatesOf(collection, doc)
      const titles = Object.fromEntries(Object.keys(alternates).map((l) => [l, textIn(titleOf(doc), [l as Locale])?.text ?? '']))
      return { kind: 'elsewhere', alternates, titles }
    }
    return withdrawnBySlug(lang, collection, slug)
  }

  /**
   * A withdrawn item answers at its addresses with its notice. The public rule finds a withdrawn
   * item only by id (never in a list), so its id is looked up by slug first; what is shown is what
   * the public rule returns for that id.
   */
  async function withdrawnBySlug(lang: Locale, collection: ContentCollectionSlug, slug: string): Promise<ItemLookup> {
    for (const locale of [lang, ...locales.filter((l) => l !== lang)]) {
      const { docs } = await payload.find({
        collection,
        where: { and: [{ slug: { equals: slug } }, { state: { equals: 'withdrawn' } }, { _status: { equals: 'published' } }] },
        locale,
        limit: 1,
        depth: 0,
        select: { slug: true },
        overrideAccess: true,
        draft: false,
      })
      if (!docs[0]) continue
      const raw = await payload.findByID({ collection, id: docs[0].id, locale: 'all', depth: 0, disableErrors: true, ...publicRead })
      if (!raw) return { kind: 'missing' }
      const doc = asDoc(raw)
      if (doc.state !== 'withdrawn') return { kind: 'missing' }
      const reason = typeof doc.withdrawalReason === 'string' && doc.withdrawalReason.trim() ? doc.withdrawalReason.trim() : undefined
      const title = textIn(titleOf(doc), fallbackOrder(lang, doc.publishedLocales)) ?? { text: slug, lang }
      return { kind: 'withdrawn', title, at: dateOf(doc.withdrawnAt), reason, modified: dateOf(doc.updatedAt) ?? new Date(0) }
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
   * Lao substrings), public items only, most relevant first. The hits are then read as the public
   * (the same rule as every page), so an entry the index holds for an item no longer released
   * never shows.
   */
  async function search(lang: Locale, query: string, limit = SEARCH_LIMIT): Promise<SearchResult> {
    const now = clockOf(payload).now()
    const { hits, total } = await searchIndex(payload, { q: query, languages: [lang], types: contentCollections, now, embargoed: false, audiences: ['public'], limit, offset: 0 })
    const found = new Map<string, Card>()
    await Promise.all(
      contentCollections.map(async (collection) => {
        const ids = hits.filter((h) => h.type === collection).map((h) => h.docId)
        if (ids.length === 0) return
        const { docs } = await payload.find({ collection, where: { and: [{ id: { in: ids } }, { publishedLocales: { in: [lang] } }] }, locale: 'all', limit: ids.length, pagination: false, depth: 1, ...publicRead })
        for (const doc of docs.map(asDoc)) found.set(`${collection}:${String(doc.id)}`, cardOf(collection, doc, lang))
      }),
    )
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
    const all = await Promise.all(
      contentCollections.map(async (collection) => {
        const { docs } = await payload.find({
          collection,
          locale: 'all',
          limit: 10_000,
          pagination: false,
          depth: 0,
          select: { slug: true, publishedLocales: true, updatedAt: true, state: true },
          ...publicRead,
        })
        return docs.map(asDoc).map((d) => ({ alternates: alternatesOf(collection, d), modified: dateOf(d.updatedAt) }))
      }),
    )
    return all.flat().filter((e) => Object.keys(e.alternates).length > 0)
  }

  return { latest, upcoming, itemBySlug, topics, topic, partners, partner, search, siteIdentity, sitemapItems, now: () => clockOf(payload).now() }
}
