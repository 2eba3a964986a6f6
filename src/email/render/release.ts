import type { ContentCollectionSlug, Locale } from '../../domain'
import type { AllLocales, ContentItem } from '../../lib/documents'
import type { Media } from '../../payload-types'
import { dateOf, formatDate, formatDateTime } from './dates'
import { headerOf, subscriberFooter } from './frame'
import { excerpt, ItemReader, oneLine } from './item'
import { renderLayout, type Block } from './layout'
import { fallbackOrder, pickIn, valueIn } from '../../lib/localized'
import { altOf, emailImage, fileDetail, fileUrl, isImage, populatedMedia } from './media'
import { emailBody } from './richtext'
import type { SiteInfo } from './site'
import { emailText } from './strings'
import type { EmailLinks, RenderedEmail } from './types'

export type ReleaseEmailKind = 'release' | 'correction' | 'withdrawal'

export type ReleaseEmailInput = {
  kind: ReleaseEmailKind
  collection: ContentCollectionSlug
  /** The item read with `locale: 'all'`, `depth: 1` (localized fields are { vi, en, lo }). */
  doc: AllLocales<ContentItem>
  /** The subscriber's language. */
  language: Locale
  /** Set when the item goes out before its embargo lifts: the banner and the subject say so. */
  embargoUntil?: Date | null
  /** The public correction note or withdrawal reason (else the item's own `correctionNote` / `withdrawalReason`). */
  note?: string | null
  links: EmailLinks
  site: SiteInfo
  publicUrl: string
}

const presentString = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined)

function noteOf(input: ReleaseEmailInput): string | undefined {
  const own = presentString(input.note)
  if (own) return own
  if (input.kind === 'correction') return presentString(input.doc.correctionNote)
  if (input.kind === 'withdrawal') return presentString(input.doc.withdrawalReason)
  return undefined
}

function subjectOf(input: ReleaseEmailInput, reader: ItemReader, headline: string, embargo: Date | undefined): string {
  const s = emailText.in(input.language).release
  const tag = input.kind === 'correction' ? s.correctionTag : input.kind === 'withdrawal' ? s.withdrawalTag : s.kind[input.collection]
  const prefix = embargo ? `[${s.embargoTag(formatDateTime(embargo, input.language))}] ` : ''
  return oneLine(`${prefix}[${tag}] ${headline || reader.meta()}`)
}

/** Files offered as links: attachments, a publication's files (per language), a training material's files, partner media. */
function filesOf(reader: ItemReader): Media[] {
  const doc = reader.doc
  const files = reader.note(pickIn('files' in doc ? doc.files : undefined, reader.order, (v): v is unknown[] => populatedMedia(v).length > 0))
  const media = populatedMedia('media' in doc ? doc.media : undefined).filter((m) => !isImage(m))
  return [...populatedMedia('attachments' in doc ? doc.attachments : undefined), ...populatedMedia(files?.value), ...media]
}

function imagesOf(doc: AllLocales<ContentItem>): Media[] {
  return [
    ...populatedMedia('cover' in doc ? doc.cover : undefined),
    ...populatedMedia('images' in doc ? doc.images : undefined),
    ...populatedMedia('media' in doc ? doc.media : undefined).filter(isImage),
  ].filter(isImage)
}

function factsOf(reader: ItemReader, kind: ReleaseEmailKind): Block {
  const s = emailText.in(reader.lang).release
  const rows: { label: string; value: string; lang?: Locale }[] = []
  const doc = reader.doc
  const number = 'releaseNumber' in doc ? presentString(doc.releaseNumber) : undefined
  if (number) rows.push({ label: s.number, value: number })
  const date = kind === 'withdrawal' ? (dateOf(doc.withdrawnAt) ?? reader.date()) : kind === 'correction' ? (dateOf(doc.correctedAt) ?? reader.date()) : reader.date()
  if (date) rows.push({ label: s.date, value: formatDate(date, reader.lang) })
  if (kind === 'withdrawal') return { kind: 'facts', rows }
  const place = reader.textOf('datelinePlace' in doc ? doc.datelinePlace : undefined)
  if (place) rows.push({ label: s.place, value: oneLine(place.text), lang: place.lang })
  const topics = reader.topics()
  if (topics.length) rows.push({ label: s.topics, value: topics.join(', ') })
  return { kind: 'facts', rows }
}

function contactsOf(reader: ItemReader): Block {
  const s = emailText.in(reader.lang).release
  const contacts = ('pressContacts' in reader.doc ? reader.doc.pressContacts : undefined) ?? []
  const items = contacts
    .filter((c) => !!presentString(c.name))
    .map((c) => {
      const role = reader.textOf(c.role)
      const reach = [presentString(c.email), presentString(c.phone)].filter(Boolean).join(' · ')
      const email = presentString(c.email)
      return {
        label: [presentString(c.name), role?.text].filter(Boolean).join(', '),
        detail: reach || undefined,
        url: email ? `mailto:${email}` : undefined,
        lang: role?.lang,
      }
    })
  return { kind: 'list', title: s.contacts, items }
}

