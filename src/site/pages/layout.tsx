import type { ReactNode } from 'react'

import { contentCollections, locales, type ContentCollectionSlug, type Locale } from '../../domain'
import { localeNames } from '../../domain'
import { preloadFonts, styleSheetPath } from '../assets'
import type { SiteIdentity } from '../model'
import type { SiteStrings } from '../strings'
import { absolute, apiDocsPath, exhibitionsPath, feedPath, homePath, listPath, partnersPath, pressPath, searchPath, subscribePath, topicsPath } from '../urls'
import { langOf } from './parts'

/** What every page knows: its language, texts, the office (site settings), and where it is. */
export type PageContext = {
  lang: Locale
  t: SiteStrings
  site: SiteIdentity
  publicUrl: string
}

export type NavKey = ContentCollectionSlug | 'home' | 'topics' | 'partners' | 'exhibitions' | 'press' | 'search'

export type Head = {
  title: string
  description?: string
  /** This page's address in each language it exists in (paths): canonical and `hreflang` alternates. */
  alternates: Partial<Record<Locale, string>>
  /** Where the language switcher sends each language (defaults to `alternates`, then the home page). */
  switcher?: Partial<Record<Locale, string>>
  ogType?: 'website' | 'article'
  ogImage?: { src: string; width: number; height: number }
  jsonLd?: Record<string, unknown>[]
  /** Error and notice pages: not for search engines. */
  noindex?: boolean
  nav?: NavKey
  /** Scripts of this page (own origin only; the exhibit page's zoom viewer), loaded deferred. */
  scripts?: string[]
}

/** JSON inside <script>: `<` escaped so no text can close the element. */
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')

