/**
 * On the admin's dashboard (admin.components.beforeDashboard): the workflow overview, a count per
 * content collection and state, each linking to the filtered list; and, for editors and publishers,
 * the way to "Chờ tôi duyệt" with how many items wait for them.
 */
import Link from 'next/link'
import type { ServerProps } from 'payload'
import React from 'react'

import { countByState, dashboardText, listUrl, overviewScope } from './dashboard'
import { pick, stateLabels } from './labels'
import { asPrincipal, countReviewQueue, queueQueries } from './reviewQueue'
import { StateBadge } from './StateBadge'
import { states } from '../../workflow/states'

const labelText = (value: unknown, language: string): string => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const found = (value as Record<string, unknown>)[language] ?? (value as Record<string, unknown>).vi
    if (typeof found === 'string') return found
  }
  return ''
}

export async function WorkflowDashboard({ payload, user, i18n }: ServerProps) {
  const principal = asPrincipal(user)
  if (!payload || !principal) return null
  const language = i18n.language
  const m = dashboardText.in(language)
  const adminRoute = payload.config.routes.admin
  const reviewer = queueQueries(principal).length > 0
  const [rows, waiting] = await Promise.all([countByState(payload, principal), reviewer ? countReviewQueue(payload, principal) : Promise.resolve(0)])
  const own = overviewScope(principal) === 'own'
  const totals = states.map((state) => rows.reduce((sum, row) => sum + row.byState[state], 0))

  return (
    <section className="qt-wf-dashboard" aria-labelledby="qt-wf-dashboard-title" data-testid="workflow-dashboard">
      <div className="qt-wf-dashboard__head">
        <div>
          <h2 id="qt-wf-dashboard-title">{own ? m.titleOwn : m.titleAll}</h2>
          <p>{own ? m.introOwn : m.introAll}</p>
        </div>
        {reviewer ? (
          <Link href={`${adminRoute}/review`} className="qt-wf-dashboard__queue" data-testid="dashboard-review-queue" prefetch={false}>
            <strong>{m.queue}</strong>
            <span>{m.queueCount(waiting)}</span>
          </Link>
        ) : null}
      </div>
      <div className="qt-wf-dashboard__scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{m.contentType}</th>
              {states.map((state) => (
                <th scope="col" key={state}>
                  <StateBadge state={state} language={language} />
                </th>
              ))}
              <th scope="col">{m.total}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const name = labelText(payload.collections[row.collection]?.config.labels.plural, language) || row.collection
              return (
                <tr key={row.collection} data-collection={row.collection}>
                  <th scope="row">
                    <Link href={`${adminRoute}/collections/${row.collection}`} prefetch={false}>
                      {name}
                    </Link>
                  </th>
                  {states.map((state) => (
                    <td key={state} data-state={state}>
                      {row.byState[state] > 0 ? (
                        <Link
                          href={listUrl(adminRoute, row.collection, principal, state)}
                          aria-label={m.listOf(pick(stateLabels[state], language), name)}
                          prefetch={false}
                        >
                          {row.byState[state]}
                        </Link>
                      ) : (
                        <span className="qt-wf-dashboard__zero">0</span>
                      )}
                    </td>
                  ))}
                  <td data-state="total">{row.total}</td>
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{m.total}</th>
              {states.map((state, i) => (
                <td key={state} data-state={state}>
                  {totals[i]}
                </td>
              ))}
              <td data-state="total">{totals.reduce((sum, n) => sum + n, 0)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  )
}
