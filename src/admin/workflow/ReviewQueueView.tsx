/**
 * Admin view `/admin/review` ("Chờ tôi duyệt"): what waits for the signed-in editor or publisher,
 * across the content collections, newest first. A server component inside Payload's default template.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { formatDateTime } from './api'
import { pick, text } from './labels'
import { asPrincipal, loadReviewQueue, queueQueries, type QueueTask } from './reviewQueue'
import { StateBadge } from './StateBadge'

const taskLabels: Record<QueueTask, { vi: string; en: string }> = {
  review: text.toReview,
  publish: text.toPublish,
  reviewAgain: text.toReviewAgain,
}

const labelText = (value: unknown, language: string): string => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const byLanguage = value as Record<string, unknown>
    const found = byLanguage[language] ?? byLanguage.vi ?? Object.values(byLanguage)[0]
    if (typeof found === 'string') return found
  }
  return ''
}

export async function ReviewQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload } = req
  const adminRoute = payload.config.routes.admin
  // Payload lets custom views through without a session: send visitors to the sign-in page.
  if (!req.user || !permissions.canAccessAdmin) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/review`)}`)

  const language = req.i18n.language
  const user = asPrincipal(req.user)
  const items = await loadReviewQueue(payload, user, locale?.code)
  const isReviewer = queueQueries(user).length > 0

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
      viewType="reviewQueue"
      visibleEntities={{ collections: visibleEntities?.collections, globals: visibleEntities?.globals }}
    >
      <Gutter className="qt-wf-queue">
        <h1>{pick(text.queueTitle, language)}</h1>
        <p>{pick(isReviewer ? text.queueIntro : text.queueNotStaff, language)}</p>
        {isReviewer && items.length === 0 ? <p data-testid="review-queue-empty">{pick(text.queueEmpty, language)}</p> : null}
        {items.length > 0 ? (
          <table data-testid="review-queue">
            <thead>
              <tr>
                <th scope="col">{pick(text.title, language)}</th>
                <th scope="col">{pick(text.collection, language)}</th>
                <th scope="col">{pick(text.state, language)}</th>
                <th scope="col">{pick(text.waitingFor, language)}</th>
                <th scope="col">{pick(text.updatedAt, language)}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.collection}:${item.id}`}>
                  <td>
                    <Link href={`${adminRoute}/collections/${item.collection}/${encodeURIComponent(String(item.id))}`}>{item.title}</Link>
                  </td>
                  <td>{labelText(payload.collections[item.collection]?.config.labels.singular, language) || item.collection}</td>
                  <td>
                    <StateBadge state={item.state} language={language} />
                  </td>
                  <td>{pick(taskLabels[item.task], language)}</td>
                  <td>
                    <time dateTime={item.updatedAt}>{formatDateTime(item.updatedAt, language)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Gutter>
    </DefaultTemplate>
  )
}
