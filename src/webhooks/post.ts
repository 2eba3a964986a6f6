import http from 'node:http'
import https from 'node:https'

import { guardedAgents, hostOf, literalRefusal, systemResolver, type HostResolver } from './ssrf'

export type PostResult = { ok: boolean; status: number | null; error: string | null; durationMs: number }

const TIMEOUT_MS = 10_000
const MAX_RESPONSE_BYTES = 64 * 1024

/** Webhook delivery's own pools (kept alive: an endpoint gets event after event). */
const agentsFor = guardedAgents({ keepAlive: true, maxSockets: 4 })

/**
 * POST a JSON body with headers; 2xx is success. Never throws: the outcome is the result.
 * A redirect is not followed (it could lead anywhere, the check above included): it is a failed
 * delivery that says so. An IP address in the URL is checked here, since Node connects to it
 * without a lookup.
 */
export function postJson(url: string, body: string, headers: Record<string, string>, allowPrivate: boolean, resolve: HostResolver = systemResolver): Promise<PostResult> {
  const started = performance.now()
  return new Promise((resolveResult) => {
    const done = (ok: boolean, status: number | null, error: string | null) =>
      resolveResult({ ok, status, error, durationMs: Math.round(performance.now() - started) })
    const target = new URL(url)
    const refusal = allowPrivate ? null : literalRefusal(hostOf(target))
    if (refusal) return done(false, null, refusal)
    const secure = target.protocol === 'https:'
    const agents = agentsFor(allowPrivate, resolve)
    const req = (secure ? https.request : http.request)(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'QuangTri-Newsroom-Webhooks/1', ...headers },
        agent: secure ? agents.https : agents.http,
        timeout: TIMEOUT_MS,
      },
      (res) => {
        let received = 0
        res.on('data', (chunk: Buffer) => {
          received += chunk.length
          if (received > MAX_RESPONSE_BYTES) res.destroy()
        })
        res.on('end', () => {
          const status = res.statusCode ?? 0
          if (status >= 200 && status < 300) return done(true, status, null)
          if (status >= 300 && status < 400) {
            const location = res.headers.location ? ` to ${res.headers.location.slice(0, 300)}` : ''
            return done(false, status, `HTTP ${status}: redirect${location} not followed; the receiver must answer 2xx at the registered URL`)
          }
          done(false, status, `HTTP ${status}`)
        })
        res.on('error', (error) => done(false, res.statusCode ?? null, error.message))
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)))
    req.on('error', (error) => done(false, null, error.message))
    req.end(body)
  })
}
