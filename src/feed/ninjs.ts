import { defaultLocale, isRestrictedBrief, type ContentCollectionSlug, type Locale } from '../domain'
import { fallbackOrder } from '../lib/localized'
import { absoluteUrl, richTextToHtml, richTextToText } from '../richtext'
import { itemUrl } from '../site/urls'
import { itemIdOf } from './query'

/**
 * IPTC ninjs 3.1 (../shared/standards/ninjs) for the agency API: one object per language version of
 * an item. Only what the schema allows is written (it forbids unknown properties).
 *
 * URIs. An item's language version is `{PUBLIC_URL}/feed/v1/items/{type}:{id}?lang={lang}`, e.g.
 * `https://news.example.gov.vn/feed/v1/items/press-release:12?lang=en`: stable for the item's whole
 * life (every version, the withdrawal tombstone too), and it answers at that address. The part
 * `{type}:{id}` is the item id the API takes in `/items/{id}` (also given as `altIds` role `id`).
 * Images and files are associations with URI `{PUBLIC_URL}/api/media/{mediaId}`.
 */

export type Ninjs = {
  uri: string
  [key: string]: unknown
}

/** What the output depends on besides the document. */
export type NinjsContext = {
  publicUrl: string
  /** The clock's now: an embargo "applies" while it is in the future. */
  now: Date
  /** The client may see embargoed items; only then is `embargoedUntil` written. */
  embargoPrivilege: boolean
  /** Organisation name per language (site-settings `organizationName`), used for `by` and `copyrightHolder`. */
  organization: Partial<Record<Locale, string>>
}

/** Usage terms: site-settings has no such field, so these constants are the documented terms. */
export const usageTerms: Record<Locale, string> = {
  vi: 'Được sử dụng tự do cho mục đích đưa tin, ghi rõ nguồn. Không được dùng cho mục đích thương mại hoặc quảng cáo.',
  en: 'Free to use for news reporting with attribution. Not for commercial or advertising use.',
  lo: 'Free to use for news reporting with attribution. Not for commercial or advertising use.',
}

/** An argument brief's genre (every brief), by language. */
const briefGenre: Record<Locale, string> = { vi: 'Tài liệu lập luận', en: 'Argument brief', lo: 'ເອກະສານຊີ້ແຈງ' }

/**
 * A restricted brief's terms (ninjs 3.1 has no audience of a news item: `usageTerms` says who it is
 * for, `edNote` tells the receiving desk, which the schema defines as not for publication).
 */
export const restrictedUsageTerms: Record<Locale, string> = {
  vi: 'Hạn chế: chỉ dành cho phóng viên được công nhận và cơ quan báo chí được cấp quyền, để đưa tin chính xác. Không đăng lại nguyên văn hay chuyển tiếp tài liệu.',
  en: 'Restricted: for accredited journalists and authorized press agencies only, for accurate reporting. Do not republish verbatim or pass on the document.',
  lo: 'Restricted: for accredited journalists and authorized press agencies only, for accurate reporting. Do not republish verbatim or pass on the document.',
}
export const RESTRICTED_ED_NOTE = 'Restricted argument brief: background for accredited journalists and authorized press agencies; not for publication as it stands.'

export const defaultOrganization = 'Sở Thông tin và Truyền thông tỉnh Quảng Trị'

const NINJS_STANDARD = { name: 'ninjs', version: '3.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#' }

const itemTypes: Record<ContentCollectionSlug, string> = {
  'press-releases': 'text',
  publications: 'composite',
  'training-materials': 'text',
  'partner-media': 'composite',
  briefings: 'text',
}

const titleFields: Record<ContentCollectionSlug, string> = {
  'press-releases': 'headline',
  publications: 'title',
  'training-materials': 'title',
  'partner-media': 'title',
  briefings: 'title',
}

type Doc = Record<string, unknown>

/** A field read with `locale: 'all'`: the language's value, or the plain value of a shared field. */
function pick(value: unknown, locale: Locale): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && (locale in value || defaultLocale in value || 'en' in value || 'lo' in value)) {
    return (value as Record<string, unknown>)[locale]
  }
  return value
}

const text = (value: unknown, locale: Locale): string | undefined => {
  const v = pick(value, locale)
  return typeof v === 'string' && v.trim() !== '' ? v : undefined
}

const iso = (value: unknown): string | undefined => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString()
}

export const ninjsUri = (publicUrl: string, collection: ContentCollectionSlug, id: number | string, locale: Locale) =>
  `${publicUrl}/feed/v1/items/${itemIdOf(collection, id)}?lang=${locale}`

/** The headline of a language version; Vietnamese (the required one) when the language has none. */
/** Whether the document has a headline of its own in the language (not the Vietnamese fallback). */
export const hasOwnHeadline = (collection: ContentCollectionSlug, doc: Doc, locale: Locale): boolean => text(doc[titleFields[collection]], locale) !== undefined

