'use client'

/**
 * The edit header's status, in place of Payload's ("Bản nháp", "Đã thay đổi — Quay về bản đã xuất
 * bản"), which knows only Payload's draft/published flag and so contradicted the workflow: the
 * workflow state as the one badge, and the facts that qualify it (a revision of a live item, the
 * languages approved and public, the time it is scheduled for).
 */
import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { formatDateTime } from './api'
import { pick, text } from './labels'
import { headerText, statusFacts } from './presentation'
import { StateBadge } from './StateBadge'
import { useWorkflowView } from './useWorkflowView'

export function WorkflowStatus() {
  const { i18n } = useTranslation()
  const language = i18n.language
  const { endpoint, view, error } = useWorkflowView()
  if (!endpoint) return null
  const facts = view ? statusFacts(view, language, (iso) => formatDateTime(iso, language)) : []
  return (
    <div className="qt-wf-status" data-testid="workflow-status">
      <span className="qt-wf-status__label">{headerText.in(language).status}:</span>
      {view ? (
        <>
          <StateBadge state={view.state} language={language} />
          {facts.length ? <span className="qt-wf-status__facts">{facts.join(' · ')}</span> : null}
        </>
      ) : error ? (
        <span className="qt-wf-error" role="alert">
          {pick(text.loadFailed, language)}: {error}
        </span>
      ) : (
        <span className="qt-wf-status__facts">{pick(text.loading, language)}</span>
      )}
    </div>
  )
}
