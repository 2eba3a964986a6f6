/** Why a message could not be sent, and whether trying again may help. */
export class MailError extends Error {
  /** false: a 5xx answer, do not retry; true: 4xx, timeouts, refused connections. */
  readonly temporary: boolean
  readonly responseCode: number | undefined
  constructor(message: string, temporary: boolean, responseCode: number | undefined, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'MailError'
    this.temporary = temporary
    this.responseCode = responseCode
  }
}

/** Classify a nodemailer error: a 5xx reply is permanent; everything else may pass on a later try. */
export function toMailError(error: unknown): MailError {
  if (error instanceof MailError) return error
  const e = error as { message?: string; responseCode?: number; response?: string; code?: string }
  const code = typeof e.responseCode === 'number' ? e.responseCode : undefined
  const text = (e.response ?? e.message ?? String(error)).trim().slice(0, 500)
  return new MailError(text, !(code !== undefined && code >= 500 && code < 600), code, { cause: error })
}

/** The gate refused: the message was abandoned before its end, on purpose. */
export class HandOverRefused extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'HandOverRefused'
  }
}