export const headlineOf = (collection: ContentCollectionSlug, doc: Doc, locale: Locale): string =>
  text(doc[titleFields[collection]], locale) ?? text(doc[titleFields[collection]], defaultLocale) ?? ''

function common(collection: ContentCollectionSlug, doc: Doc, locale: Locale, ctx: NinjsContext, version: number): Ninjs {
  const id = doc.id as number | string
  const out: Ninjs = {
    uri: ninjsUri(ctx.publicUrl, collection, id, locale),
    standard: NINJS_STANDARD,
    type: itemTypes[collection],
    profile: `quangtri-newsroom/${itemIdOf(collection, id).split(':')[0]}`,
    version: String(version),
    language: locale,
  }
  const first = iso(doc.firstPublishedAt)
  if (first) out.firstCreated = first
  const altIds = [{ role: 'id', value: itemIdOf(collection, id) }]
  if (typeof doc.releaseNumber === 'string' && doc.releaseNumber) altIds.push({ role: 'releaseNumber', value: doc.releaseNumber })
  out.altIds = altIds
  return out
}

type MediaDoc = {
  id: number | string
  url?: string | null
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  alt?: unknown
  caption?: unknown
  credit?: string | null
  copyright?: string | null
  focalX?: number | null
  focalY?: number | null
  sizes?: Record<string, { url?: string | null; width?: number | null; height?: number | null; mimeType?: string | null; filesize?: number | null } | null>
}

const populated = (value: unknown): MediaDoc[] =>
  (Array.isArray(value) ? value : value ? [value] : []).filter(
    (m): m is MediaDoc => !!m && typeof m === 'object' && typeof (m as MediaDoc).url === 'string',
  )

const mediaType = (mime: string): string =>
  mime.startsWith('image/') ? 'picture' : mime.startsWith('video/') ? 'video' : mime.startsWith('audio/') ? 'audio' : 'component'

/** A URL as a valid URI (spaces and non-ASCII file names percent-encoded). */
const hrefOf = (url: string): string => {
  try {
    return new URL(url).href
  } catch {
    return encodeURI(url)
  }
}

const int = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? Math.round(n) : undefined)

/** The original and every generated size of a media file, with absolute URLs. */
export function renditionsOf(media: MediaDoc, publicUrl: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  const add = (name: string, r: { url?: string | null; width?: number | null; height?: number | null; mimeType?: string | null; filesize?: number | null }) => {
    if (!r.url) return
    const rendition: Record<string, unknown> = { name, href: hrefOf(absoluteUrl(r.url, publicUrl)) }
    if (r.mimeType) rendition.contentType = r.mimeType
    const w = int(r.width)
    const h = int(r.height)
    if (w) rendition.width = w
    if (h) rendition.height = h
    const size = int(r.filesize)
    if (size) rendition.sizeInBytes = size
    out.push(rendition)
  }
  add('original', media)
  for (const [name, size] of Object.entries(media.sizes ?? {})) if (size) add(name, size)
  return out
}

function association(media: MediaDoc, rel: string, index: number, locale: Locale, ctx: NinjsContext): Record<string, unknown> {
  const a: Record<string, unknown> = {
    name: `${rel}-${index + 1}`,
    rel,
    uri: `${ctx.publicUrl}/api/media/${media.id}`,
    type: mediaType(media.mimeType ?? ''),
    renditions: renditionsOf(media, ctx.publicUrl),
  }
  const caption = text(media.caption, locale)
  const alt = text(media.alt, locale)
  if (caption) a.descriptions = [{ role: 'caption', contentType: 'text/plain', value: caption }]
  if (alt) a.descriptions = [...((a.descriptions as unknown[]) ?? []), { role: 'alt', contentType: 'text/plain', value: alt }]
  if (alt || caption) a.headlines = [{ value: caption ?? alt }]
  if (media.credit) a.by = media.credit
  if (media.copyright) a.copyrightHolder = media.copyright
  return a
}

const wordCount = (s: string) => (s.trim() === '' ? 0 : s.trim().split(/\s+/u).length)

/**
 * One language version of a published item (read with `locale: 'all'`, `depth: 1`) as ninjs.
 * `version` is the published version the document is (for an earlier version, its stored copy).
 */
