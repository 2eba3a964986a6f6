import { locales, type ContentCollectionSlug, type Locale } from '../domain'
import { dateOf } from '../email/render/dates'
import { ItemReader, titleOf } from '../email/render/item'
import type { AllLocales, ContentItem } from '../lib/documents'
import { fallbackOrder, textIn, valueIn, type LocalText } from '../lib/localized'
import type { Media } from '../payload-types'
import { richTextToHtml } from '../richtext'
import { fileLinkOf, isImage, ogImageOf, pictureOf, populatedMedia, sitePath } from './media'
import type { Contact, FileLink, Picture, TopicRef } from './model'
import { slugIn } from './urls'

/**
 * What the website shows of one item in one language, made from its live copy when the read model
 * writes the item's records (src/readModel/record.ts stores it as `page.site`): every text with the
 * language it is in (the reader's, else the next *published* language: Vietnamese text that was
 * never published is never shown), images with their renditions, files with type and size, the
 * contacts, topics and partner with their slugs, the related items (as references: whether each is
 * released in the page's language is decided when the page is read), and the item's addresses in
 * every language it is released in. A pure function of the document: the records are written in
 * the transaction that changes the live copy, and `npm run reindex` writes the same.
 *
 * Dates are ISO strings (the record is JSON); src/site/data.ts turns them back into a page's values.
 */

export type SiteCard = {
  title: LocalText
  summary?: LocalText
  /** When it came out: its own date (training, partner media), else its release (an embargo lifting later counts). */
  date?: string
  number?: string
  /** The 768×432 `card` rendition of the first image. */
  image?: Picture
}

export type SiteItem = SiteCard & {
  kind: 'item'
  place?: LocalText
  body?: { html: string; lang: Locale }
  images: Picture[]
  files: FileLink[]
  contacts: Contact[]
  topics: TopicRef[]
  partner?: { slug: string; name: LocalText }
  originalUrl?: string
  correction?: { note: string; at?: string }
  /** Every language the item is released in: its slug there and its own title there (for the "not in your language" page). */
  alternates: Partial<Record<Locale, { slug: string; title: string }>>
  ogImage?: { src: string; width: number; height: number }
  fellBack: boolean
  firstPublished?: string
  modified: string
  /** The related items, in the editor's order; shown only where released in the page's language. */
  related: { collection: ContentCollectionSlug; id: string }[]
}

/** A withdrawn item: its title as a reader of each language sees it, when and why. Never its content. */
export type SiteWithdrawn = {
  kind: 'withdrawn'
  titles: Partial<Record<Locale, LocalText>>
  at?: string
  reason?: string
  modified: string
}

export type SiteView = SiteItem | SiteWithdrawn

type Doc = AllLocales<ContentItem> & { id: number | string }

/** A field that is not localized, typed by AllLocales as possibly per-language: its string, if it is one. */
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined)
const isoOf = (value: unknown): string | undefined => dateOf(value)?.toISOString()

const publishedIn = (doc: Doc): Locale[] => (doc.publishedLocales ?? []).filter((l): l is Locale => (locales as readonly unknown[]).includes(l))

/**
 * When an item came out: its own date (training, partner media), else its release; an embargo that
 * lifted after the release counts (the records are served only once it has lifted).
 */
function releaseDate(doc: Doc): Date | undefined {
  const own = dateOf('date' in doc ? doc.date : undefined)
  if (own) return own
  const first = dateOf(doc.firstPublishedAt) ?? dateOf(doc.publishedAt)
  const embargo = dateOf('embargoUntil' in doc ? doc.embargoUntil : undefined)
  return embargo && first && embargo > first ? embargo : first
}

const firstImage = (doc: Doc): Media | undefined =>
  [
    ...populatedMedia('cover' in doc ? doc.cover : undefined),
    ...populatedMedia('images' in doc ? doc.images : undefined),
    ...populatedMedia('media' in doc ? doc.media : undefined),
  ].find(isImage)

/** The item's address segment in a language: its slug there (else Vietnamese's), else its id. */
export const siteSlugOf = (doc: { id: number | string; slug?: unknown }, lang: Locale): string => slugIn(doc.slug, lang) ?? String(doc.id)

function cardOf(collection: ContentCollectionSlug, doc: Doc, reader: ItemReader): SiteCard {
  const image = firstImage(doc)
  return {
    title: reader.headline(),
    summary: reader.textOf(doc.summary),
    date: releaseDate(doc)?.toISOString(),
    number: 'releaseNumber' in doc ? str(doc.releaseNumber) : undefined,
    image: image ? pictureOf(image, reader.order, 'card') : undefined,
  }
}

/** The page of a released item in `lang` (a language it is released in), or of a withdrawn one. */
export function siteViewOf(collection: ContentCollectionSlug, doc: Doc, lang: Locale, publicUrl: string): SiteView {
  const order = fallbackOrder(lang, doc.publishedLocales)
  const modified = isoOf(doc.updatedAt) ?? new Date(0).toISOString()
  if (doc.state === 'withdrawn') {
    const titles = Object.fromEntries(locales.flatMap((l) => {
      const title = textIn(titleOf(doc), fallbackOrder(l, doc.publishedLocales))
      return title ? [[l, title]] : []
    }))
    const reason = typeof doc.withdrawalReason === 'string' && doc.withdrawalReason.trim() ? doc.withdrawalReason.trim() : undefined
    return { kind: 'withdrawn', titles, at: isoOf(doc.withdrawnAt), reason, modified }
  }
  const reader = new ItemReader(collection, doc, lang, order)
  const card = cardOf(collection, doc, reader)
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
    const value: unknown = r && typeof r === 'object' && 'value' in r ? r.value : undefined
    const id = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
    return typeof id === 'number' || typeof id === 'string' ? [{ collection: r.relationTo as ContentCollectionSlug, id: String(id) }] : []
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
  const alternates = Object.fromEntries(
    publishedIn(doc).flatMap((l) => {
      const slug = slugIn(doc.slug, l)
      return slug ? [[l, { slug, title: textIn(titleOf(doc), [l])?.text ?? '' }]] : []
    }),
  )
  return {
    kind: 'item',
    ...card,
    place,
    body,
    images: images.map((m) => pictureOf(m, order, 'full')),
    files: files.map((m) => fileLinkOf(m, order)),
    contacts,
    topics,
    partner: partnerDoc && partnerSlug ? { slug: partnerSlug, name: reader.textOf(partnerDoc.name) ?? { text: partnerSlug, lang } } : undefined,
    originalUrl: 'originalUrl' in doc ? str(doc.originalUrl) : undefined,
    correction: note ? { note, at: isoOf(doc.correctedAt) } : undefined,
    alternates,
    ogImage: ogImageOf(images[0], publicUrl),
    fellBack: reader.fellBack,
    firstPublished: isoOf(doc.firstPublishedAt),
    modified,
    related,
  }
}
