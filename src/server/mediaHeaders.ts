import type { RequestHandler } from 'express'

/**
 * Uploaded files are served with a policy that forbids scripts, frames and plugins even if a file
 * slipped past the type checks, and may be embedded by partner sites (cross-origin).
 */
export const mediaFileHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader(
    'content-security-policy',
    "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox",
  )
  res.setHeader('x-content-type-options', 'nosniff')
  res.setHeader('cross-origin-resource-policy', 'cross-origin')
  next()
}
