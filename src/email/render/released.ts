import { locales, type ContentCollectionSlug, type Locale } from '../../domain'
import { fallbackOrder, type LocalText } from '../../lib/localized'
import type { EmailRecord } from '../../readModel/queries'
import type { PageMedia, ReleasedEmail } from '../../readModel/record'
import { dateOf, formatDate } from './dates'
import { emailText } from './strings'

/**
 * An item as email shows it, from the read model (`released-items`): its records, one per released
 * language, each holding what email shows in that language only (src/readModel/record.ts
 * ReleasedEmail). Email never reads the live copies: what it mails is what the agency API and the
 * feeds serve, re-read when each message is rendered.
 */

export type EmailItem = {
  collection: ContentCollectionSlug
  id: string
  /** The languages the item is released in, in the site's order. */
  languages: Locale[]
  byLanguage: Partial<Record<Locale, ReleasedEmail>>
  embargoUntil: Date | null
  withdrawn: boolean
  /** Staff-only items (internal training material) are never mailed. */
  audience: EmailRecord['audience']
}

/** A record written before records carried email's fields: its mail waits until the refill at start (src/readModel/refill.ts) or `npm run reindex`. */
export class RecordWithoutEmail extends Error {
  constructor(record: Pick<EmailRecord, 'itemCollection' | 'itemId' | 'language'>) {
    super(`the read model's record ${record.itemCollection}:${record.itemId}:${record.language} has no email fields yet: it is refilled when a job-running process starts, or by npm run reindex`)
  }
}

/** One item's records as an EmailItem (null when it has none: not released, or deleted). */
export function emailItemOf(records: EmailRecord[]): EmailItem | null {
  const first = records[0]
  if (!first) return null
  const byLanguage: Partial<Record<Locale, ReleasedEmail>> = {}
  for (const r of records) {
    if (!r.email) throw new RecordWithoutEmail(r)
    byLanguage[r.language] = r.email
  }
  return {
    collection: first.itemCollection,
    id: first.itemId,
    languages: locales.filter((l) => byLanguage[l] !== undefined),
    byLanguage,
    embargoUntil: first.embargoUntil ? new Date(first.embargoUntil) : null,
    withdrawn: first.withdrawn,
    audience: first.audience,
  }
}

const present = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * Reads an item for one reader: each text in the reader's language or the next released one in
 * fallback order (theirs, Vietnamese, the rest), and remembers whether anything was shown in another
 * language (for the note saying so). The records of one item agree on every field that is not
 * localized, so those are read from the first.
 */
export class ReleasedReader {
  fellBack = false
  readonly order: Locale[]
  constructor(
    readonly item: EmailItem,
    readonly lang: Locale,
  ) {
    this.order = fallbackOrder(lang, item.languages)
  }

  get collection(): ContentCollectionSlug {
    return this.item.collection
  }

  /** The fields that are the same in every language. */
  get shared(): ReleasedEmail {
    return this.item.byLanguage[this.order[0]] as ReleasedEmail
  }

  /** The first language in order where `get` finds a value, with that language. */
  pick<T>(get: (e: ReleasedEmail) => T | undefined, found: (v: T | undefined) => v is T = (v): v is T => v !== undefined): { value: T; lang: Locale } | undefined {
    for (const lang of this.order) {
      const e = this.item.byLanguage[lang]
      const value = e ? get(e) : undefined
      if (found(value)) return this.note({ value, lang })
    }
    return undefined
  }

  /** A text in the first language in order that has it (trimmed). */
  text(get: (e: ReleasedEmail) => string | undefined): LocalText | undefined {
    const found = this.pick(get, present)
    return found ? { text: found.value.trim(), lang: found.lang } : undefined
  }

  /** Records a fallback when a value was picked in another language than the reader's. */
  note<T extends { lang: Locale }>(found: T | undefined): T | undefined {
    if (found && found.lang !== this.lang) this.fellBack = true
    return found
  }

  headline(): LocalText {
    return this.text((e) => e.title) ?? { text: '', lang: this.lang }
  }

  /** When the item came out: its own date (training, partner media), else when it was published. */
  date(): Date | undefined {
    const e = this.shared
    return dateOf(e.date) ?? dateOf(e.publishedAt) ?? dateOf(e.firstPublishedAt)
  }

  /** "Thông cáo báo chí · Số 12/2026 · 01/12/2026": what and when, for lists and subtitles. */
  meta(): string {
    const s = emailText.in(this.lang).release
    const number = this.shared.releaseNumber ? `${s.number} ${this.shared.releaseNumber}` : undefined
    const date = this.date()
    return [s.kind[this.collection], number, date ? formatDate(date, this.lang) : undefined].filter(Boolean).join(' · ')
  }

  /** Topic names in the reader's language (else the next in order, else the slug). */
  topics(): string[] {
    return this.shared.topics.map((t) => this.text((e) => e.topics.find((o) => o.slug === t.slug)?.name)?.text ?? t.slug).filter((name) => name !== '')
  }

  /** A media file's alt text or caption in the first language in order that has it. */
  mediaText(media: PageMedia, field: 'alt' | 'caption', noted = true): LocalText | undefined {
    const get = (e: ReleasedEmail) => [...e.images, ...e.attachments, ...e.files, ...e.otherMedia].find((m) => m.id === media.id)?.[field]
    if (noted) return this.text(get)
    const was = this.fellBack
    const found = this.text(get)
    this.fellBack = was
    return found
  }
}
