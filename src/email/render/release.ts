import type { Locale } from '../../domain'
import type { PageMedia } from '../../readModel/record'
import { dateOf, formatDate, formatDateTime } from './dates'
import { headerOf, subscriberFooter } from './frame'
import { excerpt, oneLine } from './item'
import { renderLayout, type Block } from './layout'
import { fileDetail, fileUrl, storedImage } from './media'
import { ReleasedReader, type EmailItem } from './released'
import { styleEmailHtml } from './richtext'
import type { SiteInfo } from './site'
import { emailText } from './strings'
import type { EmailLinks, RenderedEmail } from './types'

export type ReleaseEmailKind = 'release' | 'correction' | 'withdrawal'

export type ReleaseEmailInput = {
  kind: ReleaseEmailKind
  /** The item as the read model holds it (src/email/render/released.ts emailItemOf). */
  item: EmailItem
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

function noteOf(input: ReleaseEmailInput, reader: ReleasedReader): string | undefined {
  const own = presentString(input.note)
  if (own) return own
  if (input.kind === 'correction') return presentString(reader.shared.correctionNote)
  if (input.kind === 'withdrawal') return presentString(reader.shared.withdrawalReason)
  return undefined
}

function subjectOf(input: ReleaseEmailInput, reader: ReleasedReader, headline: string, embargo: Date | undefined): string {
  const s = emailText.in(input.language).release
  const tag = input.kind === 'correction' ? s.correctionTag : input.kind === 'withdrawal' ? s.withdrawalTag : s.kind[input.item.collection]
  const restricted = input.item.audience === 'restricted' ? `[${s.restrictedTag}] ` : ''
  const prefix = `${restricted}${embargo ? `[${s.embargoTag(formatDateTime(embargo, input.language))}] ` : ''}`
  return oneLine(`${prefix}[${tag}] ${headline || reader.meta()}`)
}

/** Files offered as links: attachments, a publication's files (per language), a training material's files, partner media. */
function filesOf(reader: ReleasedReader): PageMedia[] {
  const files = reader.pick(
    (e) => e.files,
    (v): v is PageMedia[] => Array.isArray(v) && v.length > 0,
  )
  return [...reader.shared.attachments, ...(files?.value ?? []), ...reader.shared.otherMedia]
}

function factsOf(reader: ReleasedReader, kind: ReleaseEmailKind): Block {
  const s = emailText.in(reader.lang).release
  const rows: { label: string; value: string; lang?: Locale }[] = []
  const shared = reader.shared
  const number = presentString(shared.releaseNumber)
  if (number) rows.push({ label: s.number, value: number })
  const date = kind === 'withdrawal' ? (dateOf(shared.withdrawnAt) ?? reader.date()) : kind === 'correction' ? (dateOf(shared.correctedAt) ?? reader.date()) : reader.date()
  if (date) rows.push({ label: s.date, value: formatDate(date, reader.lang) })
  if (kind === 'withdrawal') return { kind: 'facts', rows }
  const place = reader.text((e) => e.place)
  if (place) rows.push({ label: s.place, value: oneLine(place.text), lang: place.lang })
  const topics = reader.topics()
  if (topics.length) rows.push({ label: s.topics, value: topics.join(', ') })
  return { kind: 'facts', rows }
}

function contactsOf(reader: ReleasedReader): Block {
  const s = emailText.in(reader.lang).release
  const items = reader.shared.contacts.map((c, i) => {
    const role = reader.text((e) => e.contacts[i]?.role)
    const reach = [c.email, c.phone].filter(Boolean).join(' · ')
    return {
      label: [c.name, role?.text].filter(Boolean).join(', '),
      detail: reach || undefined,
      url: c.email ? `mailto:${c.email}` : undefined,
      lang: role?.lang,
    }
  })
  return { kind: 'list', title: s.contacts, items }
}

function contentBlocks(input: ReleaseEmailInput, reader: ReleasedReader, headline: { text: string; lang: Locale }): Block[] {
  const s = emailText.in(input.language).release
  const blocks: Block[] = [{ kind: 'heading', text: headline.text, lang: headline.lang, url: input.links.itemUrl }, factsOf(reader, input.kind)]
  const summary = reader.text((e) => e.summary)
  if (summary) blocks.push({ kind: 'paragraph', text: summary.text, lang: summary.lang, strong: true })

  const [lead, ...more] = reader.shared.images
  const imageBlock = (media: PageMedia): Block => {
    const shown = storedImage(media, input.publicUrl)
    const caption = reader.mediaText(media, 'caption')
    const credit = presentString(media.credit)
    return {
      kind: 'image',
      src: shown.src,
      width: shown.width,
      alt: reader.mediaText(media, 'alt', false)?.text ?? reader.mediaText(media, 'caption', false)?.text ?? media.filename ?? '',
      caption: [caption?.text, credit ? `(${credit})` : undefined].filter(Boolean).join(' ') || undefined,
      lang: caption?.lang,
    }
  }
  if (lead) blocks.push(imageBlock(lead))

  const body = reader.pick((e) => e.body)
  if (body) blocks.push({ kind: 'rich', html: styleEmailHtml(body.value.html), text: body.value.text, lang: body.lang })
  for (const media of more) blocks.push(imageBlock(media))

  const files = filesOf(reader)
  if (files.length) {
    blocks.push({
      kind: 'list',
      title: s.attachments,
      items: files.map((m) => {
        const label = reader.mediaText(m, 'caption') ?? reader.mediaText(m, 'alt')
        return { label: label?.text ?? m.filename ?? fileUrl(m, input.publicUrl), url: fileUrl(m, input.publicUrl), detail: fileDetail(m), lang: label?.lang }
      }),
    })
  }
  const originalUrl = presentString(reader.shared.originalUrl)
  if (originalUrl) blocks.push({ kind: 'list', title: s.readOnline, items: [{ label: originalUrl, url: originalUrl }] })
  blocks.push(contactsOf(reader))
  if (input.links.itemUrl) blocks.push({ kind: 'button', label: s.readOnline, url: input.links.itemUrl })
  return blocks
}

/**
 * A release, correction or withdrawal for one subscriber. Everything is in the subscriber's
 * language; a field the item does not have in it is shown in the next released language (marked
 * `lang="vi"`, with a note). A withdrawal says that and why, and carries none of the withdrawn
 * content (the read model keeps none of it: src/readModel/record.ts).
 */
export function renderReleaseEmail(input: ReleaseEmailInput): RenderedEmail {
  const lang = input.language
  const s = emailText.in(lang).release
  const reader = new ReleasedReader(input.item, lang)
  const headline = reader.headline()
  const embargo = input.kind === 'withdrawal' ? undefined : (input.embargoUntil ?? undefined)
  const note = noteOf(input, reader)
  const subject = subjectOf(input, reader, headline.text, embargo)

  const blocks: Block[] = []
  if (input.item.audience === 'restricted') blocks.push({ kind: 'notice', tone: 'warning', title: s.restrictedTitle, text: s.restrictedText })
  if (embargo) blocks.push({ kind: 'notice', tone: 'warning', title: s.embargoTitle(formatDateTime(embargo, lang)), text: s.embargoText })
  if (input.kind === 'withdrawal') {
    const reason = note ? `\n${s.reason}: ${note}` : ''
    blocks.push({ kind: 'notice', tone: 'danger', title: s.withdrawalTitle(s.kind[input.item.collection]), text: `${s.withdrawalText}${reason}` })
    blocks.push({ kind: 'heading', text: headline.text, lang: headline.lang, url: input.links.itemUrl }, factsOf(reader, 'withdrawal'))
  } else {
    if (input.kind === 'correction') blocks.push({ kind: 'notice', tone: 'info', title: s.correctionTitle, text: note ? `${s.correctionNote}: ${note}` : undefined })
    blocks.push(...contentBlocks(input, reader, headline))
  }
  if (reader.fellBack && s.fallback) blocks.push({ kind: 'paragraph', text: s.fallback, muted: true })

  const summary = input.kind === 'withdrawal' ? undefined : reader.text((e) => e.summary)
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
