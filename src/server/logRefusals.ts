import { APIError, type AfterErrorHook, type Config } from 'payload'

/**
 * Payload logs every APIError at error, stack included, also the refusals our own rules throw as
 * APIError with a 4xx status (the workflow, erasure, bulk writes, sign-in limits) and the values the
 * database refuses (InvalidValueError, src/db/inputErrors.ts): an operator's error log then fills
 * with the clients' mistakes. Payload's own log of these is turned off (`loggingLevels`; its type
 * lists only its own error names, but its `logError` looks up any error's name) and `logRefusals`
 * logs them instead: a refusal at warn with its reason and no stack, anything at 500 or above at
 * error with the stack, as before. Payload's other errors (NotFound, ValidationError…) keep the
 * levels Payload gives them.
 */
const loggedHere = ['APIError', 'InvalidValueError']

export const refusalLogging = Object.fromEntries(loggedHere.map((name) => [name, false])) as Config['loggingLevels']

export const logRefusals: AfterErrorHook = ({ error, req }) => {
  if (!(error instanceof APIError) || !loggedHere.includes(error.name)) return
  if (error.status < 500) req.payload.logger.warn({ url: req.url, status: error.status, reason: error.message }, 'request refused')
  else req.payload.logger.error({ err: error, url: req.url }, error.message)
}
