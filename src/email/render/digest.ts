import type { Locale } from '../../domain'
import { formatDateTime, formatPeriod } from './dates'
import { headerOf, subscriberFooter } from './frame'
import { excerpt } from './item'
import { renderLayout, type Block } from './layout'
import { ReleasedReader, type EmailItem } from './released'
import type { SiteInfo } from './site'
import { emailText } from './strings'
import type { EmailLinks, RenderedEmail } from './types'

export type DigestItem = {
  /** The item as the read model holds it (src/email/render/released.ts emailItemOf). */
  item: EmailItem
  /** The item's public page, when it has one. */
  url?: string
  /** Set when the item is still under embargo (shown next to it). */
  embargoUntil?: Date | null
}

export type DigestEmailInput = {
  frequency: 'daily' | 'weekly'
  /** In the order they are listed. */
  items: DigestItem[]
  language: Locale
  periodStart: Date
  /** Exclusive. */
  periodEnd: Date
  links: EmailLinks
  site: SiteInfo
  publicUrl: string
}

/** One email listing what was released in a period: headline, what and when, summary, link. */
export function renderDigestEmail(input: DigestEmailInput): RenderedEmail {
  const lang = input.language
  const s = emailText.in(lang)
  const period = formatPeriod(input.periodStart, input.periodEnd, lang)
  const onlyReleases = input.items.every((i) => i.item.collection === 'press-releases')
  const title = s.digest.title(input.frequency, period)
  const subject = `${title} — ${s.digest.count(input.items.length, onlyReleases)}`

  let fellBack = false
  const entries: Block[] = input.items.map((item) => {
    const reader = new ReleasedReader(item.item, lang)
    const headline = reader.headline()
    const summary = reader.text((e) => e.summary)
    fellBack ||= reader.fellBack
    const embargo = item.embargoUntil ? `[${s.release.embargoTag(formatDateTime(item.embargoUntil, lang))}] ` : ''
    return {
      kind: 'entry',
      title: headline.text,
      lang: headline.lang,
      url: item.url,
      meta: `${embargo}${reader.meta()}`,
      summary: summary ? excerpt(summary.text, 400) : undefined,
      summaryLang: summary?.lang,
      linkLabel: s.digest.readMore,
    }
  })

  const blocks: Block[] = [{ kind: 'heading', text: title }, { kind: 'paragraph', text: s.digest.intro(period), muted: true }, ...entries]
  if (fellBack && s.release.fallback) blocks.push({ kind: 'paragraph', text: s.release.fallback, muted: true })
  const { html, text } = renderLayout({
    lang,
    title: subject,
    preheader: subject,
    header: headerOf(input.site, lang),
    blocks,
    footer: subscriberFooter(input.site, lang, input.links),
  })
  return { subject, html, text, language: lang }
}
