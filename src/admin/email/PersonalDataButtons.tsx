'use client'

/**
 * On a subscriber's page (`edit.beforeDocumentControls`): "Tải dữ liệu cá nhân" (the JSON of
 * everything held about them) and "Xóa dữ liệu cá nhân", which asks for the address again before
 * `POST /api/subscribers/:id/erase`, then returns to the list.
 */
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useId, useState } from 'react'

import { ApiError, requestJson } from '../workflow/api'
import { pick, text } from './labels'
import './email.css'

export function PersonalDataButtons() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language
  const router = useRouter()
  const inputId = useId()
  const [confirming, setConfirming] = useState(false)
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)

  if (id === undefined || id === null || !collectionSlug) return null
  const base = `${config.routes.api}/${collectionSlug}/${encodeURIComponent(String(id))}`

  const erase = async () => {
    setBusy(true)
    try {
      await requestJson(`${base}/erase`, { method: 'POST', body: { confirm: typed.trim() } })
      toast.success(pick(text.erased, language))
      router.push(`${config.routes.admin}/collections/${collectionSlug}`)
    } catch (error) {
      toast.error(error instanceof ApiError ? error.message : `${pick(text.failed, language)}: ${String(error)}`)
      setBusy(false)
    }
  }

  return (
    <div className="qt-email-personal">
      <a className="btn btn--style-secondary btn--size-small" href={`${base}/personal-data`} download>
        {pick(text.downloadPersonalData, language)}
      </a>
      <Button buttonStyle="error" size="small" onClick={() => setConfirming((v) => !v)} aria-expanded={confirming}>
        {pick(text.erasePersonalData, language)}
      </Button>
      {confirming ? (
        <div className="qt-email-form qt-email-form--danger" role="dialog" aria-labelledby={inputId}>
          <p>{pick(text.eraseExplain, language)}</p>
          <label id={inputId} htmlFor={`${inputId}-input`}>
            {pick(text.typeEmail, language)}
          </label>
          <input id={`${inputId}-input`} type="email" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
          <div className="qt-email-tools__bar">
            <Button buttonStyle="error" size="small" disabled={busy || !typed.trim()} onClick={() => void erase()}>
              {pick(busy ? text.working : text.eraseNow, language)}
            </Button>
            <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => setConfirming(false)}>
              {pick(text.cancel, language)}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  )
}
