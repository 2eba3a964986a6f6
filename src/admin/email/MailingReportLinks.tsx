/**
 * Above the mailings list (`beforeListTable`): for the items of the mailings on this page, a link
 * to their delivery report (`/admin/email-report?collection=&id=`).
 */
import Link from 'next/link'
import type { BeforeListTableServerProps } from 'payload'
import React from 'react'

import { contentCollections } from '../../domain'
import type { Mailing } from '../../payload-types'
import { mailingKindLabels, pick, text } from './labels'
import { EMAIL_REPORT_PATH } from './paths'
import './email.css'

export function MailingReportLinks({ data, payload, i18n }: BeforeListTableServerProps) {
  const language = i18n?.language
  const docs = ((data as { docs?: Mailing[] } | undefined)?.docs ?? []).filter(
    (m) => m.itemId && m.itemCollection && (contentCollections as readonly string[]).includes(m.itemCollection),
  )
  const items = new Map<string, { collection: string; id: string; mailings: Mailing[] }>()
  for (const m of docs) {
    const key = `${m.itemCollection}:${m.itemId}`
    const item = items.get(key) ?? { collection: m.itemCollection as string, id: m.itemId as string, mailings: [] }
    item.mailings.push(m)
    items.set(key, item)
  }
  if (items.size === 0) return null
  const base = `${payload.config.routes.admin}${EMAIL_REPORT_PATH}`
  return (
    <nav className="qt-email-links" aria-label={pick(text.reportTitle, language)}>
      <strong>{pick(text.reportTitle, language)}:</strong>
      <ul>
        {[...items.values()].map((item) => (
          <li key={`${item.collection}:${item.id}`}>
            <Link href={`${base}?${new URLSearchParams({ collection: item.collection, id: item.id }).toString()}`}>
              {item.collection} #{item.id}
            </Link>{' '}
            ({item.mailings.map((m) => pick(mailingKindLabels[m.kind], language)).join(', ')})
          </li>
        ))}
      </ul>
    </nav>
  )
}