export function toNinjs(collection: ContentCollectionSlug, doc: Doc, locale: Locale, ctx: NinjsContext): Ninjs {
  const version = typeof doc.publishedVersion === 'number' ? doc.publishedVersion : 1
  const out = common(collection, doc, locale, ctx, version)
  const versionCreated = iso(doc.publishedAt)
  if (versionCreated) out.versionCreated = versionCreated
  out.pubStatus = 'usable'
  out.representationType = 'full'
  const embargo = iso(doc.embargoUntil)
  if (ctx.embargoPrivilege && embargo && new Date(embargo).getTime() > ctx.now.getTime()) out.embargoedUntil = embargo

  const headline = headlineOf(collection, doc, locale)
  out.headlines = [{ role: 'main', contentType: 'text/plain', value: headline }]
  out.title = headline
  const slug = text(doc.slug, locale)
  if (slug) out.slugline = slug

  const descriptions: Record<string, unknown>[] = []
  const summary = text(doc.summary, locale)
  if (summary) descriptions.push({ role: 'summary', contentType: 'text/plain', value: summary })
  const correction = typeof doc.correctionNote === 'string' && doc.correctionNote.trim() !== '' ? doc.correctionNote : undefined
  if (correction) {
    const at = iso(doc.correctedAt)
    descriptions.push({ role: 'correction', contentType: 'text/plain', value: at ? `${correction} (${at})` : correction })
  }
  if (descriptions.length) out.descriptions = descriptions

  const body = pick(doc.body, locale)
  const rendering = { publicUrl: ctx.publicUrl, order: fallbackOrder(locale), newTab: true }
  const html = richTextToHtml(body, rendering)
  const plain = richTextToText(body, rendering)
  if (html || plain) {
    out.bodies = [
      { role: 'main', contentType: 'text/html', value: html },
      { role: 'main', contentType: 'text/plain', value: plain, charCount: plain.length, wordCount: wordCount(plain) },
    ]
  }

  const topics = (Array.isArray(doc.topics) ? doc.topics : []).filter((t): t is Doc => !!t && typeof t === 'object')
  if (topics.length) {
    out.subjects = topics.map((t) => {
      const subject: Record<string, unknown> = { rel: 'about', literal: String(t.slug ?? t.id) }
      const name = text(t.name, locale) ?? text(t.name, defaultLocale)
      if (name) subject.name = name
      return subject
    })
  }

  const organization = ctx.organization[locale] ?? ctx.organization[defaultLocale] ?? defaultOrganization
  const partner = doc.partner && typeof doc.partner === 'object' ? (doc.partner as Doc) : null
  const partnerName = partner ? (text(partner.name, locale) ?? text(partner.name, defaultLocale)) : undefined
  out.by = partnerName ?? organization
  out.copyrightHolder = partnerName ?? organization
  out.usageTerms = usageTerms[locale]
  if (collection === 'briefings') out.genres = [{ name: briefGenre[locale], literal: 'argument-brief' }]
  const restricted = isRestrictedBrief(collection, doc)
  if (restricted) {
    out.usageTerms = restrictedUsageTerms[locale]
    out.edNote = RESTRICTED_ED_NOTE
  }
  const located = text(doc.datelinePlace, locale)
  if (located) out.located = located

  const associations: Record<string, unknown>[] = []
  const renditions: Record<string, unknown>[] = []
  const cover = populated(doc.cover)
  const images = populated(doc.images)
  cover.forEach((m, i) => associations.push(association(m, 'cover', i, locale, ctx)))
  images.forEach((m, i) => associations.push(association(m, 'image', i, locale, ctx)))
  populated(doc.attachments).forEach((m, i) => associations.push(association(m, 'attachment', i, locale, ctx)))
  // Files of a publication (per language) and of a training material, and a partner's media, are
  // the item itself in downloadable form: top-level renditions.
  for (const [field, name] of [
    ['files', 'file'],
    ['media', 'media'],
  ] as const) {
    populated(pick(doc[field], locale)).forEach((m, i) => {
      for (const r of renditionsOf(m, ctx.publicUrl)) renditions.push({ ...r, name: r.name === 'original' ? `${name}-${i + 1}` : `${name}-${i + 1}-${String(r.name)}` })
    })
  }
  // The item's page on the public website in this language (ninjs 3.1 has no `links`: a web page
  // is one more rendition of the item, text/html).
  // A restricted brief has no public page (it answers 404 there).
  if (!restricted) renditions.push({ name: 'web', href: hrefOf(itemUrl(ctx.publicUrl, collection, doc, locale)), contentType: 'text/html', title: headline })
  if (associations.length) out.associations = associations
  out.renditions = renditions
  return out
}

/**
 * A withdrawn item, as every client sees it: that it was withdrawn, when and why, with the
 * headline, and no content (`pubStatus: "canceled"`).
 */
export function toTombstone(collection: ContentCollectionSlug, doc: Doc, locale: Locale, ctx: NinjsContext): Ninjs {
  const version = typeof doc.publishedVersion === 'number' ? doc.publishedVersion : 1
  const out = common(collection, doc, locale, ctx, version)
  const at = iso(doc.withdrawnAt)
  if (at) out.versionCreated = at
  out.pubStatus = 'canceled'
  out.representationType = 'partial'
  const headline = headlineOf(collection, doc, locale)
  if (headline) out.headlines = [{ role: 'main', contentType: 'text/plain', value: headline }]
  const reason = typeof doc.withdrawalReason === 'string' && doc.withdrawalReason.trim() !== '' ? doc.withdrawalReason : 'Withdrawn'
  out.descriptions = [{ role: 'withdrawal', contentType: 'text/plain', value: reason }]
  out.usageTerms = isRestrictedBrief(collection, doc) ? restrictedUsageTerms[locale] : usageTerms[locale]
  return out
}
