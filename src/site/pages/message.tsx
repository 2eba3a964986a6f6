import type { ReactNode } from 'react'

import { locales, localeNames, type Locale } from '../../domain'
import { formatDate } from '../../email/render/dates'
import type { LocalText } from '../../lib/localized'
import { homePath, withQuery } from '../urls'
import { Layout, type PageContext } from './layout'
import { langOf } from './parts'

/** A page that says one thing (not found, bad request, an error): noindex, a way home. */
export function MessagePage({ ctx, title, children, path }: { ctx: PageContext; title: string; children: ReactNode; path?: string }) {
  const { lang, t } = ctx
  // The same address in the other languages (the message is about the address, not a language).
  const alternates = path ? Object.fromEntries(locales.map((l) => [l, path.replace(/^\/(vi|en|lo)(?=\/|$)/, `/${l}`)])) : {}
  return (
    <Layout ctx={ctx} head={{ title, alternates: {}, switcher: alternates, noindex: true }}>
      <h1>{title}</h1>
      {children}
      <p>
        <a href={homePath(lang)}>{t.backHome}</a>
      </p>
    </Layout>
  )
}

export function NotFoundPage({ ctx, path }: { ctx: PageContext; path?: string }) {
  return (
    <MessagePage ctx={ctx} title={ctx.t.notFoundTitle} path={path}>
      <p>{ctx.t.notFoundText}</p>
    </MessagePage>
  )
}

export function BadRequestPage({ ctx, message, path }: { ctx: PageContext; message: string; path: string }) {
  return (
    <MessagePage ctx={ctx} title={ctx.t.badRequestTitle} path={withQuery(path)}>
      <p>{message}</p>
    </MessagePage>
  )
}

export function ErrorPage({ ctx }: { ctx: PageContext }) {
  return (
    <MessagePage ctx={ctx} title={ctx.t.errorTitle}>
      <p>{ctx.t.errorText}</p>
    </MessagePage>
  )
}

/** 410: that the item was withdrawn, when and why; none of its content. */
export function WithdrawnPage({ ctx, title, at, reason, path }: { ctx: PageContext; title: LocalText; at?: Date; reason?: string; path: string }) {
  const { lang, t } = ctx
  return (
    <MessagePage ctx={ctx} title={t.withdrawnTitle} path={path}>
      <div className="notice danger" role="note">
        <p {...langOf(title, lang)}>
          <strong>{title.text}</strong>
        </p>
        {at ? <p>{t.withdrawnText(formatDate(at, lang))}</p> : null}
        {reason ? (
          <p>
            {t.reason}: {reason}
          </p>
        ) : null}
      </div>
    </MessagePage>
  )
}

/** The item exists, but not in the page's language: where it can be read, each offer in its own language. */
export function ElsewherePage({ ctx, alternates, titles, path }: { ctx: PageContext; alternates: Partial<Record<Locale, string>>; titles: Partial<Record<Locale, string>>; path: string }) {
  const { t } = ctx
  return (
    <MessagePage ctx={ctx} title={t.otherLanguageTitle} path={path}>
      <p>{t.otherLanguageText}</p>
      <ul>
        {locales
          .filter((l) => alternates[l])
          .map((l) => (
            <li key={l} lang={l}>
              <a href={alternates[l]} hrefLang={l}>
                {localeNames[l]}
                {titles[l] ? `: ${titles[l]}` : ''}
              </a>
            </li>
          ))}
      </ul>
    </MessagePage>
  )
}
