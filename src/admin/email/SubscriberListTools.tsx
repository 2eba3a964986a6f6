'use client'

/**
 * Above the subscriber list (`beforeListTable`): "Xuất CSV" (with the list's current filters) and
 * "Nhập CSV", a small form (file, consent source, consent text version) that posts to
 * `POST /api/subscribers/import` and shows what happened, or every problem of a refused file.
 */
import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter, useSearchParams } from 'next/navigation'
import React, { useId, useState } from 'react'

import { pick, text } from './labels'
import { postForm, type ImportOutcome } from './upload'
import './email.css'

export function SubscriberListTools() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language
  const searchParams = useSearchParams()
  const router = useRouter()
  const ids = { file: useId(), source: useId(), version: useId() }

  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null)

  const base = `${config.routes.api}/subscribers`
  const filters = new URLSearchParams([...searchParams.entries()].filter(([name]) => name.startsWith('where')))
  const exportHref = `${base}/export.csv${filters.size ? `?${filters.toString()}` : ''}`

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setBusy(true)
    setOutcome(null)
    try {
      const result = await postForm(`${base}/import`, new FormData(event.currentTarget))
      setOutcome(result)
      if (result.ok) router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="qt-email-tools">
      <div className="qt-email-tools__bar">
        <Button buttonStyle="secondary" size="small" onClick={() => setOpen((v) => !v)} aria-expanded={open}>
          {pick(text.importCsv, language)}
        </Button>
        <a className="btn btn--style-secondary btn--size-small" href={exportHref} download title={pick(text.exportHint, language)}>
          {pick(text.exportCsv, language)}
        </a>
      </div>
      {open ? (
        <form className="qt-email-form" onSubmit={(e) => void submit(e)}>
          <p className="qt-email-hint">{pick(text.columnsHint, language)}</p>
          <label htmlFor={ids.file}>{pick(text.file, language)}</label>
          <input id={ids.file} name="file" type="file" accept=".csv,text/csv" required />
          <label htmlFor={ids.source}>{pick(text.consentSource, language)}</label>
          <input id={ids.source} name="consentSource" type="text" required maxLength={500} placeholder={pick(text.consentSourcePlaceholder, language)} />
          <label htmlFor={ids.version}>{pick(text.consentTextVersion, language)}</label>
          <input id={ids.version} name="consentTextVersion" type="text" required maxLength={100} />
          <div className="qt-email-tools__bar">
            <Button type="submit" size="small" disabled={busy}>
              {pick(busy ? text.working : text.upload, language)}
            </Button>
            <Button buttonStyle="secondary" size="small" onClick={() => setOpen(false)} disabled={busy}>
              {pick(text.cancel, language)}
            </Button>
          </div>
        </form>
      ) : null}
      {outcome ? <ImportResult outcome={outcome} language={language} /> : null}
    </div>
  )
}

function ImportResult({ outcome, language }: { outcome: ImportOutcome; language: string }) {
  if (!outcome.ok) {
    return (
      <div className="qt-email-result qt-email-result--error" role="alert">
        <p>{outcome.problems.length ? pick(text.nothingWritten, language) : outcome.message}</p>
        {outcome.problems.length ? (
          <table>
            <thead>
              <tr>
                <th scope="col">{pick(text.row, language)}</th>
                <th scope="col">{pick(text.field, language)}</th>
                <th scope="col">{pick(text.problem, language)}</th>
              </tr>
            </thead>
            <tbody>
              {outcome.problems.map((p, i) => (
                <tr key={i}>
                  <td>{p.row}</td>
                  <td>{p.field ?? ''}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {outcome.total > outcome.problems.length ? <p>… {outcome.total - outcome.problems.length}</p> : null}
      </div>
    )
  }
  const { created, updated, skipped } = outcome.result
  return (
    <div className="qt-email-result" role="status">
      <p>
        {pick(text.imported, language)}: {pick(text.created, language)} {created} · {pick(text.updated, language)} {updated} · {pick(text.skipped, language)}{' '}
        {skipped.length}
      </p>
      {skipped.length ? (
        <details>
          <summary>
            {pick(text.skipped, language)} {pick(text.skipReasons, language)}
          </summary>
          <ul>
            {skipped.map((s) => (
              <li key={s.row}>
                {pick(text.row, language)} {s.row}: {s.email} ({s.reason})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  )
}
