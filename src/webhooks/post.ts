import http from 'node:http'
import https from 'node:https'

import { safeLookup } from './ssrf'

export type PostResult = { ok: boolean; status: number | null; error: string | null; durationMs: number }

const TIMEOUT_MS = 10_000
const MAX_RESPONSE_BYTES = 64 * 1024

/** POST a JSON body with headers; 2xx is success. Never throws: the outcome is the result. */
export function postJson(url: string, body: string, headers: Record<string, string>, allowPrivate: boolean): Promise<PostResult> {
  const started = performance.now()
  return new Promise((resolve) => {
    const target = new URL(url)
    const send = target.protocol === 'https:' ? https.request : http.request
    const done = (ok: boolean, status: number | null, error: string | null) =>
      resolve({ ok, status, error, durationMs: Math.round(performance.now() - started) })
    const req = send(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'QuangTri-Newsroom-Webhooks/1', ...headers },
        lookup: safeLookup(allowPrivate),
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
          done(status >= 200 && status < 300, status, status >= 200 && status < 300 ? null : `HTTP ${status}`)
        })
        res.on('error', (error) => done(false, res.statusCode ?? null, error.message))
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)))
    req.on('error', (error) => done(false, null, error.message))
    req.end(body)
  })
}
