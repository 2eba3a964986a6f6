'use client'

/** "Báo cáo dư luận báo chí" in the admin navigation (admin.components.afterNavLinks), for every staff member. */
import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import React from 'react'

import { isStaff } from '../../access/roles'
import { reportText } from '../../monitoring/report/text'
import { PRESS_REPORT_PATH } from './paths'

export function PressReportNavLink() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  if (!isStaff(user as Parameters<typeof isStaff>[0])) return null
  const href = `${config.routes.admin}${PRESS_REPORT_PATH}`
  const current = pathname === href
  return (
    <Link href={href} className="nav__link" id="nav-press-report" aria-current={current ? 'page' : undefined} prefetch={false}>
      {current ? <div className="nav__link-indicator" /> : null}
      <span className="nav__link-label">{reportText.in(i18n.language).title}</span>
    </Link>
  )
}
