import { locales, type Locale } from '../../domain'
import type { LocalText } from '../../lib/localized'
import { Layout, type PageContext } from '../pages/layout'
import { Crumbs, Figure, langOf } from '../pages/parts'
import { exhibitionPath, exhibitionsPath, exhibitPath, homePath } from '../urls'
import type { ExhibitionCard, ExhibitionView, ExhibitView } from './data'
import { exhibitionText, type ExhibitionStrings } from './strings'
import { ZOOM_IMAGES_PATH, ZOOM_SCRIPTS } from './zoomAssets'

/** The exhibition pages: complete without script; the exhibit page adds the zoom viewer on top. */

const everyLanguage = (path: (l: Locale) => string): Record<Locale, string> => Object.fromEntries(locales.map((l) => [l, path(l)])) as Record<Locale, string>

const FULL_WIDTH = '(min-width: 60rem) 56rem, 100vw'

function Text({ text, lang, as: As = 'p' }: { text: LocalText | undefined; lang: Locale; as?: 'p' | 'dd' | 'span' }) {
  return text ? <As {...langOf(text, lang)}>{text.text}</As> : null
}

/** What is known of an exhibit: kind, date, source, provenance, what it shows. */
function ExhibitFacts({ exhibit, lang, x }: { exhibit: ExhibitView; lang: Locale; x: ExhibitionStrings }) {
  return (
    <dl className="exhibit-facts">
      <dt>{x.kind}</dt>
      <dd>{x.kinds[exhibit.kind]}</dd>
      {exhibit.dateText || exhibit.year !== undefined ? (
        <>
          <dt>{x.date}</dt>
          {exhibit.dateText ? <Text as="dd" text={exhibit.dateText} lang={lang} /> : <dd>{exhibit.year}</dd>}
        </>
      ) : null}
      {exhibit.source ? (
        <>
          <dt>{x.source}</dt>
          <Text as="dd" text={exhibit.source} lang={lang} />
        </>
      ) : null}
      {exhibit.provenance ? (
        <>
          <dt>{x.provenance}</dt>
          <Text as="dd" text={exhibit.provenance} lang={lang} />
        </>
      ) : null}
      {exhibit.description ? (
        <>
          <dt>{x.whatItShows}</dt>
          <Text as="dd" text={exhibit.description} lang={lang} />
        </>
      ) : null}
    </dl>
  )
}

function ExhibitFigure({ exhibit, ctx, lazy }: { exhibit: ExhibitView; ctx: PageContext; lazy?: boolean }) {
  if (!exhibit.picture) return null
  // The caption is the picture's text alternative: it says what the exhibit is.
  const picture = { ...exhibit.picture, alt: exhibit.caption, caption: undefined }
  return <Figure picture={picture} lang={ctx.lang} t={ctx.t} sizes={FULL_WIDTH} lazy={lazy} />
}

