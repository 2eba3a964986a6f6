import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'

let ctx: TestContext
let server: TestServer

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

describe('health and readiness through the real Express server', () => {
  test('/healthz answers 200 while the process is up', async () => {
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toMatchObject({ status: 'ok' })
  })

  test('/readyz answers 200 when the database answers', async () => {
    const res = await fetch(`${server.url}/readyz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ready', database: 'ok' })
  })

  test('responses carry security headers and no x-powered-by', async () => {
    const res = await fetch(`${server.url}/api/topics`)
    expect(res.status).toBe(200)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(res.headers.get('strict-transport-security')).toContain('max-age=')
    expect(res.headers.get('x-powered-by')).toBeNull()
  })

  test('JSON responses are compressed when the client accepts it', async () => {
    await ctx.payload.create({ collection: 'topics', data: { name: 'Kinh tế '.repeat(200).trim(), slug: 'kinh-te' } })
    const res = await fetch(`${server.url}/api/topics?limit=10`, { headers: { 'accept-encoding': 'gzip' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-encoding')).toBe('gzip')
  })

  test('an unknown route outside the API answers a JSON 404 naming it', async () => {
    const res = await fetch(`${server.url}/no-such-page`)
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ errors: [{ message: 'Not found: GET /no-such-page' }] })
  })

  test('/readyz answers 503 when draining for shutdown, while /healthz stays 200', async () => {
    server.readiness.draining = true
    try {
      const ready = await fetch(`${server.url}/readyz`)
      expect(ready.status).toBe(503)
      expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'shutting down' })
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    } finally {
      server.readiness.draining = false
    }
  })

  // Last: it takes the database away from this context for good.
  test('/readyz answers 503 when the database is gone, /healthz still 200', async () => {
    await ctx.db.cutOff(ctx.payload)
    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.status).toBe(503)
    expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'database did not answer' })
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })
})
