'use client'

/** Payload's "Lưu bản nháp", with one line under it saying what saving does to this item. */
import { SaveDraftButton, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { saveHint } from './presentation'
import { useWorkflowView } from './useWorkflowView'

export function WorkflowSaveDraftButton() {
  const { i18n } = useTranslation()
  const { id } = useDocumentInfo()
  const { view } = useWorkflowView()
  const saved = id !== undefined && id !== null
  const hint = !saved ? saveHint(null, i18n.language) : view ? saveHint(view, i18n.language) : ''
  return (
    <div className="qt-wf-action">
      <SaveDraftButton />
      <span className="qt-wf-action__hint" data-testid="save-hint">
        {hint}
      </span>
    </div>
  )
}
