import type { Locale } from '../../domain'
import { formatDate } from '../../email/render/dates'
import type { LocalText } from '../../lib/localized'
import type { Card, ListPage, Picture } from '../model'
import type { SiteStrings } from '../strings'
import { withQuery } from '../urls'

/** A `lang` attribute for a text in another language than the page's (none when it is the page's). */
export const langOf = (text: { lang?: Locale } | undefined, page: Locale): { lang?: Locale } =>
  text?.lang && text.lang !== page ? { lang: text.lang } : {}

export function DateText({ date, lang }: { date: Date; lang: Locale }) {
  return <time dateTime={date.toISOString()}>{formatDate(date, lang)}</time>
}

export function Figure({ picture, lang, t, sizes, lazy }: { picture: Picture; lang: Locale; t: SiteStrings; sizes: string; lazy?: boolean }) {
  const alt: LocalText | undefined = picture.alt
  return (
    <figure>
      <img
        src={picture.src}
        srcSet={picture.srcset || undefined}
        sizes={picture.srcset ? sizes : undefined}
        width={picture.width}
        height={picture.height}
        alt={alt?.text ?? ''}
        {...langOf(alt, lang)}
        loading={lazy ? 'lazy' : undefined}
        decoding="async"
      />
      {picture.caption || picture.credit ? (
        <figcaption>
          {picture.caption ? <span {...langOf(picture.caption, lang)}>{picture.caption.text}</span> : null}
          {picture.caption && picture.credit ? ' ' : null}
          {picture.credit ? <span className="credit">{t.photoBy(picture.credit)}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}

export function CardList({ items, lang, t, headingLevel = 3 }: { items: Card[]; lang: Locale; t: SiteStrings; headingLevel?: 2 | 3 }) {
  if (!items.length) return <p>{t.noItems}</p>
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="cards">
      {items.map((item) => (
        <li key={item.path} className="card">
          {item.image ? (
            <img
              src={item.image.src}
              srcSet={item.image.srcset || undefined}
              sizes={item.image.srcset ? '(min-width: 48rem) 22rem, 100vw' : undefined}
              width={item.image.width}
              height={item.image.height}
              alt=""
              loading="lazy"
              decoding="async"
            />
          ) : null}
          <div className="text">
            <Heading {...langOf(item.title, lang)}>
              <a href={item.path}>{item.title.text}</a>
            </Heading>
            <ul className="meta">
              {item.number ? (
                <li>
                  {t.number} {item.number}
                </li>
              ) : null}
              {item.date ? (
                <li>
                  <DateText date={item.date} lang={lang} />
                </li>
              ) : null}
            </ul>
            {item.summary ? <p {...langOf(item.summary, lang)}>{item.summary.text}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  )
}

export function Pager({ list, path, query, t }: { list: ListPage; path: string; query: Record<string, string | number | undefined>; t: SiteStrings }) {
  if (list.pages <= 1) return null
  return (
    <nav className="pager" aria-label={t.pagination}>
      {list.page > 1 ? (
        <a href={withQuery(path, { ...query, page: list.page - 1 === 1 ? undefined : list.page - 1 })} rel="prev">
          {t.previous}
        </a>
      ) : null}
      <span aria-current="page">{t.pageOf(list.page, list.pages)}</span>
      {list.page < list.pages ? (
        <a href={withQuery(path, { ...query, page: list.page + 1 })} rel="next">
          {t.next}
        </a>
      ) : null}
    </nav>
  )
}

export function Crumbs({ trail, t }: { trail: [string, string | undefined][]; t: SiteStrings }) {
  return (
    <nav className="crumbs" aria-label={t.breadcrumbs}>
      <ol>
        {trail.map(([label, href], i) => (
          <li key={i}>{href ? <a href={href}>{label}</a> : <span aria-current="page">{label}</span>}</li>
        ))}
      </ol>
    </nav>
  )
}
