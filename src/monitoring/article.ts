import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

import { monitoringLimits } from '../domain'
import { plainText } from './parse'

/**
 * The text of an article page: Readability's main content of a linkedom document (no scripts run:
 * linkedom has no JavaScript), as plain text (plainText keeps no tag). Null when the page
 * has no article Readability can find.
 */
export function extractArticleText(html: string, url: string): string | null {
  const { document } = parseHTML(html)
  // Readability resolves relative links against the document's address.
  const base = document.createElement('base')
  base.setAttribute('href', url)
  document.head?.appendChild(base)
  // linkedom's document is not typed as the DOM's, which Readability declares; it reads the same.
  const article = new Readability(document as never).parse()
  const text = plainText(article?.content ?? null, monitoringLimits.articleChars)
  return text || null
}
