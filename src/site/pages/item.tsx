import { locales, localeNames, type Locale } from '../../domain'
import { formatDate } from '../../email/render/dates'
import type { ItemView } from '../model'
import { absolute, homePath, listPath, partnerPath, topicPath } from '../urls'
import { Layout, type PageContext } from './layout'
import { CardList, Crumbs, DateText, Figure, langOf } from './parts'

const articleSizes = '(min-width: 48rem) 46rem, 100vw'

/** schema.org NewsArticle for a press release, Article for the other types. */
function articleJsonLd(item: ItemView, ctx: PageContext): Record<string, unknown> {
  const url = absolute(ctx.publicUrl, item.path)
  return {
    '@context': 'https://schema.org',
    '@type': item.collection === 'press-releases' ? 'NewsArticle' : 'Article',
    headline: item.title.text,
    inLanguage: item.title.lang,
    url,
    mainEntityOfPage: url,
    ...(item.summary ? { description: item.summary.text } : {}),
    ...(item.firstPublished ? { datePublished: (item.date ?? item.firstPublished).toISOString() } : {}),
    dateModified: item.modified.toISOString(),
    ...(item.ogImage ? { image: [item.ogImage.src] } : {}),
    ...(item.place ? { locationCreated: { '@type': 'Place', name: item.place.text } } : {}),
    author: { '@type': 'GovernmentOrganization', name: ctx.site.name.text || ctx.t.siteName, url: absolute(ctx.publicUrl, homePath(ctx.lang)) },
    publisher: { '@type': 'GovernmentOrganization', name: ctx.site.name.text || ctx.t.siteName },
  }
}

export function ItemPage({ ctx, item }: { ctx: PageContext; item: ItemView }) {
  const { lang, t } = ctx
  const [lead, ...more] = item.images
  const switcher = Object.fromEntries(locales.map((l) => [l, item.alternates[l] ?? item.path.replace(`/${lang}/`, `/${l}/`)])) as Record<Locale, string>
  return (
    <Layout
      ctx={ctx}
      head={{
        title: item.title.text,
        description: item.summary?.text,
        alternates: item.alternates,
        switcher,
        ogType: 'article',
        ogImage: item.ogImage,
        jsonLd: [articleJsonLd(item, ctx)],
        nav: item.collection,
      }}
    >
      <Crumbs
        t={t}
        trail={[
          [t.home, homePath(lang)],
          [t.types[item.collection], listPath(lang, item.collection)],
          [item.title.text, undefined],
        ]}
      />
      <article>
        <header>
          <h1 {...langOf(item.title, lang)}>{item.title.text}</h1>
          <dl className="facts">
            {item.number ? (
              <>
                <dt>{t.number}</dt>
                <dd>{item.number}</dd>
              </>
            ) : null}
            {item.date ? (
              <>
                <dt>{t.date}</dt>
                <dd>
                  <DateText date={item.date} lang={lang} />
                </dd>
              </>
            ) : null}
            {item.place ? (
              <>
                <dt>{t.place}</dt>
                <dd {...langOf(item.place, lang)}>{item.place.text}</dd>
              </>
            ) : null}
            {item.partner ? (
              <>
                <dt>{t.partner}</dt>
                <dd {...langOf(item.partner.name, lang)}>
                  <a href={partnerPath(lang, item.partner.slug)}>{item.partner.name.text}</a>
                </dd>
              </>
            ) : null}
          </dl>
          {item.correction ? (
            <aside className="notice warn" aria-labelledby="correction">
              <h2 id="correction">{t.correction}</h2>
              {item.correction.at ? <p>{t.correctedOn(formatDate(item.correction.at, lang))}</p> : null}
              <p>{item.correction.note}</p>
            </aside>
          ) : null}
          {item.fellBack ? (
            <p className="notice" lang={lang}>
              {t.fallbackNote}
            </p>
          ) : null}
          {item.summary ? (
            <p className="lead" {...langOf(item.summary, lang)}>
              {item.summary.text}
            </p>
          ) : null}
        </header>
        {lead ? <Figure picture={lead} lang={lang} t={t} sizes={articleSizes} /> : null}
        {item.body ? <div className="body" {...langOf(item.body, lang)} dangerouslySetInnerHTML={{ __html: item.body.html }} /> : null}
        {more.length ? (
          <section aria-labelledby="images">
            <h2 id="images">{t.images}</h2>
            {more.map((p) => (
              <Figure key={p.src} picture={p} lang={lang} t={t} sizes={articleSizes} lazy />
            ))}
          </section>
        ) : null}
        {item.originalUrl ? (
          <p>
            <a href={item.originalUrl} rel="noopener">
              {t.original}
            </a>
          </p>
        ) : null}
        {item.files.length ? (
          <section aria-labelledby="downloads">
            <h2 id="downloads">{t.downloads}</h2>
            <ul className="files">
              {item.files.map((f) => (
                <li key={f.url}>
                  <a href={f.url} download>
                    <span {...langOf(f.name, lang)}>{f.name.text}</span>
                  </a>{' '}
                  {f.kind || f.size ? <span className="detail">({[f.kind, f.size].filter(Boolean).join(', ')})</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {item.contacts.length ? (
          <section aria-labelledby="contacts">
            <h2 id="contacts">{t.contacts}</h2>
            <ul className="rows">
              {item.contacts.map((c, i) => (
                <li key={i}>
                  <strong>{c.name}</strong>
                  {c.role ? (
                    <>
                      , <span {...langOf(c.role, lang)}>{c.role.text}</span>
                    </>
                  ) : null}
                  {c.email ? (
                    <>
                      {' · '}
                      <a href={`mailto:${c.email}`}>{c.email}</a>
                    </>
                  ) : null}
                  {c.phone ? (
                    <>
                      {' · '}
                      <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {item.topics.length ? (
          <section aria-labelledby="item-topics">
            <h2 id="item-topics">{t.topics}</h2>
            <ul className="tags">
              {item.topics.map((topic) => (
                <li key={topic.slug} {...langOf(topic.name, lang)}>
                  <a href={topicPath(lang, topic.slug)}>{topic.name.text}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {Object.keys(item.alternates).length > 1 ? (
          <p>
            {locales
              .filter((l) => l !== lang && item.alternates[l])
              .map((l, i) => (
                <span key={l}>
                  {i > 0 ? ' · ' : null}
                  <a href={item.alternates[l]} hrefLang={l} lang={l}>
                    {localeNames[l]}
                  </a>
                </span>
              ))}
          </p>
        ) : null}
      </article>
      {item.related.length ? (
        <section aria-labelledby="related">
          <h2 id="related">{t.related}</h2>
          <CardList items={item.related} lang={lang} t={t} />
        </section>
      ) : null}
    </Layout>
  )
}
