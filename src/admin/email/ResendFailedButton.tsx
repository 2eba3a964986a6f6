'use client'

/** "Gửi lại các thư lỗi": `POST /api/mailings/:id/resend-failed`, then the report is read again. */
import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { ApiError, requestJson } from '../workflow/api'
import { pick, text } from './labels'

export function ResendFailedButton({ mailingId, failed }: { mailingId: number | string; failed: number }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language
  const router = useRouter()
  const [busy, setBusy] = useState(false)

  const resend = async () => {
    setBusy(true)
    try {
      const { requeued } = await requestJson<{ requeued: number }>(`${config.routes.api}/mailings/${encodeURIComponent(String(mailingId))}/resend-failed`, { method: 'POST' })
      toast.success(`${pick(text.requeued, language)}: ${requeued}`)
      router.refresh()
    } catch (error) {
      toast.error(error instanceof ApiError ? error.message : `${pick(text.failed, language)}: ${String(error)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button size="small" disabled={busy} onClick={() => void resend()}>
      {pick(busy ? text.working : text.resendFailed, language)} ({failed})
    </Button>
  )
}
