import { APIError, type AfterErrorHook, type Config } from 'payload'

/**
 * Payload logs every APIError at error, stack included, also the refusals our own rules throw as
 * APIError with a 4xx status (the workflow, erasure, bulk writes, sign-in limits): an operator's
 * error log then fills with the clients' mistakes. Payload's own log of APIError is turned off here
 * (`loggingLevels`) and `logApiErrors` logs it instead: a refusal at warn with its reason and no
 * stack, anything at 500 or above at error with the stack, as before.
 */
export const apiErrorLogging = { APIError: false } as Config['loggingLevels']

export const logApiErrors: AfterErrorHook = ({ error, req }) => {
  if (!(error instanceof APIError) || error.name !== 'APIError') return
  if (error.status < 500) req.payload.logger.warn({ url: req.url, status: error.status, reason: error.message }, 'request refused')
  else req.payload.logger.error({ err: error, url: req.url }, error.message)
}
