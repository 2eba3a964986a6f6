'use client'

/** "Báo cáo gửi thư" in the admin navigation (admin.components.afterNavLinks), for editors, publishers and admins. */
import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import React from 'react'

import { hasRole } from '../../access/roles'
import { pick, text } from './labels'
import { EMAIL_REPORT_PATH } from './paths'

export function EmailReportNavLink() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  if (!hasRole(user as Parameters<typeof hasRole>[0], 'editor', 'publisher')) return null
  const href = `${config.routes.admin}${EMAIL_REPORT_PATH}`
  const current = pathname === href
  return (
    <Link href={href} className="nav__link" id="nav-email-report" aria-current={current ? 'page' : undefined} prefetch={false}>
      {current ? <div className="nav__link-indicator" /> : null}
      <span className="nav__link-label">{pick(text.reportTitle, i18n.language)}</span>
    </Link>
  )
}
