import { contentCollections, defaultLocale, isRestrictedBrief, locales, type ContentCollectionSlug, type Locale } from '../domain'
import { headlineOf, hasOwnHeadline, toNinjs, toTombstone, defaultOrganization } from '../feed/ninjs'
import type { AllLocales, ContentItem } from '../lib/documents'
import { fallbackOrder, textIn, valueIn } from '../lib/localized'
import type { Media, Partner, ReleasedItem, Topic } from '../payload-types'
import type { SearchEntry } from '../search'
import { absoluteUrl, richTextToHtml, richTextToText } from '../richtext'
import { emailBodyParts } from '../email/render/richtext'
import { siteSlugOf, siteViewOf, type SiteView } from '../site/view'

/**
 * The read model's records (collection `released-items`), as a pure function of an item's live
 * copy: one record per language the public may see it in, holding what leaves the system (its
 * ninjs, the fields a public page shows, its search text) and what decides who sees it (embargo,
 * audience, withdrawal). src/readModel/write.ts stores them in the transaction that changed the
 * live copy; the agency API, the feeds and email read them (src/readModel/read.ts), the website
 * too (src/readModel/pages.ts, from `page.site`).
 */

/** `restricted`: an argument brief for accredited journalists and agency clients with the `briefings` scope only. */
export const audiences = ['public', 'staff', 'restricted'] as const
export type Audience = (typeof audiences)[number]

/** A live copy read with `locale: 'all'`, `depth: 1` (media, topics and partner populated). */
export type LiveDoc = AllLocales<ContentItem> & { id: number | string }

/** What the records depend on besides the item: where files are served from, and the office's name. */
export type RecordContext = { publicUrl: string; organization: Partial<Record<Locale, string>> }

export type PageMedia = {
  id: string
  /** cover, image, attachment (press release), file (publication, training material), media (partner media). */
  role: 'cover' | 'image' | 'attachment' | 'file' | 'media'
  url: string
  mimeType: string
  filename?: string
  filesize?: number
  width?: number
  height?: number
  alt?: string
  caption?: string
  credit?: string
  renditions: { name: string; url: string; width?: number; height?: number; mimeType?: string }[]
}

/** The fields a public page (and a syndication entry) shows, in the record's language (Vietnamese where it has none). */
export type ReleasedPage = {
  title: string
  summary?: string
  /** The body rendered (the same HTML as the ninjs `bodies`). */
  html?: string
  slug?: string
  releaseNumber?: string
  dateline?: string
  /** A training material's or partner media's own date. */
  date?: string
  media: PageMedia[]
  topics: { id: string; slug: string; name: string }[]
  partner?: string
  publishedAt: string
  firstPublishedAt?: string
  correctedAt?: string
  correctionNote?: string
  embargoUntil?: string
  /** Set once withdrawn: the page then shows only the title and this notice. */
  withdrawal?: { at?: string; reason: string }
  /** What the public website shows of the item in this language (src/site/view.ts). */
  site: SiteView
}

/**
 * What an email (release, correction, withdrawal, digest entry) shows of the item, in the record's
 * language ONLY: a text the item does not have in this language is absent here, not the Vietnamese
 * fallback the page fields carry, because email falls back across the item's released languages in
 * its own order and says so (lang attributes and a note; src/email/render/released.ts). Fields that
 * are not localized are the same in every record. A withdrawn item's records keep only what the
 * withdrawal notice shows: title, number, dates, reason.
 */
export type ReleasedEmail = {
  slug?: string
  title?: string
  summary?: string
  /**
   * The body rendered for email: HTML without the email's inline styles (added when a message is
   * rendered, so a change of styles needs no reindex), images at the rendition and width the email
   * layout shows, absolute URLs; and the plain-text part with links spelled out.
   */
  body?: { html: string; text: string }
  place?: string
  releaseNumber?: string
  /** A training material's or partner media's own date. */
  date?: string
  publishedAt?: string
  firstPublishedAt?: string
  correctedAt?: string
  withdrawnAt?: string
  correctionNote?: string
  withdrawalReason?: string
  /** Topic names in this language (absent: the email takes another language's, else the slug). */
  topics: { slug: string; name?: string }[]
  /** cover, images, and partner media that are images, in that order; alt and caption in this language only. */
  images: PageMedia[]
  /** A press release's attachments (shared by every language). */
  attachments: PageMedia[]
  /** This language's own files (publications, training materials: files are per language). */
  files: PageMedia[]
  /** Partner media that are not images (shared). */
  otherMedia: PageMedia[]
  originalUrl?: string
  contacts: { name: string; role?: string; email?: string; phone?: string }[]
}

