'use client'

/**
 * The document's workflow buttons, in place of Payload's Publish button (the server refuses a plain
 * publish): one button per action the server says the signed-in user may take now, the step forward
 * first and primary, each with one line saying what it does. The state itself is shown once, by
 * WorkflowStatus in the header's status slot.
 */
import { Button, toast, useFormInitializing, useFormModified, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useId, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

import { ApiError, requestJson, type TransitionRequest, type WorkflowView } from './api'
import { actionInputs, actionLabels, contentLocales, needsForm, pick, stateLabels, text, type Action, type ContentLocale } from './labels'
import { contentLanguageName } from '../../i18n'
import { actionButtons } from './presentation'
import { useWorkflowView } from './useWorkflowView'

/** A success message carried across the reload that follows an action. */
const FLASH_KEY = 'qt-workflow-flash'

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))

export function WorkflowActions() {
  const { i18n } = useTranslation()
  const language = i18n.language
  const modified = useFormModified()
  const initializing = useFormInitializing()
  const { endpoint, view, error: loadError, setView } = useWorkflowView()

  const [openAction, setOpenAction] = useState<Action | null>(null)
  const [busy, setBusy] = useState(false)
  const [sendError, setSendError] = useState<string | null>(null)

  // Once the form is ready (Payload's toaster mounts after the page's own components).
  useEffect(() => {
    if (initializing) return
    const message = window.sessionStorage.getItem(FLASH_KEY)
    if (message) {
      window.sessionStorage.removeItem(FLASH_KEY)
      toast.success(message)
    }
  }, [initializing])

  // An unsaved document has no workflow yet.
  if (!endpoint) return null

  const send = async (input: TransitionRequest) => {
    setBusy(true)
    setSendError(null)
    try {
      const next = await requestJson<WorkflowView>(endpoint, { method: 'POST', body: input })
      setView(next)
      setOpenAction(null)
      const message = `${pick(actionLabels[input.action], language)} · ${pick(stateLabels[next.state], language)}`
      toast.success(message)
      // The sidebar's workflow fields and the document's status come from the server: reload them.
      window.sessionStorage.setItem(FLASH_KEY, message)
      window.location.reload()
    } catch (error) {
      const message = error instanceof ApiError ? error.message : `${pick(text.failed, language)}: ${errorText(error)}`
      setSendError(message)
      setBusy(false)
    }
  }

  const start = (action: Action) => {
    setSendError(null)
    if (needsForm(action)) setOpenAction(action)
    else void send({ action })
  }

  const buttons = view ? actionButtons(view, language) : []

  return (
    <div className="qt-wf-actions" role="group" aria-label={pick(text.workflow, language)} data-testid="workflow-actions">
      {view ? (
        <>
          {modified && buttons.length > 0 ? (
            <span className="qt-wf-hint" role="status">
              {pick(text.saveFirst, language)}
            </span>
          ) : null}
          {buttons.map(({ action, label, hint, primary }) => (
            <div key={action} className="qt-wf-action" data-primary={primary || undefined}>
              <Button
                buttonId={`workflow-action-${action}`}
                buttonStyle={primary ? 'primary' : 'secondary'}
                size="medium"
                type="button"
                disabled={busy || modified}
                onClick={() => start(action)}
              >
                {label}
              </Button>
              <span className="qt-wf-action__hint">{hint}</span>
            </div>
          ))}
          {sendError && !openAction ? (
            <span className="qt-wf-error" role="alert">
              {sendError}
            </span>
          ) : null}
        </>
      ) : loadError ? (
        <span className="qt-wf-error" role="alert">
          {pick(text.loadFailed, language)}: {loadError}
        </span>
      ) : null}
      {openAction && view
        ? createPortal(
            <ActionDialog
              action={openAction}
              view={view}
              language={language}
              busy={busy}
              error={sendError}
              onCancel={() => {
                setOpenAction(null)
                setSendError(null)
              }}
              onSubmit={(input) => void send(input)}
            />,
            document.body,
          )
        : null}
    </div>
  )
}

