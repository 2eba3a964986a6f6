'use client'

/**
 * The item's workflow view (GET /api/{collection}/{id}/workflow), shared by the edit header's parts
 * (status, save hint, action buttons): one request per saved version of the document, whichever
 * part asks first. Refetched after every save, since the languages with content, and so the
 * actions, may have changed.
 */
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { requestJson, type WorkflowView } from './api'

const inFlight = new Map<string, Promise<WorkflowView>>()

function load(key: string, endpoint: string): Promise<WorkflowView> {
  let request = inFlight.get(key)
  if (!request) {
    // One entry per document: a newer version replaces the older one.
    for (const old of inFlight.keys()) if (old.startsWith(`${endpoint}@`)) inFlight.delete(old)
    request = requestJson<WorkflowView>(endpoint)
    request.catch(() => inFlight.delete(key))
    inFlight.set(key, request)
  }
  return request
}

export type WorkflowViewState = {
  /** Null for a document not saved yet (no workflow), else the item's endpoint. */
  endpoint: string | null
  view: WorkflowView | null
  error: string | null
  /** Replace the view with the one a transition answered. */
  setView: (view: WorkflowView) => void
}

export function useWorkflowView(): WorkflowViewState {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const endpoint =
    id !== undefined && id !== null && collectionSlug ? `${config.routes.api}/${collectionSlug}/${encodeURIComponent(String(id))}/workflow` : null
  const savedAt = savedDocumentData?.updatedAt as string | undefined
  const [view, setView] = useState<WorkflowView | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!endpoint) return
    let current = true
    setError(null)
    load(`${endpoint}@${savedAt ?? ''}`, endpoint)
      .then((loaded) => current && setView(loaded))
      .catch((failure: unknown) => current && setError(failure instanceof Error ? failure.message : String(failure)))
    return () => {
      current = false
    }
  }, [endpoint, savedAt])

  return { endpoint, view, error, setView }
}
