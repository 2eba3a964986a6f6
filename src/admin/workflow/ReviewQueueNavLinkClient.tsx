'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import React from 'react'

import './workflow.css'

/** A navigation link styled like Payload's own, marked current on its page. */
export function ReviewQueueNavLinkClient({ href, label, count }: { href: string; label: string; count: number | null }) {
  const pathname = usePathname()
  const current = pathname === href
  return (
    <Link href={href} className="nav__link" id="nav-review-queue" aria-current={current ? 'page' : undefined} prefetch={false}>
      {current ? <div className="nav__link-indicator" /> : null}
      <span className="nav__link-label">
        {label}
        {count ? (
          <span className="qt-wf-navcount" aria-label={`(${count})`}>
            {count}
          </span>
        ) : null}
      </span>
    </Link>
  )
}
