/**
 * What the server puts on everything Next serves (the admin): a Content-Security-Policy with a fresh
 * nonce per response, the same policy handed to Next on the request (Next takes its scripts' nonce
 * from there), and a client's own CSP request header never chosen. The browser test
 * (tests/e2e/admin.test.ts) checks that the admin runs under it without a single violation.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { RequestHandler } from 'express'

import { createLogger } from '../../../src/logger'
import { adminContentSecurityPolicy } from '../../../src/server/adminHeaders'
import { createApp } from '../../../src/server/app'
import { bootPayload, type TestContext } from '../../helpers/boot'
import { describeOnce } from '../../helpers/once'

let ctx: TestContext
let server: Server
let url: string
/** What "Next" saw: the CSP header on the request it was handed. */
const seen: (string | undefined)[] = []

const standInForNext: RequestHandler = (req, res) => {
  seen.push(req.headers['content-security-policy'] as string | undefined)
  res.type('html').send('<!doctype html><title>admin</title>')
}

beforeAll(async () => {
  ctx = await bootPayload()
  const app = createApp({ payload: ctx.payload, env: ctx.env, logger: createLogger(ctx.env), readiness: { draining: false }, nextHandler: standInForNext })
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await ctx?.destroy()
})

const nonceOf = (policy: string | null | undefined) => /'nonce-([A-Za-z0-9+/]+={0,2})'/.exec(policy ?? '')?.[1]

describeOnce('the admin’s Content-Security-Policy', () => {
  test('every admin response carries the policy with a fresh nonce, and Next is handed the same policy', async () => {
    seen.length = 0
    const first = await fetch(`${url}/admin`)
    const second = await fetch(`${url}/admin/collections/press-releases`)
    expect([first.status, second.status]).toEqual([200, 200])
    const policies = [first.headers.get('content-security-policy'), second.headers.get('content-security-policy')]
    const nonces = policies.map(nonceOf)
    expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(nonces[1]).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(nonces[0]).not.toBe(nonces[1])
    expect(seen).toEqual(policies)
    // Not production here (NODE_ENV=test), so the development policy, as Next would run in development.
    expect(policies[0]).toBe(adminContentSecurityPolicy(nonces[0]!, { dev: true }))
  })

  test('the policy: nothing by default, scripts by origin and nonce, no framing, no eval in production', () => {
    expect(adminContentSecurityPolicy('abc=', { dev: false })).toBe(
      "default-src 'none'; script-src 'self' 'nonce-abc='; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "media-src 'self' blob:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors 'none'; object-src 'none'",
    )
    expect(adminContentSecurityPolicy('abc=', { dev: true })).toContain("script-src 'self' 'nonce-abc=' 'unsafe-eval';")
  })

  test('a client cannot choose the nonce: its own CSP request headers are replaced', async () => {
    seen.length = 0
    const res = await fetch(`${url}/admin`, {
      headers: { 'content-security-policy': "script-src 'nonce-chosenbyattacker'", 'content-security-policy-report-only': "script-src 'nonce-x'" },
    })
    expect(res.status).toBe(200)
    expect(seen).toEqual([res.headers.get('content-security-policy')])
    expect(seen[0]).not.toContain('chosenbyattacker')
  })

  test('the API keeps its own headers: no admin policy on JSON', async () => {
    const res = await fetch(`${url}/api/topics`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy') ?? '').not.toContain('nonce-')
  })
})
