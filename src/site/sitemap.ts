import { contentCollections, locales, type Locale } from '../domain'
import { escapeHtml } from '../email/render/html'
import type { SitemapEntry } from './model'
import { absolute, homePath, listPath, partnersPath, pressPath, topicsPath } from './urls'

/** The pages that exist in every language: home, the lists, topics, partners, the press page. */
const sectionEntries = (): SitemapEntry[] =>
  [homePath, ...contentCollections.map((c) => (l: Locale) => listPath(l, c)), topicsPath, partnersPath, pressPath].map((path) => ({
    alternates: Object.fromEntries(locales.map((l) => [l, path(l)])),
  }))

/**
 * sitemap.xml: one `<url>` per page and language, each listing every language version of the page
 * as `xhtml:link rel="alternate" hreflang` (itself included), as search engines ask.
 */
export function sitemapXml(publicUrl: string, items: SitemapEntry[]): string {
  const urls = [...sectionEntries(), ...items].flatMap((entry) => {
    const versions = locales.filter((l) => entry.alternates[l])
    const links = versions.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeHtml(absolute(publicUrl, entry.alternates[l] as string))}"/>`).join('')
    const lastmod = entry.modified ? `<lastmod>${entry.modified.toISOString()}</lastmod>` : ''
    return versions.map((l) => `<url><loc>${escapeHtml(absolute(publicUrl, entry.alternates[l] as string))}</loc>${lastmod}${links}</url>`)
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
}

/** robots.txt: everything public may be crawled but the admin and the sign-up's personal links. */
export function robotsTxt(publicUrl: string): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /subscribe/', `Sitemap: ${absolute(publicUrl, '/sitemap.xml')}`, ''].join('\n')
}