/** `datetime-local` value for a Date, in the browser's time zone. */
function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

function ActionDialog({
  action,
  view,
  language,
  busy,
  error,
  onCancel,
  onSubmit,
}: {
  action: Action
  view: WorkflowView
  language: string
  busy: boolean
  error: string | null
  onCancel: () => void
  onSubmit: (input: TransitionRequest) => void
}) {
  const input = actionInputs[action]
  const ref = useRef<HTMLDialogElement>(null)
  const baseId = useId()
  const titleId = `${baseId}-title`
  const eligible: readonly ContentLocale[] = input.locales ? view[input.locales] : []
  const [locales, setLocales] = useState<ContentLocale[]>(() => [...eligible])
  const [note, setNote] = useState('')
  const [at, setAt] = useState(() => {
    const inAnHour = new Date(Date.now() + 60 * 60 * 1000)
    inAnHour.setMinutes(0, 0, 0)
    return toLocalInput(inAnHour)
  })
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  const label = pick(actionLabels[action], language)
  const noteLabel = pick(action === 'correct' ? text.publicNote : action === 'withdraw' ? text.publicReason : text.note, language)
  const notEligible = pick(input.locales === 'readyLocales' ? text.localeNotApproved : text.localeEmpty, language)

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    // The dialog is portalled out of the document's form, but React events still bubble to it.
    event.stopPropagation()
    if (input.locales && locales.length === 0) return setProblem(pick(text.pickLocale, language))
    if (input.at && !at) return setProblem(pick(text.pickTime, language))
    setProblem(null)
    const request: TransitionRequest = { action }
    if (input.note !== 'none' && note.trim()) request.note = note.trim()
    if (input.locales) request.locales = contentLocales.filter((l) => locales.includes(l))
    if (input.at) request.at = new Date(at).toISOString()
    onSubmit(request)
  }

  return (
    <dialog
      ref={ref}
      className="qt-wf-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <form onSubmit={submit}>
        <h2 id={titleId}>{label}</h2>
        {input.locales ? (
          <fieldset>
            <legend>{pick(text.locales, language)}</legend>
            {contentLocales.map((locale) => {
              const allowed = eligible.includes(locale)
              return (
                <label key={locale}>
                  <input
                    type="checkbox"
                    name="locales"
                    value={locale}
                    disabled={!allowed}
                    checked={locales.includes(locale)}
                    onChange={(event) =>
                      setLocales((current) => (event.target.checked ? [...current, locale] : current.filter((l) => l !== locale)))
                    }
                  />
                  {contentLanguageName(locale, language)}{allowed ? '' : ` – ${notEligible}`}
                </label>
              )
            })}
          </fieldset>
        ) : null}
        {input.at ? (
          <label>
            {pick(text.at, language)}
            <input type="datetime-local" name="at" required value={at} min={toLocalInput(new Date())} onChange={(event) => setAt(event.target.value)} />
          </label>
        ) : null}
        {input.note !== 'none' ? (
          <label>
            <span>
              {noteLabel} {input.note === 'required' ? pick(text.noteRequired, language) : null}
            </span>
            <textarea name="note" rows={4} required={input.note === 'required'} value={note} onChange={(event) => setNote(event.target.value)} />
          </label>
        ) : null}
        {problem || error ? (
          <p className="qt-wf-error" role="alert">
            {problem ?? error}
          </p>
        ) : null}
        <div className="qt-wf-buttons">
          <Button buttonStyle="secondary" size="medium" type="button" onClick={onCancel} disabled={busy}>
            {pick(text.cancel, language)}
          </Button>
          <Button buttonId={`workflow-confirm-${action}`} buttonStyle="primary" size="medium" type="submit" disabled={busy}>
            {busy ? pick(text.working, language) : label}
          </Button>
        </div>
      </form>
    </dialog>
  )
}
