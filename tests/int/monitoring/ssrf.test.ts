import net from 'node:net'

import { loadEnv } from '../../../src/config/env'
import { MONITORING_QUEUE, slugs } from '../../../src/domain'
import { enqueueDuePolls } from '../../../src/monitoring/schedule'
import type { HostResolver } from '../../../src/webhooks/ssrf'
import { bootPayload, TEST_SECRET, type TestContext } from '../../helpers/boot'
import { rssFeed, startFeedServer, type FeedServer } from '../../helpers/feedServer'

/**
 * Feeds as production fetches them (MONITORING_ALLOW_PRIVATE=false, which production forces): no
 * loopback or private address, by literal or by what a name resolves to, at any hop. This machine
 * has no DNS: names resolve through a table (`config.custom.resolveHost`, as in the webhook tests).
 */
const names = new Map<string, string[]>([
  ['intranet.test', ['10.1.2.3']],
  ['metadata.test', ['169.254.169.254']],
  ['sneaky.test', ['127.0.0.1']],
])
const resolveHost: HostResolver = async (hostname) => {
  const addresses = names.get(hostname.toLowerCase())
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
  return addresses.map((address) => ({ address, family: net.isIP(address) }))
}

let ctx: TestContext
let feeds: FeedServer

beforeAll(async () => {
  ctx = await bootPayload({ MONITORING_ALLOW_PRIVATE: 'false' }, { custom: { resolveHost } })
  feeds = await startFeedServer()
  feeds.set('/feed.xml', { body: rssFeed([{ title: 'Quảng Trị', url: 'https://example.org/1' }]) })
})
afterAll(async () => {
  await feeds?.close()
  await ctx?.destroy()
})

test('production refuses private feeds whatever MONITORING_ALLOW_PRIVATE says; development allows them by default', () => {
  const base = { PAYLOAD_SECRET: TEST_SECRET, DATABASE_URI: 'file::memory:' }
  expect(loadEnv({ ...base, NODE_ENV: 'production', MONITORING_ALLOW_PRIVATE: 'true' }).monitoring.allowPrivate).toBe(false)
  expect(loadEnv({ ...base, NODE_ENV: 'development' }).monitoring.allowPrivate).toBe(true)
})

test.each([
  ['a loopback address', (port: number) => `http://127.0.0.1:${port}/feed.xml`, 'refused: 127.0.0.1 is a private or loopback address: refused'],
  ['localhost', (port: number) => `http://localhost:${port}/feed.xml`, 'refused: localhost is the local machine: refused'],
  ['IPv4 inside IPv6', (port: number) => `http://[::ffff:127.0.0.1]:${port}/feed.xml`, 'refused: ::ffff:7f00:1 is a private or loopback address: refused'],
  ['a name resolving to a private address', (port: number) => `http://intranet.test:${port}/feed.xml`, 'refused: intranet.test resolves to 10.1.2.3, a private or loopback address: refused'],
  ['a name resolving to the metadata service', (port: number) => `http://metadata.test:${port}/feed.xml`, 'refused: metadata.test resolves to 169.254.169.254, a private or loopback address: refused'],
  ['a name resolving to loopback', (port: number) => `http://sneaky.test:${port}/feed.xml`, 'refused: sneaky.test resolves to 127.0.0.1, a private or loopback address: refused'],
])('%s is refused and never reached', async (_name, urlOf, message) => {
  const before = feeds.requests.length
  const source = await ctx.payload.create({
    collection: slugs.monitoringSources,
    data: { name: `SSRF ${message}`, url: urlOf(feeds.port), outlet: 'X', language: 'en', country: 'US', intervalMinutes: 60 },
  })
  await enqueueDuePolls(ctx.payload, new Date())
  await ctx.payload.jobs.run({ queue: MONITORING_QUEUE, limit: 20 })
  const { health } = await ctx.payload.findByID({ collection: slugs.monitoringSources, id: source.id, depth: 0 })
  expect(health).toMatchObject({ lastError: message, consecutiveFailures: 1, lastSuccessAt: null })
  expect(feeds.requests.length).toBe(before)
  expect(await ctx.payload.count({ collection: slugs.clippings })).toEqual({ totalDocs: 0 })
})
