/**
 * Admin view `/admin/email-report?collection=<slug>&id=<itemId>` ("Báo cáo gửi thư"): every
 * mailing of one item with its delivery counts and failures, and a "Gửi lại các thư lỗi" button
 * per mailing. Without an item, the recently mailed items. A server component in Payload's template.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, Payload, PayloadRequest } from 'payload'
import React from 'react'

import { type ContentCollectionSlug, deliveryStatuses, locales } from '../../domain'
import { hasRole } from '../../access/roles'
import type { StaffCtx } from '../../subscribers/staff/context'
import { checkReportTarget, deliveryReport, recentlyMailedItems, type MailingReport } from '../../email/admin/deliveryReport'
import { formatDateTime } from '../workflow/api'
import { audienceLabels, deliveryStatusLabels, mailingKindLabels, pick, text } from './labels'
import { EMAIL_REPORT_PATH } from './paths'
import { ResendFailedButton } from './ResendFailedButton'
import './email.css'

const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

/** The item's title in the admin's language (its working copy), else `#id`. */
async function itemTitle(payload: Payload, req: PayloadRequest, collection: ContentCollectionSlug, id: string, locale: string | undefined): Promise<string> {
  const titleField = payload.collections[collection].config.admin.useAsTitle ?? 'id'
  const language = locales.find((l) => l === locale)
  const doc = await payload.findByID({ collection, id, depth: 0, draft: true, locale: language, disableErrors: true, overrideAccess: false, user: req.user, req })
  const title: unknown = doc ? Reflect.get(doc, titleField) : null
  return typeof title === 'string' && title ? title : `#${id}`
}

export async function DeliveryReportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload } = req
  const adminRoute = payload.config.routes.admin
  if (!req.user || !permissions.canAccessAdmin) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${EMAIL_REPORT_PATH}`)}`)
  const language = req.i18n.language
  const ctx: StaffCtx | null = hasRole(req.user, 'editor', 'publisher') ? { payload, req, user: req.user } : null

  const collection = one(searchParams?.collection)
  const id = one(searchParams?.id)
  let body: React.ReactNode
  if (!ctx) body = <p>{pick(text.notStaff, language)}</p>
  else if (collection || id) {
    let target: ReturnType<typeof checkReportTarget> | null = null
    try {
      target = checkReportTarget(collection, id)
    } catch (error) {
      body = <p role="alert">{error instanceof Error ? error.message : String(error)}</p>
    }
    if (target) {
      const [title, reports] = await Promise.all([itemTitle(payload, req, target.collection, target.id, locale?.code), deliveryReport(ctx, target.collection, target.id)])
      body = (
        <>
          <h2>
            <Link href={`${adminRoute}/collections/${target.collection}/${encodeURIComponent(target.id)}`}>{title}</Link>
          </h2>
          {reports.length === 0 ? <p>{pick(text.noMailings, language)}</p> : reports.map((r) => <MailingSection key={r.mailing.id} report={r} language={language} />)}
        </>
      )
    }
  } else {
    const items = await recentlyMailedItems(ctx, 30)
    const titles = await Promise.all(items.map((i) => itemTitle(payload, req, i.collection, i.id, locale?.code)))
    body = (
      <>
        <h2>{pick(text.recentItems, language)}</h2>
        {items.length === 0 ? <p>{pick(text.noRecent, language)}</p> : null}
        <ul>
          {items.map((item, i) => (
            <li key={`${item.collection}:${item.id}`}>
              <Link href={`${adminRoute}${EMAIL_REPORT_PATH}?${new URLSearchParams({ collection: item.collection, id: item.id }).toString()}`}>{titles[i]}</Link>{' '}
              ({item.kinds.map((k) => pick(mailingKindLabels[k], language)).join(', ')} · {formatDateTime(item.lastMailingAt, language)})
            </li>
          ))}
        </ul>
      </>
    )
  }

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
      viewType="emailReport"
      visibleEntities={{ collections: visibleEntities?.collections, globals: visibleEntities?.globals }}
    >
      <Gutter className="qt-email-report">
        <h1>{pick(text.reportTitle, language)}</h1>
        <p>{pick(text.reportIntro, language)}</p>
        {body}
      </Gutter>
    </DefaultTemplate>
  )
}

function MailingSection({ report, language }: { report: MailingReport; language: string }) {
  const { mailing, counts, failures } = report
  return (
    <section className="qt-email-mailing" data-testid={`mailing-${mailing.id}`}>
      <h3>
        {pick(mailingKindLabels[mailing.kind], language)} · {pick(audienceLabels[mailing.audience], language)} · {formatDateTime(mailing.createdAt, language)}
      </h3>
      {mailing.status === 'skipped' ? (
        <p className="qt-email-skipped">
          {pick(text.notSent, language)} {mailing.skipReason}
        </p>
      ) : null}
      <dl className="qt-email-counts">
        {deliveryStatuses.map((status) => (
          <div key={status} className={`qt-email-count qt-email-count--${status}`}>
            <dt>{pick(deliveryStatusLabels[status], language)}</dt>
            <dd>{counts[status]}</dd>
          </div>
        ))}
      </dl>
      <h4>{pick(text.failures, language)}</h4>
      {failures.length === 0 ? (
        <p>{pick(text.noFailures, language)}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {[text.email, text.status, text.smtpCode, text.lastError, text.attempts, text.updatedAt].map((l) => (
                <th key={l.en} scope="col">
                  {pick(l, language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {failures.map((f, i) => (
              <tr key={i}>
                <td>{f.email}</td>
                <td>{pick(deliveryStatusLabels[f.status], language)}</td>
                <td>{f.smtpCode ?? ''}</td>
                <td>{f.lastError ?? ''}</td>
                <td>{f.attempts}</td>
                <td>{formatDateTime(f.updatedAt, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {counts.failed > 0 ? <ResendFailedButton mailingId={mailing.id} failed={counts.failed} /> : null}
    </section>
  )
}
