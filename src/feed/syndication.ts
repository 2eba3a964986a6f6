import { createHash } from 'node:crypto'

import { Router, type Request, type Response } from 'express'
import { Feed, type Item } from 'feed'
import type { Payload } from 'payload'

import { contentCollections, locales, type ContentCollectionSlug, type Locale } from '../domain'
import { findPageRecords, listedWhere, type PageRecord } from '../readModel/read'
import type { PageMedia } from '../readModel/record'
import { HttpError } from '../server/errors'
import { homeUrl, itemUrl } from '../site/urls'
import { clockOf } from '../workflow/clock'
import { etagMatches, feedVersion, trackFeedState } from './etag'
import { feedTypeOf, type FeedDeps } from './types'

/**
 * Public syndication without a key: `/feed/v1/{lang}/rss.xml`, `atom.xml` and `feed.json` (JSON
 * Feed 1.1). Each lists the newest released items of every content collection in one language,
 * by the same release rule as the public REST API (published in that language, past any embargo,
 * training materials only when public): drafts, withdrawn and embargoed items never appear.
 *
 * An entry links to the item's page on the public website in the feed's language
 * (`{PUBLIC_URL}/{lang}/{collection}/{slug}`, built by src/site/urls.ts), which after a withdrawal
 * answers 410 with the notice; the feed's own link and `home_page_url` are that language's home page.
 * An entry's id stays what it was before the website existed (the item's public REST address), so
 * a slug edited later never makes a reader show the entry twice.
 *
 * Conditional GET: every answer carries `ETag` (a hash of the body) and `Last-Modified` (the
 * newest entry's update). A built feed is kept in memory until the shared feed state changes (a
 * domain event in any process, or an embargo passing: see ./etag.ts), the next embargo in that
 * language passes, or FEED_CACHE_MS elapses (trusted writes, topic renames), so a matching
 * `If-None-Match` answers 304 without querying the database.
 */

export const FEED_LIMIT = 50
/** How long a built feed is trusted at most (other processes, trusted writes, topic renames). */
export const FEED_CACHE_MS = 60_000

export const feedFormats = {
  'rss.xml': { contentType: 'application/rss+xml; charset=utf-8' },
  'atom.xml': { contentType: 'application/atom+xml; charset=utf-8' },
  'feed.json': { contentType: 'application/feed+json; charset=utf-8' },
} as const
export type FeedFormat = keyof typeof feedFormats

const organization: Record<Locale, string> = {
  vi: 'Thông tin đối ngoại Quảng Trị',
  en: 'Quang Tri Foreign Information',
  lo: 'ຂໍ້ມູນຂ່າວສານຕ່າງປະເທດ ກວາງຈິ',
}
const feedSubject: Record<Locale, string> = {
  vi: 'Thông cáo báo chí và ấn phẩm',
  en: 'Press releases and publications',
  lo: 'ຖະແຫຼງການຂ່າວ ແລະ ສິ່ງພິມ',
}
const feedDescription: Record<Locale, string> = {
  vi: 'Thông cáo báo chí, ấn phẩm, tài liệu tập huấn và sản phẩm hợp tác truyền thông của tỉnh Quảng Trị.',
  en: 'Press releases, publications, training materials and partner media from Quang Tri province, Viet Nam.',
  lo: 'ຖະແຫຼງການຂ່າວ, ສິ່ງພິມ, ເອກະສານຝຶກອົບຮົມ ແລະ ຜະລິດຕະພັນສື່ຮ່ວມມື ຂອງແຂວງກວາງຈິ.',
}

export const feedTitle = (lang: Locale) => `${organization[lang]} – ${feedSubject[lang]}`

export type FeedEntry = {
  collection: ContentCollectionSlug
  id: string
  /** The entry's permanent id (RSS guid, Atom and JSON Feed id): never changes, whatever its slug becomes. */
  guid: string
  url: string
  title: string
  summary: string | undefined
  published: Date
  updated: Date
  topics: { slug: string; name: string }[]
  image: { url: string; mimeType: string; size: number | undefined; alt: string | undefined } | undefined
}

const dateOf = (value: unknown): Date | undefined => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}
const latest = (...dates: (Date | undefined)[]): Date | undefined =>
  dates.reduce<Date | undefined>((max, d) => (d && (!max || d > max) ? d : max), undefined)

/** An entry's permanent id (see the module comment). */
export const entryGuid = (publicUrl: string, collection: ContentCollectionSlug, id: number | string, lang: Locale) =>
  `${publicUrl.replace(/\/$/, '')}/api/${collection}/${encodeURIComponent(String(id))}?locale=${lang}`

/** Where each collection's feed image comes from: press-release images, a publication's cover, partner media's first image. */
const imageRole: Partial<Record<ContentCollectionSlug, PageMedia['role']>> = { 'press-releases': 'image', publications: 'cover', 'partner-media': 'media' }

