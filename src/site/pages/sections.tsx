import { localeNames, locales, type ContentCollectionSlug, type Locale } from '../../domain'
import type { Card, ListFilters, ListPage, PartnerView, SearchResult, TopicView } from '../model'
import {
  absolute,
  apiDocsPath,
  feedPath,
  homePath,
  listPath,
  partnerPath,
  partnersPath,
  pressPath,
  searchPath,
  subscribePath,
  topicPath,
  topicsPath,
} from '../urls'
import { Layout, type PageContext } from './layout'
import { CardList, Crumbs, langOf, Pager } from './parts'

const everyLanguage = (path: (l: Locale) => string): Record<Locale, string> => Object.fromEntries(locales.map((l) => [l, path(l)])) as Record<Locale, string>

function SubscribeBox({ ctx }: { ctx: PageContext }) {
  const { lang, t } = ctx
  return (
    <section className="subscribe" aria-labelledby="subscribe">
      <h2 id="subscribe">{t.subscribe}</h2>
      <p>{t.subscribeText}</p>
      <p>
        <a className="button" href={subscribePath(lang)}>
          {t.subscribe}
        </a>
      </p>
    </section>
  )
}

function TopicTags({ topics, lang }: { topics: TopicView[]; lang: Locale }) {
  return (
    <ul className="tags">
      {topics.map((topic) => (
        <li key={topic.slug} {...langOf(topic.name, lang)}>
          <a href={topicPath(lang, topic.slug)}>{topic.name.text}</a>
        </li>
      ))}
    </ul>
  )
}

export type HomeData = { releases: Card[]; publications: Card[]; upcoming: Card[]; topics: TopicView[] }

export function HomePage({ ctx, data }: { ctx: PageContext; data: HomeData }) {
  const { lang, t, site, publicUrl } = ctx
  const name = site.name.text || t.siteName
  const organization = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name,
    url: absolute(publicUrl, homePath(lang)),
    ...(site.logo ? { logo: absolute(publicUrl, site.logo.src) } : {}),
    ...(site.email ? { email: site.email } : {}),
    ...(site.phone ? { telephone: site.phone } : {}),
    ...(site.address ? { address: site.address.text } : {}),
    ...(site.links.length ? { sameAs: site.links.map((l) => l.url) } : {}),
  }
  return (
    <Layout ctx={ctx} head={{ title: name, description: t.tagline, alternates: everyLanguage(homePath), jsonLd: [organization], nav: 'home' }}>
      <h1 {...langOf(site.name, lang)}>{name}</h1>
      <p className="lead">{t.tagline}</p>
      <section aria-labelledby="latest">
        <h2 id="latest">{t.latestReleases}</h2>
        <CardList items={data.releases} lang={lang} t={t} />
        <p>
          <a href={listPath(lang, 'press-releases')}>{t.seeAll(t.types['press-releases'])}</a>
        </p>
      </section>
      <section aria-labelledby="featured">
        <h2 id="featured">{t.featuredPublications}</h2>
        <CardList items={data.publications} lang={lang} t={t} />
        <p>
          <a href={listPath(lang, 'publications')}>{t.seeAll(t.types.publications)}</a>
        </p>
      </section>
      {data.upcoming.length ? (
        <section aria-labelledby="upcoming">
          <h2 id="upcoming">{t.upcoming}</h2>
          <CardList items={data.upcoming} lang={lang} t={t} />
        </section>
      ) : null}
      {data.topics.length ? (
        <section aria-labelledby="home-topics">
          <h2 id="home-topics">{t.topics}</h2>
          <TopicTags topics={data.topics} lang={lang} />
        </section>
      ) : null}
      <SubscribeBox ctx={ctx} />
    </Layout>
  )
}

export type ListData = {
  collection: ContentCollectionSlug
  list: ListPage
  filters: ListFilters
  topics: TopicView[]
  partners: PartnerView[]
  years: number[]
}

