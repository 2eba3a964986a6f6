import http from 'node:http'
import type { AddressInfo } from 'node:net'
import net from 'node:net'

import { slugs } from '../../../src/domain'
import { postJson } from '../../../src/webhooks/post'
import { startWebhookRunner } from '../../../src/webhooks/runner'
import { webhookSettings } from '../../../src/webhooks/settings'
import { checkWebhookUrl, isLocalhostName, isPrivateAddress, type HostResolver } from '../../../src/webhooks/ssrf'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { startReceiver } from '../../helpers/receiver'
import { createUser, type TestUser } from '../../helpers/users'
import { act, itemInState } from '../../helpers/workflow'

/**
 * Webhook targets as production checks them (WEBHOOK_ALLOW_PRIVATE_TARGETS=false): at registration,
 * and again at every connection, through the resolver the HTTP client uses. This machine has no
 * DNS: the names resolve through a table the tests change (`config.custom.resolveHost`).
 */
const names = new Map<string, string[]>()
const resolveHost: HostResolver = async (hostname) => {
  const addresses = names.get(hostname.toLowerCase())
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
  return addresses.map((address) => ({ address, family: net.isIP(address) }))
}
const PUBLIC = '93.184.216.34'

let ctx: TestContext
let server: TestServer
let apiKey: string
let owner: TestUser
let publisher: TestUser