export function ExhibitionsPage({ ctx, exhibitions }: { ctx: PageContext; exhibitions: ExhibitionCard[] }) {
  const { lang, t } = ctx
  const x = exhibitionText.in(lang)
  return (
    <Layout ctx={ctx} head={{ title: x.exhibitions, description: x.exhibitionsIntro, alternates: everyLanguage(exhibitionsPath), nav: 'exhibitions' }}>
      <Crumbs t={t} trail={[[t.home, homePath(lang)], [x.exhibitions, undefined]]} />
      <h1>{x.exhibitions}</h1>
      <p>{x.exhibitionsIntro}</p>
      {exhibitions.length ? (
        <ul className="cards">
          {exhibitions.map((e) => (
            <li key={e.slug} className="card">
              {e.cover ? <img src={e.cover.src} srcSet={e.cover.srcset || undefined} width={e.cover.width} height={e.cover.height} alt="" loading="lazy" decoding="async" /> : null}
              <div className="text">
                <h2 {...langOf(e.title, lang)}>
                  <a href={e.path}>{e.title.text}</a>
                </h2>
                <Text text={e.introduction} lang={lang} />
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>{x.noExhibitions}</p>
      )}
    </Layout>
  )
}

export function ExhibitionPage({ ctx, exhibition }: { ctx: PageContext; exhibition: ExhibitionView }) {
  const { lang, t } = ctx
  const x = exhibitionText.in(lang)
  return (
    <Layout
      ctx={ctx}
      head={{ title: exhibition.title.text, description: exhibition.introduction?.text, alternates: everyLanguage((l) => exhibitionPath(l, exhibition.slug)), nav: 'exhibitions' }}
    >
      <Crumbs t={t} trail={[[t.home, homePath(lang)], [x.exhibitions, exhibitionsPath(lang)], [exhibition.title.text, undefined]]} />
      <article>
        <h1 {...langOf(exhibition.title, lang)}>{exhibition.title.text}</h1>
        {exhibition.fellBack ? (
          <p className="notice" lang={lang}>
            {t.fallbackNote}
          </p>
        ) : null}
        <Text text={exhibition.introduction} lang={lang} />
        <h2>{x.exhibits}</h2>
        <ol className="exhibits">
          {exhibition.exhibits.map((e, i) => (
            <li key={e.slug} id={`exhibit-${e.number}`}>
              <h3 {...langOf(e.caption, lang)}>
                <a href={e.path}>{e.caption.text}</a>
              </h3>
              <ExhibitFigure exhibit={e} ctx={ctx} lazy={i > 0} />
              <ExhibitFacts exhibit={e} lang={lang} x={x} />
            </li>
          ))}
        </ol>
      </article>
    </Layout>
  )
}

export function ExhibitPage({ ctx, exhibition, index }: { ctx: PageContext; exhibition: ExhibitionView; index: number }) {
  const { lang, t } = ctx
  const x = exhibitionText.in(lang)
  const exhibit = exhibition.exhibits[index]
  const previous = exhibition.exhibits[index - 1]
  const next = exhibition.exhibits[index + 1]
  return (
    <Layout
      ctx={ctx}
      head={{
        title: `${exhibit.caption.text} – ${exhibition.title.text}`,
        description: exhibit.description?.text,
        alternates: everyLanguage((l) => exhibitPath(l, exhibition.slug, exhibit.slug)),
        nav: 'exhibitions',
        scripts: exhibit.zoom ? ZOOM_SCRIPTS : undefined,
      }}
    >
      <Crumbs
        t={t}
        trail={[
          [t.home, homePath(lang)],
          [x.exhibitions, exhibitionsPath(lang)],
          [exhibition.title.text, exhibitionPath(lang, exhibition.slug)],
          [x.exhibitNumber(exhibit.number), undefined],
        ]}
      />
      <article>
        <p>
          {x.exhibitNumber(exhibit.number)} · {x.ofTotal(index + 1, exhibition.exhibits.length)}
        </p>
        <h1 {...langOf(exhibit.caption, lang)}>{exhibit.caption.text}</h1>
        {exhibition.fellBack ? (
          <p className="notice" lang={lang}>
            {t.fallbackNote}
          </p>
        ) : null}
        <ExhibitFigure exhibit={exhibit} ctx={ctx} />
        {exhibit.zoom ? (
          // Empty and hidden until the viewer script (our own, deferred) fills it; without script the picture above is the exhibit.
          <div id="zoom-viewer" className="zoom" hidden role="region" aria-label={x.zoom} data-dzi={exhibit.zoom} data-images={ZOOM_IMAGES_PATH} />
        ) : null}
        {exhibit.original ? (
          <p>
            <a href={exhibit.original}>{x.original}</a>
          </p>
        ) : null}
        <ExhibitFacts exhibit={exhibit} lang={lang} x={x} />
      </article>
      <nav className="pager" aria-label={x.exhibitNav}>
        {previous ? (
          <a href={previous.path} rel="prev">
            {x.previousExhibit}: <span {...langOf(previous.caption, lang)}>{previous.caption.text}</span>
          </a>
        ) : null}
        <a href={exhibitionPath(lang, exhibition.slug)}>{x.backToExhibition}</a>
        {next ? (
          <a href={next.path} rel="next">
            {x.nextExhibit}: <span {...langOf(next.caption, lang)}>{next.caption.text}</span>
          </a>
        ) : null}
      </nav>
    </Layout>
  )
}