function toEntry(publicUrl: string, record: PageRecord, now: Date): FeedEntry {
  const { page } = record
  const collection = record.itemCollection
  const embargo = dateOf(record.embargoUntil)
  const lifted = embargo && embargo <= now ? embargo : undefined
  const published = latest(dateOf(page.firstPublishedAt) ?? dateOf(page.publishedAt), lifted) ?? new Date(0)
  const updated = latest(published, dateOf(page.publishedAt), dateOf(page.correctedAt)) ?? published
  const image = page.media.find((m) => m.role === imageRole[collection] && m.mimeType.startsWith('image/'))
  return {
    collection,
    id: record.itemId,
    guid: entryGuid(publicUrl, collection, record.itemId, record.language),
    url: itemUrl(publicUrl, collection, { slug: page.slug }, record.language),
    title: page.title,
    summary: page.summary,
    published,
    updated,
    topics: page.topics.map((t) => ({ slug: t.slug, name: t.name })),
    image: image ? { url: image.url, mimeType: image.mimeType, size: image.filesize, alt: image.alt } : undefined,
  }
}

/** The newest released items of every content collection in one language, newest update first (from the read model). */
export async function loadFeedEntries(payload: Payload, publicUrl: string, lang: Locale): Promise<{ entries: FeedEntry[]; nextEmbargo: Date | undefined }> {
  const now = clockOf(payload).now()
  const perCollection = await Promise.all(
    contentCollections.map(async (collection) => {
      const records = await findPageRecords(payload, { and: listedWhere({ collections: [collection], locales: [lang], now, embargoed: false, audiences: ['public'] }) }, { sort: ['-releasedAt'], limit: FEED_LIMIT })
      return records.map((record) => toEntry(publicUrl, record, now))
    }),
  )
  const entries = perCollection
    .flat()
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.collection.localeCompare(b.collection) || b.id.localeCompare(a.id))
    .slice(0, FEED_LIMIT)

  // The next embargo to pass in this language: the feed changes then without any event.
  const pending = await findPageRecords(
    payload,
    { and: [{ language: { equals: lang } }, { withdrawn: { equals: false } }, { embargoUntil: { greater_than: now.toISOString() } }] },
    { sort: ['embargoUntil'], limit: 1 },
  )
  const nextEmbargo = dateOf(pending[0]?.embargoUntil)
  return { entries, nextEmbargo }
}

/**
 * Titles and summaries are plain text; RSS and Atom (`type="html"`, as the feed library writes them)
 * carry HTML, so the text goes in escaped: readers show "A & B <C>" as written. This also keeps
 * "]]>" out of the CDATA sections.
 */
const asHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function feedLinks(publicUrl: string, lang: Locale) {
  const base = `${publicUrl.replace(/\/$/, '')}/feed/v1/${lang}`
  return { rss: `${base}/rss.xml`, atom: `${base}/atom.xml`, json: `${base}/feed.json` }
}

function xmlFeed(publicUrl: string, lang: Locale, entries: FeedEntry[], updated: Date): Feed {
  const links = feedLinks(publicUrl, lang)
  const feed = new Feed({
    id: links.atom,
    title: feedTitle(lang),
    description: feedDescription[lang],
    link: homeUrl(publicUrl, lang),
    language: lang,
    updated,
    generator: 'Quang Tri newsroom',
    feedLinks: links,
    docs: 'https://www.rssboard.org/rss-specification',
    copyright: organization[lang],
    ttl: 5,
  })
  for (const e of entries) {
    const item: Item = {
      title: asHtml(e.title),
      id: e.guid,
      link: e.url,
      date: e.updated,
      published: e.published,
      description: e.summary ? asHtml(e.summary) : undefined,
      category: e.topics.map((t) => ({ name: t.name.replace(/</g, '‹'), term: t.slug, domain: `${publicUrl.replace(/\/$/, '')}/api/topics` })),
      enclosure: e.image ? { url: e.image.url, type: e.image.mimeType, length: e.image.size ?? 0 } : undefined,
    }
    feed.addItem(item)
  }
  return feed
}

export function renderRss(publicUrl: string, lang: Locale, entries: FeedEntry[], updated: Date): string {
  return xmlFeed(publicUrl, lang, entries, updated).rss2()
}

