import dns from 'node:dns'
import net from 'node:net'

/** Addresses a webhook may never reach in production: loopback, private, link-local, CGNAT, multicast… */
const blocked = new net.BlockList()
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(address, prefix, 'ipv4')
}
for (const [address, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['::ffff:0:0', 96],
] as const) {
  blocked.addSubnet(address, prefix, 'ipv6')
}

export const isPrivateAddress = (address: string): boolean => {
  const family = net.isIP(address)
  if (family === 0) return true
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

export class UnsafeTarget extends Error {}

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
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (!allowPrivate && (host === 'localhost' || (net.isIP(host) && isPrivateAddress(host)))) {
    throw new UnsafeTarget(`"url" points to a private or loopback address (${host}): refused`)
  }
  return url
}

/**
 * A DNS lookup for http(s).request that refuses private addresses at connection time, so a name
 * that resolves to an internal address (or is re-pointed after registration) is never reached.
 */
export const safeLookup =
  (allowPrivate: boolean): net.LookupFunction =>
  (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4)
      const list = addresses as unknown as dns.LookupAddress[]
      const bad = list.find((a) => isPrivateAddress(a.address))
      if (bad && !allowPrivate) return callback(new UnsafeTarget(`${hostname} resolves to ${bad.address}, a private or loopback address: refused`), '', 4)
      const first = list[0]
      if (!first) return callback(new Error(`${hostname} has no address`), '', 4)
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list)
      callback(null, first.address, first.family)
    })
  }
