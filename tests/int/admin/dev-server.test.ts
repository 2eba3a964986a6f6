/**
 * `npm run dev` opened at 127.0.0.1 or the machine's LAN address shows the admin: Next's dev server
 * refuses its HMR websocket to any host not in `allowedDevOrigins` (the admin then stays blank), so
 * the server computes that list from HOST and PUBLIC_URL and next.config.mjs reads it. And the
 * server compiles the admin right after start, logging the outcome.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'

import express from 'express'
import pino from 'pino'

import { allowedDevOrigins, devFetchMetadata, devOriginUrls, selfUrl } from '../../../src/server/devOrigins'
import { DEV_ORIGINS_KEY, warmUpAdmin } from '../../../src/server/next'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { describeOnce } from '../../helpers/once'
import { createUser } from '../../helpers/users'

describeOnce('development origins', () => {
  test('listening on every interface: loopback, every address of the machine, and PUBLIC_URL’s host', () => {
    expect(
      allowedDevOrigins({ host: '0.0.0.0', publicUrl: 'http://localhost:3000' }, ['127.0.0.1', '192.168.1.20', '::1', 'fd00::2', 'fe80::1%eth0']),
    ).toEqual(['127.0.0.1', '[::1]', '192.168.1.20', '[fd00::2]'])
    expect(allowedDevOrigins({ host: '::', publicUrl: 'https://news.quangtri.gov.vn' }, ['10.0.0.5'])).toEqual([
      'news.quangtri.gov.vn',
      '127.0.0.1',
      '[::1]',
      '10.0.0.5',
    ])
  })

  test('listening on one address: that address and PUBLIC_URL’s host only', () => {
    expect(allowedDevOrigins({ host: '192.168.1.20', publicUrl: 'http://192.168.1.20:3000' }, ['127.0.0.1', '192.168.1.20', '10.0.0.5'])).toEqual([
      '192.168.1.20',
    ])
    expect(allowedDevOrigins({ host: '127.0.0.1', publicUrl: 'http://Newsroom.LAN:3000' }, [])).toEqual(['newsroom.lan', '127.0.0.1'])
  })

  test('next.config.mjs hands the computed list to Next', async () => {
    const origins = ['127.0.0.1', '192.168.1.20']
    ;(globalThis as Record<symbol, unknown>)[DEV_ORIGINS_KEY] = origins
    try {
      const { default: config } = (await import('../../../next.config.mjs')) as { default: { allowedDevOrigins?: string[] } }
      expect(config.allowedDevOrigins).toEqual(origins)
    } finally {
      delete (globalThis as Record<symbol, unknown>)[DEV_ORIGINS_KEY]
    }
  })

  test('the server reaches itself on loopback when it listens everywhere', () => {
    expect(selfUrl({ host: '0.0.0.0', port: 3000 })).toBe('http://127.0.0.1:3000')
    expect(selfUrl({ host: '::', port: 3000 }, 41234)).toBe('http://127.0.0.1:41234')
    expect(selfUrl({ host: '192.168.1.20', port: 3000 })).toBe('http://192.168.1.20:3000')
  })
})

describeOnce('compiling the admin after a development start', () => {
  const captured = () => {
    const lines: Record<string, unknown>[] = []
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>)
        done()
      },
    })
    return { logger: pino({ level: 'info' }, stream), lines }
  }

  const serve = async (status: number) => {
    const requests: string[] = []
    const server = http.createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`)
      res.writeHead(status, status === 307 ? { location: '/admin/login' } : {}).end('compiled')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => new Promise((r) => server.close(r)) }
  }

  test('one request to /admin, its outcome logged', async () => {
    const target = await serve(307)
    const { logger, lines } = captured()
    await warmUpAdmin(target.url, logger)
    await target.close()
    expect(target.requests).toEqual(['GET /admin'])
    expect(lines.map((l) => [l.level, l.msg, l.status])).toEqual([
      [30, 'compiling the admin in the background (first development start)', undefined],
      [30, 'admin compiled and ready', 307],
    ])
  })

  test('a compile error (500) and an unreachable server are logged as errors, not swallowed', async () => {
    const target = await serve(500)
    const { logger, lines } = captured()
    await warmUpAdmin(target.url, logger)
    await target.close()
    await warmUpAdmin(target.url, logger)
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [30, 'compiling the admin in the background (first development start)'],
      [50, 'the admin failed to compile: see the error above'],
      [30, 'compiling the admin in the background (first development start)'],
      [50, 'the admin warm-up request failed'],
    ])
    expect((lines[3]!.err as { message: string }).message).toMatch(/^fetch failed: connect ECONNREFUSED 127\.0\.0\.1:\d+$/)
  })
})

describeOnce('signing in and saving from 127.0.0.1 or the LAN address in development', () => {
  test('the CSRF allowlist holds PUBLIC_URL, localhost, loopback and the machine’s addresses, with the port', () => {
    expect(devOriginUrls({ host: '0.0.0.0', port: 3000, publicUrl: 'http://localhost:3000' }, ['127.0.0.1', '192.168.1.20'])).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
      'http://192.168.1.20:3000',
    ])
  })

  test('a request without Fetch Metadata gets what the browser would have said, from its Referer', async () => {
    const app = express()
    app.use(devFetchMetadata(['http://192.168.1.20:3000']))
    app.get('/', (req, res) => res.json({ site: req.headers['sec-fetch-site'] ?? null }))
    const server = await new Promise<http.Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s))
    })
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    const site = async (headers: Record<string, string>) => ((await (await fetch(url, { headers })).json()) as { site: string | null }).site
    try {
      expect(await site({})).toBe('none')
      expect(await site({ referer: 'http://192.168.1.20:3000/admin/collections/topics' })).toBe('same-origin')
      expect(await site({ referer: 'http://evil.example/page' })).toBeNull()
      expect(await site({ referer: 'http://192.168.1.20:3000/', 'sec-fetch-site': 'cross-site' })).toBe('cross-site')
      expect(await site({ origin: 'http://evil.example' })).toBeNull()
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  describe('through Payload, with NODE_ENV=development', () => {
    let ctx: TestContext
    let server: TestServer
    let cookie: string
    let topicId: number

    beforeAll(async () => {
      // Without autoGenerate: in development Payload regenerates the types in a child process (a
      // second Payload start) that outlived the test, kept jest's worker from exiting and rewrote
      // src/payload-types.ts in the middle of the run.
      ctx = await bootPayload({ NODE_ENV: 'development', PORT: '3000', PUBLIC_URL: 'http://localhost:3000' }, { typescript: { autoGenerate: false } })
      server = await startServer(ctx)
      const admin = await createUser(ctx.payload, ['admin'])
      cookie = `payload-token=${admin.token}`
      topicId = (await ctx.payload.create({ collection: 'topics', data: { name: 'Du lịch', slug: 'du-lich' } })).id
    })
    afterAll(async () => {
      await server?.close()
      await ctx?.destroy()
    })

    const me = async (headers: Record<string, string>) =>
      ((await (await fetch(`${server.url}/api/users/me`, { headers: { cookie, ...headers } })).json()) as { user: { id: number } | null }).user !== null

    test('a save from the admin opened at 127.0.0.1 is accepted; one from another site is not', async () => {
      const save = (origin: string) =>
        fetch(`${server.url}/api/topics/${topicId}`, { method: 'PATCH', headers: { cookie, origin, 'content-type': 'application/json' }, body: '{}' })
      expect((await save('http://127.0.0.1:3000')).status).toBe(200)
      expect((await save('http://evil.example')).status).toBe(403)
    })

    test('pages over plain http (no Fetch Metadata) are signed in when they come from this server', async () => {
      expect(await me({ referer: 'http://127.0.0.1:3000/admin' })).toBe(true)
      expect(await me({})).toBe(true)
      expect(await me({ referer: 'http://evil.example/' })).toBe(false)
    })
  })
})