function Header({ ctx, head }: { ctx: PageContext; head: Head }) {
  const { lang, t, site } = ctx
  const nav: [NavKey, string, string][] = [
    ['home', t.home, homePath(lang)],
    ...contentCollections.map((c): [NavKey, string, string] => [c, t.types[c], listPath(lang, c)]),
    ['topics', t.topics, topicsPath(lang)],
    ['partners', t.partners, partnersPath(lang)],
    ['exhibitions', t.exhibitions, exhibitionsPath(lang)],
    ['press', t.press, pressPath(lang)],
    ['search', t.search, searchPath(lang)],
  ]
  return (
    <header className="site-header">
      <a className="skip" href="#main">
        {t.skipToContent}
      </a>
      <div className="bar">
        <a className="brand" href={homePath(lang)}>
          {site.logo ? <img src={site.logo.src} alt="" width={site.logo.width} height={site.logo.height} /> : null}
          <span {...langOf(site.name, lang)}>{site.name.text || t.siteName}</span>
        </a>
        <nav className="langs" aria-label={t.languageSwitcher}>
          <ul>
            {locales.map((l) => (
              <li key={l}>
                <a
                  href={head.switcher?.[l] ?? head.alternates[l] ?? homePath(l)}
                  lang={l}
                  hrefLang={l}
                  aria-current={l === lang ? 'true' : undefined}
                >
                  {localeNames[l]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <nav className="nav" aria-label={t.mainNav}>
        <ul className="wrap">
          {nav.map(([key, label, href]) => (
            <li key={key}>
              <a href={href} aria-current={head.nav === key ? 'page' : undefined}>
                {label}
              </a>
            </li>
          ))}
          <li>
            <a href={subscribePath(lang)}>{t.subscribe}</a>
          </li>
        </ul>
      </nav>
    </header>
  )
}

function Footer({ ctx }: { ctx: PageContext }) {
  const { lang, t, site } = ctx
  return (
    <footer className="site-footer">
      <div className="wrap">
        <section aria-labelledby="footer-office">
          <h2 id="footer-office" {...langOf(site.name, lang)}>
            {site.name.text || t.siteName}
          </h2>
          {site.address ? <p {...langOf(site.address, lang)}>{site.address.text}</p> : null}
          {site.email ? (
            <p>
              {t.email}: <a href={`mailto:${site.email}`}>{site.email}</a>
            </p>
          ) : null}
          {site.phone ? (
            <p>
              {t.phone}: <a href={`tel:${site.phone.replace(/[^\d+]/g, '')}`}>{site.phone}</a>
            </p>
          ) : null}
        </section>
        <section aria-labelledby="footer-press">
          <h2 id="footer-press">{t.press}</h2>
          <ul>
            <li>
              <a href={subscribePath(lang)}>{t.subscribe}</a>
            </li>
            <li>
              <a href={pressPath(lang)}>{t.press}</a>
            </li>
            <li>
              <a href={feedPath(lang, 'rss.xml')}>RSS</a> · <a href={feedPath(lang, 'atom.xml')}>Atom</a> ·{' '}
              <a href={feedPath(lang, 'feed.json')}>JSON Feed</a>
            </li>
            <li>
              <a href={apiDocsPath}>{t.apiDocs}</a>
            </li>
          </ul>
        </section>
        {site.footerLinks.length ? (
          <section aria-labelledby="footer-links">
            <h2 id="footer-links">{t.moreLinks}</h2>
            <ul>
              {site.footerLinks.map((l) => (
                <li key={l.url} {...langOf(l.label, lang)}>
                  <a href={l.url}>{l.label.text}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {site.links.length ? (
          <section aria-labelledby="footer-follow">
            <h2 id="footer-follow">{t.follow}</h2>
            <ul>
              {site.links.map((l) => (
                <li key={l.url}>
                  <a href={l.url} rel="noopener">
                    {l.platform === 'x' ? 'X' : l.platform[0].toUpperCase() + l.platform.slice(1)}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </footer>
  )
}

/** The document around every page: head (canonical, alternates, cards, JSON-LD), header, main, footer. */
export function Layout({ ctx, head, children }: { ctx: PageContext; head: Head; children: ReactNode }) {
  const { lang, t, publicUrl, site } = ctx
  const siteName = site.name.text || t.siteName
  const canonical = head.alternates[lang]
  const title = head.title === siteName ? siteName : `${head.title} – ${siteName}`
  const ogLocale = { vi: 'vi_VN', en: 'en_US', lo: 'lo_LA' }
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {head.description ? <meta name="description" content={head.description} /> : null}
        {head.noindex ? <meta name="robots" content="noindex" /> : null}
        {preloadFonts(lang).map((href) => (
          <link key={href} rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" />
        ))}
        <link rel="stylesheet" href={styleSheetPath} />
        {canonical && !head.noindex ? <link rel="canonical" href={absolute(publicUrl, canonical)} /> : null}
        {!head.noindex
          ? locales
              .filter((l) => head.alternates[l])
              .map((l) => <link key={l} rel="alternate" hrefLang={l} href={absolute(publicUrl, head.alternates[l] as string)} />)
          : null}
        {!head.noindex && head.alternates.vi ? <link rel="alternate" hrefLang="x-default" href={absolute(publicUrl, head.alternates.vi)} /> : null}
        <link rel="alternate" type="application/rss+xml" title={`RSS – ${siteName}`} href={feedPath(lang, 'rss.xml')} />
        <link rel="alternate" type="application/atom+xml" title={`Atom – ${siteName}`} href={feedPath(lang, 'atom.xml')} />
        <link rel="alternate" type="application/feed+json" title={`JSON Feed – ${siteName}`} href={feedPath(lang, 'feed.json')} />
        <meta property="og:site_name" content={siteName} />
        <meta property="og:title" content={head.title} />
        <meta property="og:type" content={head.ogType ?? 'website'} />
        <meta property="og:locale" content={ogLocale[lang]} />
        {canonical ? <meta property="og:url" content={absolute(publicUrl, canonical)} /> : null}
        {head.description ? <meta property="og:description" content={head.description} /> : null}
        {head.ogImage ? <meta property="og:image" content={head.ogImage.src} /> : null}
        {head.ogImage ? <meta property="og:image:width" content={String(head.ogImage.width)} /> : null}
        {head.ogImage ? <meta property="og:image:height" content={String(head.ogImage.height)} /> : null}
        <meta name="twitter:card" content={head.ogImage ? 'summary_large_image' : 'summary'} />
        <meta name="twitter:title" content={head.title} />
        {head.description ? <meta name="twitter:description" content={head.description} /> : null}
        {head.ogImage ? <meta name="twitter:image" content={head.ogImage.src} /> : null}
        {(head.jsonLd ?? []).map((data, i) => (
          <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />
        ))}
      </head>
      <body>
        <Header ctx={ctx} head={head} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <Footer ctx={ctx} />
        {(head.scripts ?? []).map((src) => (
          <script key={src} src={src} defer />
        ))}
      </body>
    </html>
  )
}
