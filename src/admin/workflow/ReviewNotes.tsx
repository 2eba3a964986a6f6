'use client'

/**
 * The item's review thread in the sidebar (a `ui` field): notes written with workflow actions and
 * on their own, oldest first, and a box to add one.
 */
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useId, useState } from 'react'

import { ApiError, formatDateTime, requestJson } from './api'
import { actionLabels, pick, text, type Action } from './labels'

type Note = {
  id: number | string
  text: string
  action?: Action | null
  author?: { id: number | string; name?: string | null; email?: string | null } | number | string | null
  createdAt: string
}

const authorName = (author: Note['author']): string | null =>
  author && typeof author === 'object' ? (author.name ?? author.email ?? String(author.id)) : null

export function ReviewNotes() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language
  const inputId = useId()

  const [notes, setNotes] = useState<Note[] | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [draft, setDraft] = useState('')
  const [sending, setSending] = useState(false)

  const api = config.routes.api
  const saved = id !== undefined && id !== null && Boolean(collectionSlug)

  const load = useCallback(
    async (signal?: AbortSignal) => {
      if (!saved) return
      const query = new URLSearchParams({
        'where[itemCollection][equals]': String(collectionSlug),
        'where[itemId][equals]': String(id),
        sort: 'createdAt',
        depth: '1',
        limit: '200',
      })
      try {
        const body = await requestJson<{ docs: Note[] }>(`${api}/review-notes?${query.toString()}`, { signal })
        setNotes(body.docs)
        setLoadError(null)
      } catch (error) {
        if (!signal?.aborted) setLoadError(error instanceof Error ? error.message : String(error))
      }
    },
    [api, collectionSlug, id, saved],
  )

  useEffect(() => {
    const controller = new AbortController()
    void load(controller.signal)
    return () => controller.abort()
  }, [load])

  const add = async () => {
    const value = draft.trim()
    if (!value || !saved) return
    setSending(true)
    try {
      await requestJson(`${api}/review-notes`, { method: 'POST', body: { itemCollection: collectionSlug, itemId: String(id), text: value } })
      setDraft('')
      toast.success(pick(text.noteAdded, language))
      await load()
    } catch (error) {
      toast.error(error instanceof ApiError ? error.message : `${pick(text.failed, language)}: ${String(error)}`)
    } finally {
      setSending(false)
    }
  }

  const headingId = `${inputId}-heading`
  return (
    <section className="qt-wf-notes" aria-labelledby={headingId} data-testid="review-notes">
      <h3 id={headingId}>{pick(text.reviewThread, language)}</h3>
      {!saved ? (
        <p>{pick(text.saveToDiscuss, language)}</p>
      ) : (
        <>
          {loadError ? (
            <p className="qt-wf-error" role="alert">
              {loadError}
            </p>
          ) : notes === null ? (
            <p>{pick(text.loading, language)}</p>
          ) : notes.length === 0 ? (
            <p>{pick(text.noNotes, language)}</p>
          ) : (
            <ol>
              {notes.map((note) => (
                <li key={note.id} className="qt-wf-note">
                  <header>
                    <strong>{authorName(note.author) ?? pick(text.unknownAuthor, language)}</strong>
                    {note.action && actionLabels[note.action] ? <span>· {pick(actionLabels[note.action], language)}</span> : null}
                    <time dateTime={note.createdAt}>· {formatDateTime(note.createdAt, language)}</time>
                  </header>
                  <p>{note.text}</p>
                </li>
              ))}
            </ol>
          )}
          <div>
            <label htmlFor={inputId}>{pick(text.newNote, language)}</label>
            <textarea id={inputId} value={draft} onChange={(event) => setDraft(event.target.value)} rows={3} />
            <Button buttonStyle="secondary" size="small" type="button" disabled={sending || !draft.trim()} onClick={() => void add()}>
              {sending ? pick(text.working, language) : pick(text.addNote, language)}
            </Button>
          </div>
        </>
      )}
    </section>
  )
}
