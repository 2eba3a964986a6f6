/**
 * Admin view `/admin/press-report` ("Báo cáo dư luận báo chí"): for a week, a month or any span,
 * what the press wrote about the province, by tone, language, country, outlet and topic against
 * the previous period, and the false or misleading articles with how each was answered. The same
 * figures as the PDF and CSV it links to (`GET /api/clippings/report`). A server component in
 * Payload's template; the period is chosen with a plain GET form.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { isStaff } from '../../access/roles'
import { dimensions, type Row, trendOf } from '../../monitoring/report/compute'
import type { ReportLabels } from '../../monitoring/report/labels'
import { PeriodError, periodKinds, reportPeriod, vietnamDay } from '../../monitoring/report/period'
import { readPressReport } from '../../monitoring/report/read'
import { searchClippings } from '../../monitoring/search'
import { reportText } from '../../monitoring/report/text'
import { clockOf } from '../../workflow/clock'
import { PRESS_REPORT_PATH } from './paths'
import './monitoring.css'

const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value) || undefined

export async function PressReportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload } = req
  const adminRoute = payload.config.routes.admin
  if (!req.user || !permissions.canAccessAdmin) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${PRESS_REPORT_PATH}`)}`)
  const text = reportText.in(req.i18n.language)

  const asked = { period: one(searchParams?.period), date: one(searchParams?.date), from: one(searchParams?.from), to: one(searchParams?.to) }
  const q = one(searchParams?.q)?.trim().slice(0, 200)
  let body: React.ReactNode
  let found: React.ReactNode = null
  if (!isStaff(req.user)) body = <p>{text.notStaff}</p>
  else {
    if (q) {
      const { total, docs } = await searchClippings(req, q, 20, 0)
      found = (
        <>
          <p role="status">{total ? text.searchFound(total) : text.searchNone}</p>
          <ul>
            {docs.map((d) => (
              <li key={d.id}>
                <a href={`${adminRoute}/collections/clippings/${encodeURIComponent(String(d.id))}`}>{d.title}</a> · {d.outlet}
                {d.publishedAt ? ` · ${vietnamDay(d.publishedAt)}` : ''} · {text.statuses[d.status]}
              </li>
            ))}
          </ul>
        </>
      )
    }
    let period: ReturnType<typeof reportPeriod> | null = null
    try {
      period = reportPeriod(asked, clockOf(payload).now())
    } catch (error) {
      if (!(error instanceof PeriodError)) throw error
      body = <p role="alert">{error.message}</p>
    }
    if (period) {
      const { report, labels } = await readPressReport({ payload, req }, period, req.i18n.language)
      const query = new URLSearchParams(Object.entries(asked).filter((e): e is [string, string] => e[1] !== undefined))
      const download = (extra: Record<string, string>) => `${payload.config.routes.api}/clippings/report?${new URLSearchParams({ ...Object.fromEntries(query), lang: labels.language, ...extra }).toString()}`
      body = (
        <>
          <h2>
            {text.period}: {period.current.from} – {period.current.to}
          </h2>
          <p>
            {text.previousPeriod}: {period.previous.from} – {period.previous.to}
          </p>
          <p className="qt-press-report__total" data-testid="press-report-total">
            {text.total}: {report.total.count}{' '}
            <small>
              ({text.previous}: {report.total.previous}, {labels.change(report.total.change)})
            </small>
          </p>
          <p className="qt-press-report__downloads">
            <a href={download({ format: 'pdf' })}>{text.downloadPdf}</a>
            <a href={download({ format: 'csv' })}>{text.downloadCsv}</a>
            <a href={download({ format: 'csv', part: 'clippings' })}>{text.downloadClippingsCsv}</a>
          </p>
          {report.total.count === 0 && report.total.previous === 0 ? <p>{text.none}</p> : null}
          <div className="qt-press-report__charts">
            {dimensions.map((d) => {
              const rows = report[d].filter((r) => r.count > 0 || r.previous > 0)
              return rows.length ? <Chart key={d} title={text.dimensions[d]} rows={rows} labels={labels} valueOf={(key) => labels.valueOf(d, key)} /> : null
            })}
          </div>
          <h2>{text.needsAnswerTitle}</h2>
          <p>{report.answers.total === 0 ? text.needsAnswerNone : text.answersSummary(report.answers.total, report.answers.answered, report.answers.dismissed, report.answers.open)}</p>
          <ul className="qt-answers">
            {report.needsAnswer.map((e) => (
              <li key={e.id}>
                <a href={`${adminRoute}/collections/clippings/${encodeURIComponent(e.id)}`}>
                  <strong>{e.title}</strong>
                </a>{' '}
                · {e.outlet} · {vietnamDay(e.at)} ·{' '}
                <span className={e.status === 'new' || e.status === 'reviewed' ? 'qt-open' : undefined}>{text.statuses[e.status]}</span>
                {e.answerNote ? (
                  <div>
                    {text.answerNote}: {e.answerNote}
                  </div>
                ) : null}
                {e.briefs.length ? (
                  <div>
                    {text.answeredWith}:{' '}
                    {e.briefs.map((b, i) => (
                      <React.Fragment key={String(b.id)}>
                        {i ? '; ' : ''}
                        <a href={`${adminRoute}/collections/briefings/${encodeURIComponent(String(b.id))}`}>{b.title}</a>
                      </React.Fragment>
                    ))}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )
    }
  }

  const kind = asked.period ?? (asked.from || asked.to ? 'span' : 'month')
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      viewType="pressReport"
      visibleEntities={{ collections: visibleEntities?.collections, globals: visibleEntities?.globals }}
    >
      <Gutter className="qt-press-report">
        <h1>{text.title}</h1>
        <p>{text.subtitle}</p>
        <form method="get" action={`${adminRoute}${PRESS_REPORT_PATH}`}>
          <label>
            {text.period}
            <select name="period" defaultValue={kind}>
              {periodKinds.map((k) => (
                <option key={k} value={k}>
                  {text[k]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {text.week} / {text.month} (YYYY-MM-DD)
            <input type="date" name="date" defaultValue={asked.date ?? ''} />
          </label>
          <label>
            {text.from}
            <input type="date" name="from" defaultValue={asked.from ?? ''} />
          </label>
          <label>
            {text.to}
            <input type="date" name="to" defaultValue={asked.to ?? ''} />
          </label>
          <button type="submit" className="btn btn--style-primary btn--size-small">
            {text.show}
          </button>
        </form>
        <section aria-labelledby="qt-clipping-search">
          <h2 id="qt-clipping-search">{text.searchTitle}</h2>
          <form method="get" action={`${adminRoute}${PRESS_REPORT_PATH}`} role="search">
            <label>
              {text.searchLabel}
              <input type="search" name="q" defaultValue={q ?? ''} maxLength={200} />
            </label>
            <button type="submit" className="btn btn--style-secondary btn--size-small">
              {text.searchButton}
            </button>
          </form>
          {found}
        </section>
        {body}
      </Gutter>
    </DefaultTemplate>
  )
}

/** One dimension as a table: each value's count with a bar, the previous period's, and the change. */
function Chart({ title, rows, labels, valueOf }: { title: string; rows: Row[]; labels: ReportLabels; valueOf: (key: string) => string }) {
  const max = Math.max(1, ...rows.map((r) => Math.max(r.count, r.previous)))
  const { text } = labels
  return (
    <section>
      <h3>{title}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col" className="qt-bars">
              <span className="qt-sr-only">{text.count}</span>
            </th>
            <th scope="col">{text.count}</th>
            <th scope="col">{text.previous}</th>
            <th scope="col">{text.change}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{valueOf(r.key)}</th>
              <td className="qt-bars" aria-hidden="true">
                <span className="qt-bar" style={{ width: `${(r.count / max) * 100}%` }} />
                <span className="qt-bar qt-bar--previous" style={{ width: `${(r.previous / max) * 100}%` }} />
              </td>
              <td className="qt-num">{r.count}</td>
              <td className="qt-num">{r.previous}</td>
              <td className="qt-num">{labels.change(trendOf(r).change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