function contentBlocks(input: ReleaseEmailInput, reader: ItemReader, headline: { text: string; lang: Locale }): Block[] {
  const s = emailText.in(input.language).release
  const blocks: Block[] = [{ kind: 'heading', text: headline.text, lang: headline.lang, url: input.links.itemUrl }, factsOf(reader, input.kind)]
  const summary = reader.textOf(reader.doc.summary)
  if (summary) blocks.push({ kind: 'paragraph', text: summary.text, lang: summary.lang, strong: true })

  const images = imagesOf(reader.doc)
  const [lead, ...more] = images
  const imageBlock = (media: Media): Block => {
    const shown = emailImage(media, input.publicUrl)
    const caption = reader.textOf(media.caption)
    const credit = presentString(media.credit)
    return {
      kind: 'image',
      src: shown.src,
      width: shown.width,
      alt: altOf(media, reader.order),
      caption: [caption?.text, credit ? `(${credit})` : undefined].filter(Boolean).join(' ') || undefined,
      lang: caption?.lang,
    }
  }
  if (lead) blocks.push(imageBlock(lead))

  const bodyValue = reader.note(
    reader.order.map((lang) => ({ lang, body: emailBody(valueIn('body' in reader.doc ? reader.doc.body : undefined, lang), { publicUrl: input.publicUrl, order: reader.order }) })).find((b) => b.body.html || b.body.text),
  )
  if (bodyValue) blocks.push({ kind: 'rich', html: bodyValue.body.html, text: bodyValue.body.text, lang: bodyValue.lang })
  for (const media of more) blocks.push(imageBlock(media))

  const files = filesOf(reader)
  if (files.length) {
    blocks.push({
      kind: 'list',
      title: s.attachments,
      items: files.map((m) => {
        const label = reader.textOf(m.caption) ?? reader.textOf(m.alt)
        return { label: label?.text ?? m.filename ?? fileUrl(m, input.publicUrl), url: fileUrl(m, input.publicUrl), detail: fileDetail(m), lang: label?.lang }
      }),
    })
  }
  const originalUrl = 'originalUrl' in reader.doc ? presentString(reader.doc.originalUrl) : undefined
  if (originalUrl) blocks.push({ kind: 'list', title: s.readOnline, items: [{ label: originalUrl, url: originalUrl }] })
  blocks.push(contactsOf(reader))
  if (input.links.itemUrl) blocks.push({ kind: 'button', label: s.readOnline, url: input.links.itemUrl })
  return blocks
}

/**
 * A release, correction or withdrawal for one subscriber. Everything is in the subscriber's
 * language; a field the item does not have in it is shown in Vietnamese (marked `lang="vi"`, with a
 * note). A withdrawal says that and why, and carries none of the withdrawn content.
 */
export function renderReleaseEmail(input: ReleaseEmailInput): RenderedEmail {
  const lang = input.language
  const s = emailText.in(lang).release
  const reader = new ItemReader(input.collection, input.doc, lang, fallbackOrder(lang, input.doc.publishedLocales))
  const headline = reader.headline()
  const embargo = input.kind === 'withdrawal' ? undefined : (input.embargoUntil ?? undefined)
  const note = noteOf(input)
  const subject = subjectOf(input, reader, headline.text, embargo)

  const blocks: Block[] = []
  if (embargo) blocks.push({ kind: 'notice', tone: 'warning', title: s.embargoTitle(formatDateTime(embargo, lang)), text: s.embargoText })
  if (input.kind === 'withdrawal') {
    const reason = note ? `\n${s.reason}: ${note}` : ''
    blocks.push({ kind: 'notice', tone: 'danger', title: s.withdrawalTitle(s.kind[input.collection]), text: `${s.withdrawalText}${reason}` })
    blocks.push({ kind: 'heading', text: headline.text, lang: headline.lang, url: input.links.itemUrl }, factsOf(reader, 'withdrawal'))
  } else {
    if (input.kind === 'correction') blocks.push({ kind: 'notice', tone: 'info', title: s.correctionTitle, text: note ? `${s.correctionNote}: ${note}` : undefined })
    blocks.push(...contentBlocks(input, reader, headline))
  }
  if (reader.fellBack && s.fallback) blocks.push({ kind: 'paragraph', text: s.fallback, muted: true })

  const summary = input.kind === 'withdrawal' ? undefined : reader.textOf(input.doc.summary)
  const { html, text } = renderLayout({
    lang,
    title: subject,
    preheader: summary ? excerpt(summary.text) : undefined,
    header: headerOf(input.site, lang),
    blocks,
    footer: subscriberFooter(input.site, lang, input.links),
  })
  return { subject, html, text, language: headline.lang === lang || !headline.text ? lang : headline.lang }
}