export function ListPageView({ ctx, data }: { ctx: PageContext; data: ListData }) {
  const { lang, t } = ctx
  const { collection, list, filters } = data
  const title = t.types[collection]
  const query = { topic: filters.topic, year: filters.year, partner: filters.partner }
  const here = (l: Locale) => listPath(l, collection, { ...query, page: list.page > 1 ? list.page : undefined })
  return (
    <Layout ctx={ctx} head={{ title, alternates: everyLanguage(here), nav: collection }}>
      <Crumbs t={t} trail={[[t.home, homePath(lang)], [title, undefined]]} />
      <h1>{title}</h1>
      <form className="filters" method="get" action={listPath(lang, collection)} aria-label={t.filters}>
        <div>
          <label htmlFor="f-topic">{t.topic}</label>
          <select id="f-topic" name="topic" defaultValue={filters.topic ?? ''}>
            <option value="">{t.any}</option>
            {data.topics.map((topic) => (
              <option key={topic.slug} value={topic.slug} {...langOf(topic.name, lang)}>
                {topic.name.text}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-year">{t.year}</label>
          <select id="f-year" name="year" defaultValue={filters.year ? String(filters.year) : ''}>
            <option value="">{t.any}</option>
            {data.years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </div>
        {collection === 'partner-media' ? (
          <div>
            <label htmlFor="f-partner">{t.partner}</label>
            <select id="f-partner" name="partner" defaultValue={filters.partner ?? ''}>
              <option value="">{t.any}</option>
              {data.partners.map((p) => (
                <option key={p.slug} value={p.slug} {...langOf(p.name, lang)}>
                  {p.name.text}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button type="submit">{t.apply}</button>
      </form>
      <CardList items={list.items} lang={lang} t={t} headingLevel={2} />
      <Pager list={list} path={listPath(lang, collection)} query={query} t={t} />
    </Layout>
  )
}

export function TopicsPage({ ctx, topics }: { ctx: PageContext; topics: TopicView[] }) {
  const { lang, t } = ctx
  return (
    <Layout ctx={ctx} head={{ title: t.topics, description: t.topicsIntro, alternates: everyLanguage(topicsPath), nav: 'topics' }}>
      <Crumbs t={t} trail={[[t.home, homePath(lang)], [t.topics, undefined]]} />
      <h1>{t.topics}</h1>
      <p>{t.topicsIntro}</p>
      {topics.length ? <TopicTags topics={topics} lang={lang} /> : <p>{t.noItems}</p>}
    </Layout>
  )
}

export function TopicPage({ ctx, topic, sections }: { ctx: PageContext; topic: TopicView; sections: { collection: ContentCollectionSlug; list: ListPage }[] }) {
  const { lang, t } = ctx
  return (
    <Layout ctx={ctx} head={{ title: topic.name.text, description: topic.description?.text, alternates: everyLanguage((l) => topicPath(l, topic.slug)), nav: 'topics' }}>
      <Crumbs t={t} trail={[[t.home, homePath(lang)], [t.topics, topicsPath(lang)], [topic.name.text, undefined]]} />
      <h1 {...langOf(topic.name, lang)}>{topic.name.text}</h1>
      {topic.description ? <p {...langOf(topic.description, lang)}>{topic.description.text}</p> : null}
      {sections.every((s) => s.list.items.length === 0) ? <p>{t.noItems}</p> : null}
      {sections
        .filter((s) => s.list.items.length > 0)
        .map((s) => (
          <section key={s.collection} aria-labelledby={`topic-${s.collection}`}>
            <h2 id={`topic-${s.collection}`}>{t.types[s.collection]}</h2>
            <CardList items={s.list.items} lang={lang} t={t} />
            {s.list.total > s.list.items.length ? (
              <p>
                <a href={listPath(lang, s.collection, { topic: topic.slug })}>{t.seeAll(t.types[s.collection])}</a>
              </p>
            ) : null}
          </section>
        ))}
    </Layout>
  )
}

export function PartnersPage({ ctx, partners }: { ctx: PageContext; partners: PartnerView[] }) {
  const { lang, t } = ctx
  return (
    <Layout ctx={ctx} head={{ title: t.partners, description: t.partnersIntro, alternates: everyLanguage(partnersPath), nav: 'partners' }}>
      <Crumbs t={t} trail={[[t.home, homePath(lang)], [t.partners, undefined]]} />
      <h1>{t.partners}</h1>
      <p>{t.partnersIntro}</p>
      {partners.length ? (
        <ul className="rows">
          {partners.map((p) => (
            <li key={p.slug}>
              <a href={partnerPath(lang, p.slug)} {...langOf(p.name, lang)}>
                {p.name.text}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.noItems}</p>
      )}
    </Layout>
  )
}

export function PartnerPage({ ctx, partner, list }: { ctx: PageContext; partner: PartnerView; list: ListPage }) {
  const { lang, t } = ctx
  return (
    <Layout ctx={ctx} head={{ title: partner.name.text, description: partner.description?.text, alternates: everyLanguage((l) => partnerPath(l, partner.slug)), nav: 'partners' }}>
      <Crumbs t={t} trail={[[t.home, homePath(lang)], [t.partners, partnersPath(lang)], [partner.name.text, undefined]]} />
      <h1 {...langOf(partner.name, lang)}>{partner.name.text}</h1>
      {partner.description ? <p {...langOf(partner.description, lang)}>{partner.description.text}</p> : null}
      {partner.website ? (
        <p>
          {t.website}:{' '}
          <a href={partner.website} rel="noopener">
            {partner.website}
          </a>
        </p>
      ) : null}
      <h2>{t.partnerMediaOf(partner.name.text)}</h2>
      <CardList items={list.items} lang={lang} t={t} />
      {list.total > list.items.length ? (
        <p>
          <a href={listPath(lang, 'partner-media', { partner: partner.slug })}>{t.seeAll(t.types['partner-media'])}</a>
        </p>
      ) : null}
    </Layout>
  )
}

export function SearchPage({ ctx, result }: { ctx: PageContext; result: SearchResult }) {
  const { lang, t } = ctx
  return (
    <Layout ctx={ctx} head={{ title: t.search, alternates: everyLanguage((l) => searchPath(l)), switcher: everyLanguage((l) => searchPath(l, result.query || undefined)), nav: 'search', noindex: result.query !== '' }}>
      <h1>{t.search}</h1>
      <form role="search" method="get" action={searchPath(lang)}>
        <label htmlFor="q">{t.searchLabel}</label>
        <p id="q-hint">{t.searchHint}</p>
        <input id="q" type="search" name="q" defaultValue={result.query} maxLength={200} aria-describedby="q-hint" />{' '}
        <button type="submit">{t.searchButton}</button>
      </form>
      {result.query ? (
        <section aria-labelledby="results">
          <h2 id="results">{t.searchResults(result.query)}</h2>
          {result.items.length ? <CardList items={result.items} lang={lang} t={t} /> : <p>{t.searchNone}</p>}
        </section>
      ) : null}
    </Layout>
  )
}

export function PressPage({ ctx }: { ctx: PageContext }) {
  const { lang, t, site } = ctx
  return (
    <Layout ctx={ctx} head={{ title: t.press, description: t.pressIntro, alternates: everyLanguage(pressPath), nav: 'press' }}>
      <Crumbs t={t} trail={[[t.home, homePath(lang)], [t.press, undefined]]} />
      <h1>{t.press}</h1>
      <p className="lead">{t.pressIntro}</p>
      <h2>{t.pressContacts}</h2>
      <p {...langOf(site.name, lang)}>
        <strong>{site.name.text || t.siteName}</strong>
      </p>
      <dl className="facts">
        {site.address ? (
          <>
            <dt>{t.address}</dt>
            <dd {...langOf(site.address, lang)}>{site.address.text}</dd>
          </>
        ) : null}
        {site.email ? (
          <>
            <dt>{t.email}</dt>
            <dd>
              <a href={`mailto:${site.email}`}>{site.email}</a>
            </dd>
          </>
        ) : null}
        {site.phone ? (
          <>
            <dt>{t.phone}</dt>
            <dd>
              <a href={`tel:${site.phone.replace(/[^\d+]/g, '')}`}>{site.phone}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <h2>{t.howToSubscribe}</h2>
      <p>{t.howToSubscribeText}</p>
      <p>
        <a className="button" href={subscribePath(lang)}>
          {t.subscribe}
        </a>
      </p>
      <h2>{t.agencyApi}</h2>
      <p>{t.agencyApiText}</p>
      <p>
        <a href={apiDocsPath}>{t.apiDocs}</a>
      </p>
      <h2>{t.feeds}</h2>
      <p>{t.feedsText}</p>
      <ul>
        {locales.map((l) => (
          <li key={l}>
            <span lang={l}>{localeNames[l]}</span>: <a href={feedPath(l, 'rss.xml')}>RSS</a> · <a href={feedPath(l, 'atom.xml')}>Atom</a> ·{' '}
            <a href={feedPath(l, 'feed.json')}>JSON Feed</a>
          </li>
        ))}
      </ul>
    </Layout>
  )
}
