import { parseFeed, type AnyFeed } from 'feedsmith'
import { parseHTML } from 'linkedom'

import { monitoringLimits } from '../domain'

/** One entry of a feed, whatever its format. */
export type FeedEntry = { url: string; title: string; excerpt: string; publishedAt: string | null; guid: string | null }

/** A feed that could not be read: not a feed, or broken XML/JSON. Recorded in the source's health. */
export class FeedParseError extends Error {
  readonly reason = 'malformed'
}

/** Elements whose content is not text a reader sees. */
const HIDDEN = 'script, style, noscript, template, iframe, object, embed, svg, math, head'

/**
 * HTML (a description, a summary, an article) as plain text: parsed into a DOM (linkedom, which runs
 * no script), elements a reader does not see removed, the text content kept with entities decoded and
 * whitespace collapsed, cut at `maxChars`. No markup survives, so the text is safe wherever it is shown.
 * (Not sanitize-html: it requires htmlparser2 12, an ES module only, which jest's CommonJS loader
 * cannot load on Node 20; linkedom is an ES module and is already needed for article extraction.)
 */
export function plainText(html: string | null | undefined, maxChars: number): string {
  if (!html) return ''
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  for (const hidden of document.querySelectorAll(HIDDEN)) hidden.remove()
  // Block elements end a line of text: keep their words apart once the tags are gone.
  for (const block of document.querySelectorAll('p, div, br, li, h1, h2, h3, h4, h5, h6, tr, blockquote')) block.after(' ')
  const collapsed = (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim()
  return collapsed.length > maxChars ? `${collapsed.slice(0, maxChars - 1).trimEnd()}…` : collapsed
}

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null
  const time = new Date(value).getTime()
  return Number.isFinite(time) ? new Date(time).toISOString() : null
}

type Raw = { url?: string; title?: string; description?: string; date?: string; guid?: string }

const firstDate = (dates: string[] | undefined) => dates?.[0]

/** The entries of a feed's text (RSS 0.9x/2.0, Atom, RDF/RSS 1.0, JSON Feed), newest limit first as the feed orders them. */
export function parseEntries(body: string): FeedEntry[] {
  let parsed: AnyFeed<string>
  try {
    parsed = parseFeed(body)
  } catch (error) {
    throw new FeedParseError(`not a readable feed: ${error instanceof Error ? error.message : String(error)}`)
  }
  let raws: Raw[]
  switch (parsed.format) {
    case 'rss':
      raws = (parsed.feed.items ?? []).map((item) => ({
        url: item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined),
        title: item.title,
        description: item.description ?? item.content?.encoded,
        date: item.pubDate ?? firstDate(item.dc?.dates),
        guid: item.guid?.value,
      }))
      break
    case 'atom':
      raws = (parsed.feed.entries ?? []).map((entry) => ({
        url: (entry.links ?? []).find((l) => !l.rel || l.rel === 'alternate')?.href ?? entry.links?.[0]?.href,
        title: entry.title?.value,
        description: entry.summary?.value ?? entry.content?.value,
        date: entry.published ?? entry.updated,
        guid: entry.id,
      }))
      break
    case 'rdf':
      raws = (parsed.feed.items ?? []).map((item) => ({
        url: item.link,
        title: item.title,
        description: item.description,
        date: firstDate(item.dc?.dates),
        guid: item.link,
      }))
      break
    case 'json':
      raws = (parsed.feed.items ?? []).map((item) => ({
        url: item.url ?? item.external_url,
        title: item.title,
        description: item.summary ?? item.content_html ?? item.content_text,
        date: item.date_published ?? item.date_modified,
        guid: item.id,
      }))
      break
  }
  const entries: FeedEntry[] = []
  for (const raw of raws.slice(0, monitoringLimits.maxEntriesPerPoll)) {
    if (!raw.url) continue
    entries.push({
      url: raw.url.trim(),
      title: plainText(raw.title, 500),
      excerpt: plainText(raw.description, monitoringLimits.excerptChars),
      publishedAt: isoDate(raw.date),
      guid: raw.guid ?? null,
    })
  }
  return entries
}