export function renderAtom(publicUrl: string, lang: Locale, entries: FeedEntry[], updated: Date): string {
  const xml = xmlFeed(publicUrl, lang, entries, updated).atom1()
  // The library guesses an enclosure's type from the file extension ("image/jpg"); use the real one.
  const types = new Map(entries.flatMap((e) => (e.image ? [[new URL(e.image.url).toString().replace(/&/g, '&amp;'), e.image.mimeType] as const] : [])))
  return xml
    .replace(/<link rel="enclosure" href="([^"]*)"([^>]*?) type="[^"]*"/g, (whole, href: string, rest: string) =>
      types.has(href) ? `<link rel="enclosure" href="${href}"${rest} type="${types.get(href)}"` : whole,
    )
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`)
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/); the feed library writes only 1.0. */
export function renderJsonFeed(publicUrl: string, lang: Locale, entries: FeedEntry[]): string {
  const links = feedLinks(publicUrl, lang)
  const author = { name: organization[lang], url: publicUrl }
  const body = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feedTitle(lang),
    home_page_url: homeUrl(publicUrl, lang),
    feed_url: links.json,
    description: feedDescription[lang],
    language: lang,
    authors: [author],
    items: entries.map((e) => ({
      id: e.guid,
      url: e.url,
      title: e.title,
      content_text: e.summary ?? e.title,
      ...(e.summary ? { summary: e.summary } : {}),
      ...(e.image ? { image: e.image.url, attachments: [{ url: e.image.url, mime_type: e.image.mimeType, ...(e.image.size ? { size_in_bytes: e.image.size } : {}) }] } : {}),
      date_published: e.published.toISOString(),
      date_modified: e.updated.toISOString(),
      tags: e.topics.map((t) => t.name),
      language: lang,
      _newsroom: { type: feedTypeOf(e.collection), id: e.id },
    })),
  }
  return JSON.stringify(body, null, 2)
}

type Built = { token: string; body: string; etag: string; lastModified: string; validUntil: number }

/** The validator of a body: a hash of its bytes (weak: compression may change the bytes on the wire). */
export const bodyEtag = (body: string) => `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/** The router of the public feeds; one in-memory cache per router (per process). */
export function syndicationRoutes({ payload, env, logger }: FeedDeps): Router {
  const router = Router()
  const cache = new Map<string, Built>()
  const building = new Map<string, Promise<Built>>()
  // What the feeds could show changes only with a domain event or a passing embargo: the shared
  // feed state (src/feed/etag.ts) tracks both, across processes, without reading the database.
  trackFeedState(payload)
  const token = () => {
    const v = feedVersion(payload)
    return `${v.seq}:${v.embargo}`
  }

  async function build(lang: Locale, format: FeedFormat): Promise<Built> {
    const at = token()
    const now = clockOf(payload).now()
    const { entries, nextEmbargo } = await loadFeedEntries(payload, env.publicUrl, lang)
    const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0))
    const body =
      format === 'rss.xml'
        ? renderRss(env.publicUrl, lang, entries, updated)
        : format === 'atom.xml'
          ? renderAtom(env.publicUrl, lang, entries, updated)
          : renderJsonFeed(env.publicUrl, lang, entries)
    const validUntil = Math.min(now.getTime() + FEED_CACHE_MS, nextEmbargo?.getTime() ?? Infinity)
    const built = { token: at, body, etag: bodyEtag(body), lastModified: updated.toUTCString(), validUntil }
    cache.set(`${lang}/${format}`, built)
    return built
  }

  /** The cached feed while nothing changed since it was built (by the token, its embargo and its age). */
  function fresh(key: string): Built | undefined {
    const cached = cache.get(key)
    return cached && cached.token === token() && clockOf(payload).now().getTime() < cached.validUntil ? cached : undefined
  }

  async function current(lang: Locale, format: FeedFormat): Promise<Built> {
    const key = `${lang}/${format}`
    const cached = fresh(key)
    if (cached) return cached
    const pending = building.get(key)
    if (pending) return pending
    const promise = build(lang, format).finally(() => building.delete(key))
    building.set(key, promise)
    return promise
  }

  const serve = (format: FeedFormat) => async (req: Request, res: Response) => {
    const lang = String(req.params.lang)
    if (!(locales as readonly string[]).includes(lang)) {
      throw new HttpError(404, `No feed in language "${lang}": use one of ${locales.join(', ')}`)
    }
    const feed = await current(lang as Locale, format)
    res.setHeader('ETag', feed.etag)
    res.setHeader('Last-Modified', feed.lastModified)
    res.setHeader('Cache-Control', 'public, max-age=60')
    res.setHeader('Vary', 'Accept-Encoding')
    const ifNoneMatch = req.get('if-none-match')
    const ifModifiedSince = req.get('if-modified-since')
    const notModified = ifNoneMatch
      ? etagMatches(ifNoneMatch, feed.etag)
      : ifModifiedSince !== undefined && !Number.isNaN(Date.parse(ifModifiedSince)) && Date.parse(feed.lastModified) <= Date.parse(ifModifiedSince)
    if (notModified) {
      res.status(304).end()
      return
    }
    res.status(200).type(feedFormats[format].contentType).send(feed.body)
  }

  for (const format of Object.keys(feedFormats) as FeedFormat[]) {
    router.get(`/:lang/${format}`, serve(format))
  }
  logger.debug('public syndication feeds ready')
  return router
}
