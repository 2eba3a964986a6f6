import http from 'node:http'
import https from 'node:https'

import { guardedAgents, hostOf, literalRefusal, UnsafeTarget, type HostResolver } from '../webhooks/ssrf'

/** What the poller's fetches may do (MONITORING_* in src/config/env.ts) and how names resolve. */
export type FetchSettings = {
  timeoutMs: number
  maxBytes: number
  maxRedirects: number
  /** Loopback and private addresses allowed (never in production: the webhooks' SSRF rule). */
  allowPrivate: boolean
  resolve: HostResolver
  userAgent: string
}

/** Validators of the last answer, sent back so an unchanged feed answers 304. */
export type Validators = { etag?: string | null; lastModified?: string | null }

export type FetchResult =
  | { kind: 'notModified'; status: 304; url: string }
  | { kind: 'ok'; status: number; url: string; body: Buffer; contentType: string | null; etag: string | null; lastModified: string | null }

export type FetchFailure = 'invalidUrl' | 'refused' | 'timeout' | 'tooLarge' | 'tooManyRedirects' | 'http' | 'network'

/** A fetch that failed, with a short reason the source's health keeps (`health.lastError`). */
export class FetchError extends Error {
  constructor(
    readonly reason: FetchFailure,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message)
    this.name = 'FetchError'
  }
}

export const USER_AGENT = 'QuangTri-Newsroom-Monitoring/1 (press monitoring of the Quang Tri foreign-information office)'

/**
 * The poller's own pools (connected through the SSRF guard). No keep-alive: a feed is fetched at
 * most every few minutes, so a kept socket is rarely reused, and when it is, the server may be
 * closing it at that moment (ECONNRESET, "socket hang up": seen for 8% of the feeds in
 * bench:monitoring while the database held the event loop).
 */
const agentsFor = guardedAgents({ keepAlive: false, maxSockets: 16 })

type Hop = { kind: 'redirect'; status: number; location: string } | FetchResult

/** One request, no redirect followed. Rejects with a FetchError. */
function requestOnce(url: URL, headers: Record<string, string>, settings: FetchSettings, signal: AbortSignal): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:'
    const agents = agentsFor(settings.allowPrivate, settings.resolve)
    const fail = (error: FetchError) => {
      req.destroy()
      reject(error)
    }
    const req = (secure ? https.request : http.request)(url, { method: 'GET', headers, agent: secure ? agents.https : agents.http, signal }, (res) => {
      const status = res.statusCode ?? 0
      if (status >= 300 && status < 400 && status !== 304) {
        res.resume()
        const location = res.headers.location
        if (!location) return fail(new FetchError('http', `HTTP ${status} without a Location`, status))
        return resolve({ kind: 'redirect', status, location })
      }
      if (status === 304) {
        res.resume()
        return resolve({ kind: 'notModified', status: 304, url: url.toString() })
      }
      if (status < 200 || status >= 300) {
        res.resume()
        return fail(new FetchError('http', `HTTP ${status}`, status))
      }
      const declared = Number(res.headers['content-length'] ?? NaN)
      if (Number.isFinite(declared) && declared > settings.maxBytes) {
        return fail(new FetchError('tooLarge', `body larger than the limit of ${settings.maxBytes} bytes (MONITORING_MAX_BYTES)`, status))
      }
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > settings.maxBytes) {
          res.destroy()
          fail(new FetchError('tooLarge', `body larger than the limit of ${settings.maxBytes} bytes (MONITORING_MAX_BYTES)`, status))
          return
        }
        chunks.push(chunk)
      })
      res.on('end', () =>
        resolve({
          kind: 'ok',
          status,
          url: url.toString(),
          body: Buffer.concat(chunks),
          contentType: res.headers['content-type'] ?? null,
          etag: typeof res.headers.etag === 'string' ? res.headers.etag : null,
          lastModified: typeof res.headers['last-modified'] === 'string' ? res.headers['last-modified'] : null,
        }),
      )
      const broken = (message: string) =>
        fail(signal.aborted ? new FetchError('timeout', `no complete answer within ${settings.timeoutMs} ms`) : new FetchError('network', message, status))
      res.on('error', (error) => broken(error.message))
      res.on('close', () => {
        if (!res.complete) broken('connection closed before the end of the body')
      })
    })
    req.on('error', (error) => {
      if (error.name === 'AbortError') return reject(new FetchError('timeout', `no complete answer within ${settings.timeoutMs} ms`))
      if (signal.aborted) return reject(new FetchError('timeout', `no complete answer within ${settings.timeoutMs} ms`))
      reject(new FetchError(error instanceof UnsafeTarget ? 'refused' : 'network', error.message))
    })
    req.end()
  })
}

/** An http(s) URL, or a FetchError naming the problem; a private host is refused unless allowed. */
function checkTarget(raw: string, allowPrivate: boolean): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new FetchError('invalidUrl', `not a URL: ${raw.slice(0, 200)}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('invalidUrl', `not an http(s) URL: ${raw.slice(0, 200)}`)
  if (url.username || url.password) throw new FetchError('invalidUrl', 'URL must not carry credentials')
  const refusal = allowPrivate ? null : literalRefusal(hostOf(url))
  if (refusal) throw new FetchError('refused', refusal)
  return url
}

/**
 * GET a feed (or an article) the careful way: conditional (If-None-Match / If-Modified-Since, 304 is
 * "nothing new"), within one deadline for all hops, reading at most `maxBytes`, following at most
 * `maxRedirects` redirects by hand so every hop is checked against the SSRF rule (literal private
 * addresses here; names when they resolve, in `safeLookup`).
 */
export async function fetchFeed(rawUrl: string, settings: FetchSettings, validators: Validators = {}, accept = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5'): Promise<FetchResult> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs)
  try {
    let url = checkTarget(rawUrl, settings.allowPrivate)
    const headers: Record<string, string> = { 'user-agent': settings.userAgent, accept, 'accept-encoding': 'identity' }
    if (validators.etag) headers['if-none-match'] = validators.etag
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified
    for (let hops = 0; ; hops += 1) {
      const hop = await requestOnce(url, headers, settings, controller.signal)
      if (hop.kind !== 'redirect') return hop
      if (hops >= settings.maxRedirects) {
        throw new FetchError('tooManyRedirects', `more than ${settings.maxRedirects} redirects (MONITORING_MAX_REDIRECTS)`, hop.status)
      }
      url = checkTarget(new URL(hop.location, url).toString(), settings.allowPrivate)
    }
  } catch (error) {
    if (error instanceof FetchError) throw error
    if (controller.signal.aborted) throw new FetchError('timeout', `no complete answer within ${settings.timeoutMs} ms`)
    throw new FetchError('network', error instanceof Error ? error.message : String(error))
  } finally {
    clearTimeout(timer)
  }
}
