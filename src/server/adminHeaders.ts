import { randomBytes } from 'node:crypto'

import type { RequestHandler } from 'express'

/**
 * The Content-Security-Policy of everything Next serves (the Payload admin at /admin and its
 * /_next assets), measured by loading every admin view in Chromium under this policy and reading
 * the `securitypolicyviolation` events (tests/e2e/admin.test.ts keeps it that way):
 *
 * - scripts: our origin, and Next's inline scripts (the page's data and bootstrap) by a per-request
 *   nonce. Next 16 reads the nonce from the request's own `Content-Security-Policy` header and puts
 *   it on every script it writes, so the server sets that header on the request before Next sees it.
 * - styles: our origin and 'unsafe-inline'. A nonce cannot cover them: Payload's root layout writes
 *   a `<style>` without one (`@layer payload-default, payload;`), its toasts (sonner) and selects
 *   (react-select, through emotion) insert `<style>` elements at run time without one, and its
 *   components render `style` attributes on the server. (With a nonce in the list, browsers ignore
 *   'unsafe-inline', so there is none.) Injected CSS cannot run script: scripts stay nonce-only.
 * - images: our origin (media thumbnails), data: (small icons) and blob: (a chosen file's preview
 *   before upload); media (video and audio previews) the same.
 * - connections: our origin only (REST, server functions; in development the HMR websocket).
 * - nothing may frame the admin (`frame-ancestors 'none'`); no plugins, no foreign form targets.
 *
 * Development adds 'unsafe-eval': React's development build and Turbopack's HMR evaluate code.
 */
export function adminContentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, ...(options.dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'manifest-src': ["'self'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/**
 * Before Next's handler: a fresh nonce per request, the policy on the response, and the same policy
 * on the request for Next to find the nonce in. Whatever CSP header the client sent is replaced:
 * a client must not choose the nonce.
 */
export function adminSecurityHeaders(options: { dev: boolean }): RequestHandler {
  return (req, res, next) => {
    const policy = adminContentSecurityPolicy(randomBytes(16).toString('base64'), options)
    delete req.headers['content-security-policy-report-only']
    req.headers['content-security-policy'] = policy
    res.setHeader('Content-Security-Policy', policy)
    next()
  }
}
