import type { ContentCollectionSlug, Locale } from '../../domain'
import type { AllLocales, ContentItem } from '../../lib/documents'
import type { Topic } from '../../payload-types'
import { dateOf, formatDate } from './dates'
import { textIn, type LocalText } from '../../lib/localized'
import { emailText } from './strings'

/** An item's title (a press release has a headline, the others a title). */
export const titleOf = (doc: AllLocales<ContentItem>): unknown => ('headline' in doc ? doc.headline : doc.title)

/**
 * Reads an item's fields for one reader: each text in the reader's language or the next in
 * `order`, and remembers whether anything was shown in another language (for the note saying so).
 */
export class ItemReader {
  fellBack = false
  constructor(
    readonly collection: ContentCollectionSlug,
    readonly doc: AllLocales<ContentItem>,
    readonly lang: Locale,
    readonly order: readonly Locale[],
  ) {}

  /** Any localized value (a topic's name, an alt text) through the same fallback. */
  textOf(value: unknown): LocalText | undefined {
    return this.note(textIn(value, this.order))
  }

  /** Records a fallback when a value was picked in another language than the reader's. */
  note<T extends { lang: Locale }>(found: T | undefined): T | undefined {
    if (found && found.lang !== this.lang) this.fellBack = true
    return found
  }

  headline(): LocalText {
    return this.textOf(titleOf(this.doc)) ?? { text: '', lang: this.lang }
  }

  /** When the item came out: its own date (training, partner media), else when it was published. */
  date(): Date | undefined {
    return dateOf('date' in this.doc ? this.doc.date : undefined) ?? dateOf(this.doc.publishedAt) ?? dateOf(this.doc.firstPublishedAt)
  }

  /** "Thông cáo báo chí · Số 12/2026 · 01/12/2026": what and when, for lists and subtitles. */
  meta(): string {
    const s = emailText.in(this.lang).release
    const number = 'releaseNumber' in this.doc && this.doc.releaseNumber ? `${s.number} ${this.doc.releaseNumber}` : undefined
    const date = this.date()
    return [s.kind[this.collection], number, date ? formatDate(date, this.lang) : undefined].filter(Boolean).join(' · ')
  }

  /** Topic names (populated at depth 1), in the reader's language. */
  topics(): string[] {
    return (this.doc.topics ?? [])
      .filter((t): t is Topic => typeof t === 'object')
      .map((t) => this.textOf(t.name)?.text ?? t.slug ?? '')
      .filter((name) => name !== '')
  }
}

/** Whitespace (newlines from a textarea) collapsed: for subjects and one-line places. */
export const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim()

/** The first `max` characters of a text, cut at a word, with an ellipsis. */
export function excerpt(value: string, max = 150): string {
  const flat = oneLine(value)
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}