/** A record as written (the database adds id and timestamps). */
export type ReleasedRecord = Omit<ReleasedItem, 'id' | 'createdAt' | 'updatedAt' | 'page' | 'email' | 'topics' | 'partner'> & {
  page: ReleasedPage
  email: ReleasedEmail
  // Ids as the generated types spell them (numbers on SQL; strings on MongoDB at run time).
  topics: number[]
  partner: number | null
}


/** A website list's records: one content type in one language (`press-releases:en`), walked in order by its index. */
export const listKeyOf = (collection: ContentCollectionSlug, language: Locale) => `${collection}:${language}`

export const recordKey = (collection: ContentCollectionSlug, id: number | string, language: Locale) => `${collection}:${id}:${language}`

/** Ids sort as text in the list's order: numbers zero-padded (SQL), strings as they are (MongoDB ObjectIds). */
export const idSortOf = (id: number | string) => (typeof id === 'number' ? String(id).padStart(16, '0') : id)

const iso = (value: unknown): string | undefined => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString()
}

const textOf = (value: unknown, lang: Locale): string | undefined => textIn(value, [lang])?.text
/** A field in the language, else Vietnamese, as Payload's fallback reads it. */
const textWithFallback = (value: unknown, lang: Locale): string | undefined => textOf(value, lang) ?? textOf(value, defaultLocale)

const isMedia = (m: unknown): m is Media => !!m && typeof m === 'object' && typeof (m as Media).url === 'string' && (m as Media).url !== ''
const mediaList = (value: unknown): Media[] => (Array.isArray(value) ? value : value ? [value] : []).filter(isMedia)
const isDoc = <T extends { id: number | string }>(v: unknown): v is T => !!v && typeof v === 'object' && 'id' in v

const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : undefined)

/** `own`: alt and caption in `lang` only (email's view), else with the Vietnamese fallback (the page's). */
function pageMedia(m: Media, role: PageMedia['role'], lang: Locale, publicUrl: string, own = false): PageMedia {
  const text = own ? textOf : textWithFallback
  const renditions: PageMedia['renditions'] = []
  for (const [name, size] of Object.entries(m.sizes ?? {})) {
    if (size?.url) renditions.push({ name, url: absoluteUrl(size.url, publicUrl), width: num(size.width), height: num(size.height), mimeType: size.mimeType ?? undefined })
  }
  return {
    id: String(m.id),
    role,
    url: absoluteUrl(m.url as string, publicUrl),
    mimeType: m.mimeType ?? '',
    filename: m.filename ?? undefined,
    filesize: num(m.filesize),
    width: num(m.width),
    height: num(m.height),
    alt: text(m.alt, lang),
    caption: text(m.caption, lang),
    credit: m.credit ?? undefined,
    renditions,
  }
}

/** Every file of the item in the order ninjs lists them. */
function mediaOf(doc: LiveDoc, lang: Locale, publicUrl: string): PageMedia[] {
  const out: PageMedia[] = []
  const add = (value: unknown, role: PageMedia['role']) => mediaList(value).forEach((m) => out.push(pageMedia(m, role, lang, publicUrl)))
  add('cover' in doc ? doc.cover : undefined, 'cover')
  add('images' in doc ? doc.images : undefined, 'image')
  add('attachments' in doc ? doc.attachments : undefined, 'attachment')
  add(valueIn('files' in doc ? doc.files : undefined, lang), 'file')
  add('media' in doc ? doc.media : undefined, 'media')
  return out
}

const isImageMedia = (m: Media) => (m.mimeType ?? '').startsWith('image/')
const presentText = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined)

