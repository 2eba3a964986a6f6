/**
 * Development only: the addresses a developer may open `npm run dev` at (localhost, 127.0.0.1, the
 * machine's LAN address, PUBLIC_URL's host), and what the admin needs to work from each of them.
 * Pure apart from `localAddresses()`; used by next.ts (Next's allowedDevOrigins), the Payload config
 * (its CSRF allowlist) and the Express app (Fetch Metadata over plain http). Production serves one
 * address, PUBLIC_URL, over https, and uses none of this.
 */
import os from 'node:os'

import type { RequestHandler } from 'express'

import type { Env } from '../config/env'

const wildcardHosts = new Set(['0.0.0.0', '::', '[::]'])

/** A host as it appears in an Origin (`new URL(origin).hostname`): lower case, IPv6 in brackets. */
const asOriginHost = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host).toLowerCase()

/**
 * The hosts a browser may open the development admin from. Next refuses its dev resources (the HMR
 * websocket, whose refusal leaves the admin blank) to any other origin than localhost. Allowed: the
 * host of PUBLIC_URL, and the address the server listens on; when it listens on every interface
 * (HOST 0.0.0.0 or ::), the loopback addresses and every address of this machine (its LAN address).
 */
export function allowedDevOrigins(env: Pick<Env, 'host' | 'publicUrl'>, addresses: readonly string[]): string[] {
  const hosts = new Set<string>([asOriginHost(new URL(env.publicUrl).hostname)])
  if (wildcardHosts.has(env.host)) {
    hosts.add('127.0.0.1')
    hosts.add('[::1]')
    // A link-local IPv6 address carries a zone (fe80::1%eth0) that no Origin header has.
    for (const address of addresses) if (!address.includes('%')) hosts.add(asOriginHost(address))
  } else {
    hosts.add(asOriginHost(env.host))
  }
  // Next allows localhost (and *.localhost) by itself.
  hosts.delete('localhost')
  return [...hosts]
}

/**
 * The same places as full origins (`http://127.0.0.1:3000`), with localhost: Payload accepts the
 * session cookie on a request carrying an Origin only from its CSRF allowlist, which is PUBLIC_URL
 * alone by default, so an admin opened at 127.0.0.1 could sign in but every save answered 403.
 */
export function devOriginUrls(env: Pick<Env, 'host' | 'port' | 'publicUrl'>, addresses: readonly string[]): string[] {
  const scheme = new URL(env.publicUrl).protocol
  const origins = new Set([new URL(env.publicUrl).origin, `${scheme}//localhost:${env.port}`])
  for (const host of allowedDevOrigins(env, addresses)) origins.add(`${scheme}//${host}:${env.port}`)
  return [...origins]
}

/** This machine's interface addresses (IPv4 and IPv6). */
export const localAddresses = (): string[] =>
  Object.values(os.networkInterfaces()).flatMap((entries) => (entries ?? []).map((entry) => entry.address))

/** A URL of the server that this process can reach: loopback when it listens on every interface. */
export function selfUrl(env: Pick<Env, 'host' | 'port'>, port: number = env.port): string {
  const host = wildcardHosts.has(env.host) ? '127.0.0.1' : asOriginHost(env.host)
  return `http://${host}:${port}`
}

/**
 * Browsers send Fetch Metadata (`Sec-Fetch-Site`) only to localhost and https origins. Payload
 * accepts the session cookie on a request without an Origin (a page, a GET) only when that header
 * says same-origin, same-site or none, so at http://192.168.1.20:3000 every page looked signed out
 * and signing in led back to the sign-in page. For such a request, say what the browser would have:
 * `same-origin` when its Referer is one of the development origins, `none` when it has no Referer
 * (an address typed or reloaded). A Referer from elsewhere gets nothing, and the cookie stays ignored.
 */
export function devFetchMetadata(origins: readonly string[]): RequestHandler {
  const ours = new Set(origins)
  return (req, _res, next) => {
    if (req.headers['sec-fetch-site'] === undefined && req.headers.origin === undefined) {
      const referer = req.headers.referer
      if (!referer) req.headers['sec-fetch-site'] = 'none'
      else if (URL.canParse(referer) && ours.has(new URL(referer).origin)) req.headers['sec-fetch-site'] = 'same-origin'
    }
    next()
  }
}
