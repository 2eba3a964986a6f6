import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'

import type { Payload } from 'payload'

/**
 * Where a webhook may connect. In production (WEBHOOK_ALLOW_PRIVATE_TARGETS is always false there)
 * a receiver must be a public address: loopback, private, link-local, unique-local, CGNAT,
 * multicast and reserved ranges are refused, for IPv4, IPv6 and IPv4 inside IPv6 (mapped
 * `::ffff:127.0.0.1`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`). Checked twice: when the URL is
 * registered (a clear 400 for the client), and at every connection (the name is resolved again, so
 * a name re-pointed at an internal address after registration is refused, not reached).
 */
const blocked4 = new net.BlockList()
for (const [address, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked4.addSubnet(address, prefix, 'ipv4')
}
const blocked6 = new net.BlockList()
for (const [address, prefix] of [
  ['::', 96], // unspecified, loopback (::1) and the deprecated IPv4-compatible addresses
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  blocked6.addSubnet(address, prefix, 'ipv6')
}

/** The 16 bytes of an IPv6 address (`net.isIP(address) === 6`). */
function ipv6Bytes(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '')
  // A dotted IPv4 tail (::ffff:127.0.0.1) becomes two groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number]
    text = text.slice(0, -dotted[1]!.length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = text.includes('::') ? (text.split('::') as [string, string]) : [text, undefined]
  const groups = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : [])
  const front = groups(head)
  const back = groups(tail)
  const all = tail === undefined ? front : [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back]
  return all.flatMap((g) => [g >> 8, g & 0xff])
}

/** The IPv4 address an IPv6 address carries (mapped, NAT64, 6to4), if any. */
function embeddedIpv4(address: string): string | null {
  const b = ipv6Bytes(address)
  const v4 = (o: number) => `${b[o]}.${b[o + 1]}.${b[o + 2]}.${b[o + 3]}`
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0)
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return v4(12) // ::ffff:a.b.c.d
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return v4(12) // 64:ff9b::a.b.c.d
  if (b[0] === 0x20 && b[1] === 0x02) return v4(2) // 2002:aabb:ccdd::
  return null
}

/** Whether a webhook may never reach this address in production. Anything that is not an IP address counts as private. */
export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address)
  if (family === 4) return blocked4.check(address, 'ipv4')
  if (family !== 6) return true
  const inner = embeddedIpv4(address)
  if (inner !== null) return blocked4.check(inner, 'ipv4')
  return blocked6.check(address.replace(/%.*$/, ''), 'ipv6')
}

/** `localhost`, `localhost.` and every name under it (RFC 6761: always the machine itself). */
export const isLocalhostName = (hostname: string): boolean => /(^|\.)localhost\.?$/i.test(hostname)

export class UnsafeTarget extends Error {}

/** The host of a URL without IPv6 brackets. */
export const hostOf = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '')

/**
 * Refuse a host by its name or literal address (no DNS): a localhost name, or an IP address in a
 * private range. Null when the host may be tried (a name is then checked when it is resolved).
 */
export function literalRefusal(host: string): string | null {
  if (isLocalhostName(host)) return `${host} is the local machine: refused`
  if (net.isIP(host) && isPrivateAddress(host)) return `${host} is a private or loopback address: refused`
  return null
}

/** Check a webhook URL when it is registered: https (unless private targets are allowed), a host name, no credentials. */
export function checkWebhookUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new UnsafeTarget(`"url" is not a valid URL: ${raw}`)
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) throw new UnsafeTarget('"url" must use https')
  if (url.username || url.password) throw new UnsafeTarget('"url" must not contain credentials')
  const host = hostOf(url)
  if (!allowPrivate && literalRefusal(host)) throw new UnsafeTarget(`"url" points to a private or loopback address (${host}): refused`)
  return url
}

/** Every address a name resolves to. Injectable (`config.custom.resolveHost`) because tests have no DNS. */
export type HostResolver = (hostname: string) => Promise<{ address: string; family: number }[]>

export const systemResolver: HostResolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true })

/** The resolver of a Payload instance: `config.custom.resolveHost`, or the system's. */
export function resolverOf(payload: Pick<Payload, 'config'>): HostResolver {
  const custom = payload.config.custom as { resolveHost?: HostResolver } | undefined
  return custom?.resolveHost ?? systemResolver
}

/**
 * Check a registered name now (time of registration): refused when it resolves to a private
 * address. A name that does not resolve yet is let through; every connection checks it again.
 */
export async function checkResolvedHost(url: URL, allowPrivate: boolean, resolve: HostResolver): Promise<void> {
  const host = hostOf(url)
  if (allowPrivate || net.isIP(host)) return
  let addresses: { address: string }[]
  try {
    addresses = await resolve(host)
  } catch {
    return
  }
  const bad = addresses.find((a) => isPrivateAddress(a.address))
  if (bad) throw new UnsafeTarget(`"url": ${host} resolves to ${bad.address}, a private or loopback address: refused`)
}

/**
 * A DNS lookup for http(s).request that refuses private addresses at connection time, so a name
 * that resolves to an internal address (or is re-pointed after registration) is never reached.
 * Every address of the name is checked, not only the one connected to (happy eyeballs may try any).
 */
export const safeLookup =
  (allowPrivate: boolean, resolve: HostResolver = systemResolver): net.LookupFunction =>
  (hostname, options, callback) => {
    const fail = (error: Error) => callback(error, '', 4)
    if (!allowPrivate && isLocalhostName(hostname)) return fail(new UnsafeTarget(`${hostname} is the local machine: refused`))
    resolve(hostname).then(
      (all) => {
        const family = options.family === 4 || options.family === 6 ? options.family : 0
        const list = family ? all.filter((a) => a.family === family) : all
        const bad = list.find((a) => isPrivateAddress(a.address))
        if (bad && !allowPrivate) return fail(new UnsafeTarget(`${hostname} resolves to ${bad.address}, a private or loopback address: refused`))
        const first = list[0]
        if (!first) return fail(new Error(`${hostname} has no address`))
        // net asks for every address (`all: true`) when it tries them in turn (autoSelectFamily).
        if (options.all) return callback(null, list)
        callback(null, first.address, first.family)
      },
      (error: Error) => fail(error),
    )
  }

export type GuardedAgents = { http: http.Agent; https: https.Agent }

/**
 * Connection pools of our own whose every socket connects through `safeLookup`, so no connection
 * (new or kept alive) reaches a private address unless allowed; the global agent is never used (a
 * socket another part of the process opened to the same host could be reused without the check).
 * Returns the pools' getter: one pair per resolver and mode, made on first use.
 */
export function guardedAgents(options: { keepAlive: boolean; maxSockets: number }): (allowPrivate: boolean, resolve: HostResolver) => GuardedAgents {
  const byResolver = new WeakMap<HostResolver, Map<boolean, GuardedAgents>>()
  return (allowPrivate, resolve) => {
    let byMode = byResolver.get(resolve)
    if (!byMode) byResolver.set(resolve, (byMode = new Map()))
    let agents = byMode.get(allowPrivate)
    if (!agents) {
      const agentOptions = { ...options, lookup: safeLookup(allowPrivate, resolve) }
      agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) }
      byMode.set(allowPrivate, agents)
    }
    return agents
  }
}