/** What email shows of the item in `lang` (see ReleasedEmail). */
function emailOf(doc: LiveDoc, lang: Locale, title: string | undefined, withdrawn: boolean, publicUrl: string): ReleasedEmail {
  const media = (value: unknown, role: PageMedia['role']) => mediaList(value).map((m) => ({ m, page: pageMedia(m, role, lang, publicUrl, true) }))
  const common = {
    slug: textOf(doc.slug, lang),
    title,
    releaseNumber: 'releaseNumber' in doc ? presentText(doc.releaseNumber) : undefined,
    date: 'date' in doc ? iso(doc.date) : undefined,
    publishedAt: iso(doc.publishedAt),
    firstPublishedAt: iso(doc.firstPublishedAt),
    withdrawnAt: iso(doc.withdrawnAt),
  }
  if (withdrawn) return { ...common, withdrawalReason: presentText(doc.withdrawalReason), topics: [], images: [], attachments: [], files: [], otherMedia: [], contacts: [] }
  const body = valueIn('body' in doc ? doc.body : undefined, lang)
  const rendered = body ? emailBodyParts(body, { publicUrl, order: fallbackOrder(lang, doc.publishedLocales) }) : undefined
  const partnerMedia = media('media' in doc ? doc.media : undefined, 'media')
  const topics = (doc.topics ?? []).filter((t): t is Topic => isDoc<Topic>(t))
  return {
    ...common,
    summary: textOf(doc.summary, lang),
    body: rendered && (rendered.html || rendered.text) ? rendered : undefined,
    place: 'datelinePlace' in doc ? textOf(doc.datelinePlace, lang) : undefined,
    correctedAt: iso(doc.correctedAt),
    correctionNote: presentText(doc.correctionNote),
    topics: topics.map((t) => ({ slug: t.slug ?? String(t.id), name: textOf(t.name, lang) })),
    images: [
      ...media('cover' in doc ? doc.cover : undefined, 'cover'),
      ...media('images' in doc ? doc.images : undefined, 'image'),
      ...partnerMedia,
    ]
      .filter(({ m }) => isImageMedia(m))
      .map(({ page }) => page),
    attachments: media('attachments' in doc ? doc.attachments : undefined, 'attachment').map(({ page }) => page),
    files: media(valueIn('files' in doc ? doc.files : undefined, lang), 'file').map(({ page }) => page),
    otherMedia: partnerMedia.filter(({ m }) => !isImageMedia(m)).map(({ page }) => page),
    originalUrl: 'originalUrl' in doc ? presentText(doc.originalUrl) : undefined,
    contacts: ('pressContacts' in doc ? (doc.pressContacts ?? []) : []).flatMap((c) => {
      const name = presentText(c.name)
      return name ? [{ name, role: textOf(c.role, lang), email: presentText(c.email), phone: presentText(c.phone) }] : []
    }),
  }
}

/**
 * Who may read a version of an item: staff-only training materials, restricted briefs, else the public. (A training
 * material's `audience` is another thing: a localized text naming its trainees.)
 */
export function audienceOf(collection: ContentCollectionSlug, doc: Record<string, unknown>): Audience {
  if (collection === 'training-materials') return doc.visibility === 'public' ? 'public' : 'staff'
  if (isRestrictedBrief(collection, doc)) return 'restricted'
  return 'public'
}

/** The languages a live copy is released (or, withdrawn, was released) in; none when it is not live. */
export function releasedLanguages(doc: LiveDoc): Locale[] {
  if (doc._status !== 'published' || (doc.state !== 'published' && doc.state !== 'withdrawn')) return []
  const published: unknown[] = Array.isArray(doc.publishedLocales) ? doc.publishedLocales : []
  return locales.filter((l) => published.includes(l))
}

/**
 * The format of the records recordsOf writes. Raise it when a record gains something that records
 * written before cannot have (a field, a new part of `page`): at the next start a job-running process
 * refills every record of another format from the live copies (src/readModel/refill.ts).
 */
export const RECORD_FORMAT = 1

