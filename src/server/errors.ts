import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { Logger } from 'pino'

/** An error our own routes throw to answer with a status and a message naming the problem. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

/** The one shape of every API error the Express layer produces, matching Payload's `{ errors: [...] }`. */
export function errorBody(message: string, details?: Record<string, unknown>) {
  return { errors: [{ message, ...(details ? { data: details } : {}) }] }
}

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json(errorBody(`Not found: ${req.method} ${req.path}`))
}

export const errorHandler =
  (logger: Logger): ErrorRequestHandler =>
  (error: unknown, req, res, _next) => {
    const status =
      error instanceof HttpError
        ? error.status
        : typeof (error as { status?: unknown }).status === 'number'
          ? (error as { status: number }).status
          : 500
    if (status >= 500) logger.error({ err: error, url: req.originalUrl }, 'request failed')
    // A refusal is the client's mistake, not ours: the reason, without a stack.
    else logger.warn({ url: req.originalUrl, status, reason: error instanceof Error ? error.message : String(error) }, 'request refused')
    if (res.headersSent) {
      res.destroy()
      return
    }
    const message =
      status >= 500 ? 'Internal server error' : error instanceof Error ? error.message : 'Request refused'
    res.status(status).json(errorBody(message, error instanceof HttpError ? error.details : undefined))
  }