beforeAll(async () => {
  ctx = await bootPayload({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false', WEBHOOK_RETRY_BASE_SECONDS: '3600' }, { custom: { resolveHost } })
  server = await startServer(ctx)
  startWebhookRunner({ payload: ctx.payload, settings: webhookSettings(ctx.payload), logger: ctx.payload.logger, intervalMs: 60_000 })
  const client = await ctx.payload.create({ collection: slugs.apiClients, data: { name: 'Thông tấn xã', rateLimitPerMinute: 1000 } })
  apiKey = 'key' in client && typeof client.key === 'string' ? client.key : ''
  owner = await createUser(ctx.payload, ['contributor'], 'owner')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const register = (url: string) =>
  fetch(`${server.url}/feed/v1/webhooks`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', connection: 'close' },
    body: JSON.stringify({ url, events: ['published'] }),
  })

async function publish(title: string) {
  const id = await itemInState(ctx.payload, slugs.pressReleases, { state: 'approved', owner, title: { vi: title } })
  expect((await act(server, publisher, slugs.pressReleases, id, { action: 'publish' })).status).toBe(200)
  return id
}

/** The attempts logged for an endpoint, once there are `n`. */
async function attemptsOf(endpoint: number, n: number) {
  const deadline = Date.now() + 15_000
  for (;;) {
    const { docs } = await ctx.payload.find({ collection: slugs.webhookDeliveries, where: { endpoint: { equals: endpoint } }, sort: 'createdAt', depth: 0, limit: 20 })
    if (docs.length >= n || Date.now() > deadline) return docs
    await sleep(100)
  }
}

describe('addresses a webhook may never reach in production', () => {
  test.each([
    '127.0.0.1', '10.20.30.40', '172.16.5.4', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255',
    '::', '::1', 'fd00::5', 'fc00::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1', '::127.0.0.1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::FFFF:10.0.0.1', '0:0:0:0:0:ffff:c0a8:0101', '64:ff9b::7f00:1', '2002:a9fe:a9fe::1',
    'not-an-address',
  ])('%s is private', (address) => {
    expect(isPrivateAddress(address)).toBe(true)
  })

  test.each([PUBLIC, '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:0808:0808::1'])('%s is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false)
  })

  test('localhost names, with or without the trailing dot and under it, are the machine itself', () => {
    expect(['localhost', 'localhost.', 'LOCALHOST', 'api.localhost', 'api.localhost.'].map(isLocalhostName)).toEqual([true, true, true, true, true])
    expect(['localhost.example.org', 'mylocalhost', 'example.org'].map(isLocalhostName)).toEqual([false, false, false])
  })

  test.each(['https://localhost./x', 'https://api.localhost/x', 'https://[::ffff:127.0.0.1]/x', 'https://[::ffff:7f00:1]/x', 'https://[fd12::1]/x', 'https://0x7f.1/x', 'https://2130706433/x'])(
    'registering %s is refused',
    (url) => {
      expect(() => checkWebhookUrl(url, false)).toThrow(/private or loopback address \(.+\): refused/)
    },
  )
})

describe('registration checks what the name resolves to now', () => {
  test('a name resolving to a private address (or to a public and a private one) is refused with 400; a public one is accepted', async () => {
    names.set('internal.agency.example', ['127.0.0.1'])
    names.set('dual.agency.example', [PUBLIC, 'fd00::5'])
    names.set('agency.example', [PUBLIC])
    const before = (await ctx.payload.count({ collection: slugs.webhookEndpoints })).totalDocs
    const internal = await register('https://internal.agency.example/hook')
    expect([internal.status, await internal.json()]).toEqual([400, { errors: [{ message: '"url": internal.agency.example resolves to 127.0.0.1, a private or loopback address: refused' }] }])
    const dual = await register('https://dual.agency.example/hook')
    expect([dual.status, await dual.json()]).toEqual([400, { errors: [{ message: '"url": dual.agency.example resolves to fd00::5, a private or loopback address: refused' }] }])
    const trailingDot = await register('https://localhost./hook')
    expect([trailingDot.status, await trailingDot.json()]).toEqual([400, { errors: [{ message: '"url" points to a private or loopback address (localhost.): refused' }] }])
    expect((await ctx.payload.count({ collection: slugs.webhookEndpoints })).totalDocs).toBe(before)
    const ok = await register('https://agency.example/hook')
    expect(ok.status).toBe(201)
    // There is no network here to reach it: keep it out of the deliveries below.
    await ctx.payload.update({ collection: slugs.webhookEndpoints, id: ((await ok.json()) as { id: number }).id, data: { active: false } })
  })
})

describe('every connection checks again', () => {
  test('a name that was public at registration and is re-pointed at a private address is refused at connect time, and the delivery records why', async () => {
    const receiver = await startReceiver()
    const port = new URL(receiver.url).port
    names.set('rebind.agency.example', [PUBLIC])
    const res = await register(`https://rebind.agency.example:${port}/hooks/newsroom`)
    expect(res.status).toBe(201)
    const endpoint = ((await res.json()) as { id: number }).id
    // DNS rebinding: the same name now answers with the loopback address of this machine, where a receiver listens.
    names.set('rebind.agency.example', ['127.0.0.1'])
    await publish('Đổi địa chỉ sau khi đăng ký')
    const [attempt] = await attemptsOf(endpoint, 1)
    expect(attempt).toMatchObject({ outcome: 'failed', responseStatus: null, error: 'rebind.agency.example resolves to 127.0.0.1, a private or loopback address: refused' })
    expect(receiver.received).toEqual([])
    const stored = await ctx.payload.findByID({ collection: slugs.webhookEndpoints, id: endpoint, depth: 0 })
    expect(stored.failures).toBe(1)
    await ctx.payload.update({ collection: slugs.webhookEndpoints, id: endpoint, data: { active: false } })
    await receiver.close()
  })

  test('the HTTP client connects only through the checked lookup: private answers of every kind, literal addresses and localhost are refused before any byte is sent', async () => {
    const receiver = await startReceiver()
    const port = new URL(receiver.url).port
    const post = (url: string) => postJson(url, '{}', {}, false, resolveHost)
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.0.0.7', 'fe80::1']) {
      names.set('moving.agency.example', [address])
      expect(await post(`http://moving.agency.example:${port}/hooks/newsroom`)).toMatchObject({ ok: false, status: null, error: `moving.agency.example resolves to ${address}, a private or loopback address: refused` })
    }
    expect(await post(`http://127.0.0.1:${port}/hooks/newsroom`)).toMatchObject({ ok: false, status: null, error: '127.0.0.1 is a private or loopback address: refused' })
    expect(await post(`http://[::ffff:127.0.0.1]:${port}/hooks/newsroom`)).toMatchObject({ ok: false, error: '::ffff:7f00:1 is a private or loopback address: refused' })
    expect(await post(`http://localhost.:${port}/hooks/newsroom`)).toMatchObject({ ok: false, error: 'localhost. is the local machine: refused' })
    expect(receiver.received).toEqual([])
    // The same client, where private targets are allowed (development), reaches the receiver through that lookup (there is no DNS here).
    names.set('moving.agency.example', ['127.0.0.1'])
    expect(await postJson(`http://moving.agency.example:${port}/hooks/newsroom`, '{}', {}, true, resolveHost)).toMatchObject({ ok: true, status: 200, error: null })
    expect(receiver.received.length).toBe(1)
    await receiver.close()
  })
})

describe('redirects', () => {
  test('a receiver that answers 3xx is a failed delivery that says so; the redirect is not followed', async () => {
    const elsewhere = await startReceiver()
    const redirecting = http.createServer((req, res) => {
      req.resume()
      req.on('end', () => res.writeHead(302, { location: elsewhere.url }).end())
    })
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve))
    const { port } = redirecting.address() as AddressInfo
    const env = webhookSettings(ctx.payload).env
    env.webhookAllowPrivateTargets = true
    try {
      const res = await register(`http://127.0.0.1:${port}/hook`)
      expect(res.status).toBe(201)
      const endpoint = ((await res.json()) as { id: number }).id
      await publish('Chuyển hướng')
      const [attempt] = await attemptsOf(endpoint, 1)
      expect(attempt).toMatchObject({
        outcome: 'failed',
        responseStatus: 302,
        error: `HTTP 302: redirect to ${elsewhere.url} not followed; the receiver must answer 2xx at the registered URL`,
      })
      expect(elsewhere.received).toEqual([])
      await ctx.payload.update({ collection: slugs.webhookEndpoints, id: endpoint, data: { active: false } })
    } finally {
      env.webhookAllowPrivateTargets = false
      redirecting.closeAllConnections()
      await new Promise<void>((resolve) => redirecting.close(() => resolve()))
      await elsewhere.close()
    }
  })
})