/** The records of one item's live copy: one per released language (none if it is not live). */
export function recordsOf(collection: ContentCollectionSlug, doc: LiveDoc, ctx: RecordContext): ReleasedRecord[] {
  const flat = doc as Record<string, unknown> // ninjs.ts reads documents field by field (its own narrowing)
  const withdrawn = doc.state === 'withdrawn'
  const publishedAt = iso(doc.publishedAt) ?? iso(doc.withdrawnAt) ?? new Date(0).toISOString()
  const embargoUntil = 'embargoUntil' in doc ? (iso(doc.embargoUntil) ?? null) : null
  const audience = audienceOf(collection, doc)
  const topics = (doc.topics ?? []).filter((t): t is Topic => isDoc<Topic>(t))
  const partner = 'partner' in doc && isDoc<Partner>(doc.partner) ? doc.partner : null
  return releasedLanguages(doc).map((lang) => {
    const partnerName = partner ? textWithFallback(partner.name, lang) : undefined
    const organization = partnerName ? '' : (ctx.organization[lang] ?? ctx.organization[defaultLocale] ?? defaultOrganization)
    const ninjsCtx = { publicUrl: ctx.publicUrl, now: new Date(0), embargoPrivilege: false, organization: ctx.organization }
    const ninjs = withdrawn ? toTombstone(collection, flat, lang, ninjsCtx) : toNinjs(collection, flat, lang, ninjsCtx)
    const title = headlineOf(collection, flat, lang)
    const body = valueIn('body' in doc ? doc.body : undefined, lang)
    const rendering = { publicUrl: ctx.publicUrl, order: fallbackOrder(lang), newTab: true }
    const summary = textOf(doc.summary, lang)
    const page: ReleasedPage = withdrawn
      ? { title, media: [], topics: [], publishedAt, withdrawal: { at: iso(doc.withdrawnAt), reason: textOf(doc.withdrawalReason, lang) ?? 'Withdrawn' }, site: siteViewOf(collection, doc, lang, ctx.publicUrl) }
      : {
          title,
          summary: textWithFallback(doc.summary, lang),
          html: body ? richTextToHtml(body, rendering) || undefined : undefined,
          slug: textOf(doc.slug, lang),
          releaseNumber: 'releaseNumber' in doc ? textOf(doc.releaseNumber, lang) : undefined,
          dateline: 'datelinePlace' in doc ? textOf(doc.datelinePlace, lang) : undefined,
          date: 'date' in doc ? iso(doc.date) : undefined,
          media: mediaOf(doc, lang, ctx.publicUrl),
          topics: topics.map((t) => ({ id: String(t.id), slug: t.slug ?? String(t.id), name: textWithFallback(t.name, lang) ?? t.slug ?? String(t.id) })),
          partner: partnerName,
          publishedAt,
          firstPublishedAt: iso(doc.firstPublishedAt),
          correctedAt: iso(doc.correctedAt),
          correctionNote: textOf(doc.correctionNote, lang),
          embargoUntil: embargoUntil ?? undefined,
          site: siteViewOf(collection, doc, lang, ctx.publicUrl),
        }
    const email = emailOf(doc, lang, hasOwnHeadline(collection, flat, lang) ? title : undefined, withdrawn, ctx.publicUrl)
    const searchText = withdrawn ? '' : [summary, body ? richTextToText(body, rendering) : ''].filter(Boolean).join('\n\n')
    return {
      key: recordKey(collection, doc.id, lang),
      format: RECORD_FORMAT,
      itemCollection: collection,
      itemId: String(doc.id),
      language: lang,
      releasedAt: publishedAt,
      collectionIndex: contentCollections.indexOf(collection),
      idSort: idSortOf(doc.id),
      localeIndex: locales.indexOf(lang),
      firstReleasedAt: iso(doc.firstPublishedAt) ?? null,
      slug: siteSlugOf(doc, lang),
      listKey: listKeyOf(collection, lang),
      itemDate: 'date' in doc ? (iso(doc.date) ?? null) : null,
      version: typeof doc.publishedVersion === 'number' ? doc.publishedVersion : 1,
      embargoUntil,
      audience,
      withdrawn,
      ownHeadline: hasOwnHeadline(collection, flat, lang),
      topics: topics.map((t) => t.id),
      partner: partner ? partner.id : null,
      organization,
      ninjs: JSON.stringify(ninjs),
      page: JSON.parse(JSON.stringify(page)) as ReleasedPage, // undefined fields dropped, as the database would
      email: JSON.parse(JSON.stringify(email)) as ReleasedEmail,
      searchText,
    }
  })
}

/** The search entry of a record (src/search's shape). */
export function searchEntryOf(record: Pick<ReleasedRecord, 'itemCollection' | 'itemId' | 'language' | 'page' | 'searchText' | 'releasedAt' | 'embargoUntil' | 'audience' | 'withdrawn'>): SearchEntry {
  return {
    type: record.itemCollection,
    docId: record.itemId,
    language: record.language,
    title: record.page.title,
    text: record.searchText ?? '',
    topics: record.page.topics.map((t) => t.slug),
    releasedAt: record.releasedAt,
    embargoUntil: record.embargoUntil ?? null,
    audience: record.audience,
    withdrawn: record.withdrawn,
  }
}
