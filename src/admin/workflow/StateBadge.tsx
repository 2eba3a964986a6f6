import React from 'react'

import { isState, pick, stateLabels } from './labels'
import './workflow.css'

/** The workflow state as a coloured badge; used by the list cell, the document controls and the review queue. */
export function StateBadge({ state, language }: { state: unknown; language: string | undefined }) {
  // Items saved before the workflow existed have no state: the server treats them as drafts.
  const value = isState(state) ? state : 'draft'
  return (
    <span className={`qt-wf-badge qt-wf-badge--${value}`} data-state={value}>
      {pick(stateLabels[value], language)}
    </span>
  )
}
