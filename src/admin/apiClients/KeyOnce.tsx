'use client'

/**
 * A secret shown once: an API client's key, or a display screen's token (the same mechanism, each
 * named for what it is), right after the client is created (from the create response, which
 * Payload's document events carry to the edit view it opens) and after "Rotate key". Nothing is
 * kept: reloading the page loses the key for good, as it should.
 */
import { Button, useConfig, useDocumentEvents, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { slugs } from '../../domain'
import { adminLanguages, defineCatalogue, pick } from '../../i18n'

/** The key's words, a namespace of the catalogue (src/i18n). */
const keyText = defineCatalogue(adminLanguages, {
  vi: {
    title: 'Khóa API',
    afterSave: 'Khóa API sẽ hiện một lần, ngay sau khi lưu.',
    copyNow: 'Hãy sao chép khóa này ngay: nó sẽ không hiện lại.',
    copy: 'Sao chép',
    copied: 'Đã sao chép',
    rotate: 'Cấp khóa mới',
    rotating: 'Đang cấp khóa…',
    confirm: 'Cấp khóa mới? Khóa hiện tại vẫn dùng được trong thời gian ân hạn rồi hết hiệu lực.',
    hidden: 'Khóa chỉ được lưu dưới dạng băm và không thể xem lại. Cấp khóa mới nếu cần.',
    failed: 'Không cấp được khóa mới',
  },
  en: {
    title: 'API key',
    afterSave: 'The API key is shown once, right after saving.',
    copyNow: 'Copy this key now: it will not be shown again.',
    copy: 'Copy',
    copied: 'Copied',
    rotate: 'Rotate key',
    rotating: 'Issuing a key…',
    confirm: 'Issue a new key? The current key keeps working for the grace period, then stops.',
    hidden: 'Keys are stored only as hashes and cannot be shown again. Rotate to issue a new one.',
    failed: 'Could not issue a new key',
  },
})
/** A screen's token: no grace period, the screen stops reporting until it has the new one. */
const screenText = defineCatalogue(adminLanguages, {
  vi: {
    title: 'Mã màn hình',
    afterSave: 'Mã màn hình sẽ hiện một lần, ngay sau khi lưu.',
    copyNow: 'Hãy sao chép mã này ngay để cài cho màn hình: nó sẽ không hiện lại.',
    copy: 'Sao chép',
    copied: 'Đã sao chép',
    rotate: 'Cấp mã mới',
    rotating: 'Đang cấp mã…',
    confirm: 'Cấp mã mới? Mã hiện tại hết hiệu lực ngay: màn hình cần được cài mã mới.',
    hidden: 'Mã chỉ được lưu dưới dạng băm và không thể xem lại. Cấp mã mới nếu cần.',
    failed: 'Không cấp được mã mới',
  },
  en: {
    title: 'Screen token',
    afterSave: 'The screen token is shown once, right after saving.',
    copyNow: 'Copy this token now to set up the screen: it will not be shown again.',
    copy: 'Copy',
    copied: 'Copied',
    rotate: 'Issue a new token',
    rotating: 'Issuing a token…',
    confirm: 'Issue a new token? The current one stops working at once: the screen needs the new one.',
    hidden: 'Tokens are stored only as hashes and cannot be shown again. Issue a new one if needed.',
    failed: 'Could not issue a new token',
  },
})
const keyLabels = keyText.labels()
const screenLabels = screenText.labels()

export function KeyOnce() {
  const { id, collectionSlug } = useDocumentInfo()
  const { mostRecentUpdate } = useDocumentEvents()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language
  const text = collectionSlug === slugs.displayScreens ? screenLabels : keyLabels
  const [rotated, setRotated] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)

  const created =
    mostRecentUpdate?.operation === 'create' && mostRecentUpdate.entitySlug === collectionSlug && id != null && String(mostRecentUpdate.doc?.id) === String(id)
      ? ((mostRecentUpdate.doc as { key?: unknown } | undefined)?.key as string | undefined)
      : undefined
  const key = rotated ?? created ?? null

  async function rotate() {
    if (id == null || !window.confirm(pick(text.confirm, language))) return
    setBusy(true)
    setError(null)
    try {
      const res = await fetch(`${config.routes.api}/${collectionSlug}/${encodeURIComponent(String(id))}/rotate`, {
        method: 'POST',
        credentials: 'include',
        headers: { accept: 'application/json' },
      })
      const body = (await res.json().catch(() => null)) as { key?: string; errors?: { message?: string }[] } | null
      if (!res.ok || !body?.key) throw new Error(body?.errors?.[0]?.message ?? `HTTP ${res.status}`)
      setRotated(body.key)
      setCopied(false)
    } catch (e) {
      setError(`${pick(text.failed, language)}: ${e instanceof Error ? e.message : String(e)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" data-testid="api-key-once" style={{ marginBottom: '1.5rem' }}>
      <div className="field-label">{pick(text.title, language)}</div>
      {id == null ? (
        <p style={{ margin: 0 }}>{pick(text.afterSave, language)}</p>
      ) : key ? (
        <div role="status" style={{ padding: '0.75rem', border: '1px solid var(--theme-warning-500, #f0c453)', borderRadius: 4, background: 'var(--theme-warning-50, #fff8e1)' }}>
          <p style={{ margin: '0 0 0.5rem', fontWeight: 600 }}>{pick(text.copyNow, language)}</p>
          <code data-testid="api-key-value" style={{ display: 'block', wordBreak: 'break-all', userSelect: 'all', marginBottom: '0.5rem' }}>
            {key}
          </code>
          <Button
            buttonStyle="secondary"
            size="small"
            margin={false}
            onClick={() => {
              void navigator.clipboard?.writeText(key).then(() => setCopied(true))
            }}
          >
            {pick(copied ? text.copied : text.copy, language)}
          </Button>
        </div>
      ) : (
        <p style={{ margin: '0 0 0.5rem' }}>{pick(text.hidden, language)}</p>
      )}
      {id != null && (
        <div style={{ marginTop: '0.5rem' }}>
          <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void rotate()}>
            {pick(busy ? text.rotating : text.rotate, language)}
          </Button>
          {error && (
            <p role="alert" style={{ color: 'var(--theme-error-500, #b00020)', margin: '0.5rem 0 0' }}>
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
