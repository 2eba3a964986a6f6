import fs from 'node:fs'
import path from 'node:path'

import { validate, compileErrors } from '@readme/openapi-parser'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

import { untrackFeedState } from '../../../src/feed/etag'
import { openApiDocument } from '../../../src/feed/openapi'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { createUser, type TestUser } from '../../helpers/users'
import { act, itemInState } from '../../helpers/workflow'

/**
 * The contract document is valid OpenAPI 3.1, and every documented path answers as documented:
 * status, content type and (for JSON) the documented schema. Key-protected paths are called with a
 * key issued by creating an api client through the Local API.
 */

/** The key-protected part is wired when its module exists (src/feed/auth.ts). */
const keysPartPresent = fs.existsSync(path.resolve('src/feed/auth.ts'))

type Operation = {
  security?: unknown[]
  parameters?: ({ name: string; in: string } | { $ref: string })[]
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: object }> }>
}
type Doc = { openapi: string; servers: { url: string }[]; paths: Record<string, Record<string, Operation>>; webhooks: Record<string, unknown>; components: Record<string, Record<string, unknown>> }

const doc = openApiDocument('http://localhost:3999') as Doc
const allOperations = Object.entries(doc.paths).flatMap(([p, methods]) => Object.entries(methods).map(([method, op]) => ({ path: p, method, op })))
/** The GET operations: the ones called below (contract.test.ts checks the routes of the others). */
const operations = allOperations.filter((o) => o.method === 'get')
const isPublic = (op: Operation) => Array.isArray(op.security) && op.security.length === 0
const publicOps = operations.filter((o) => isPublic(o.op))
const keyedOps = operations.filter((o) => !isPublic(o.op))

let ctx: TestContext
let server: TestServer
let publisher: TestUser
let itemId: string

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  const editor = await createUser(ctx.payload, ['editor'], 'editor')
  // One published press release, so that /items/{id} and the feeds have something to show.
  const id = await itemInState(ctx.payload, slugs.pressReleases, { state: 'approved', submittedBy: editor, readyLocales: ['vi'], title: { vi: 'Thông cáo cho hợp đồng API' } })
  expect((await act(server, publisher, slugs.pressReleases, id, { action: 'publish' })).status).toBe(200)
  itemId = `press-release:${id}`
})
afterAll(async () => {
  if (ctx) await untrackFeedState(ctx.payload)
  await server?.close()
  await ctx?.destroy()
})

/** A validator of response bodies against the document's schemas (OpenAPI 3.1 schemas are JSON Schema 2020-12). */
function schemaValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  const rewrite = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"components.json#/schemas/')) as T
  ajv.addSchema({ $id: 'components.json', schemas: rewrite(doc.components.schemas) })
  return (schema: object) => ajv.compile(rewrite(schema))
}

/** The documented response, following a `$ref` into components.responses. */
function documented(op: Operation, status: string) {
  const r = op.responses[status]
  if (!r) return undefined
  if (r.$ref) return doc.components.responses[r.$ref.split('/').pop()!] as { content?: Record<string, { schema?: object }> }
  return r
}

function urlOf(p: string, query = '') {
  const filled = p.replace('{lang}', 'vi').replace('{id}', encodeURIComponent(itemId))
  return `${server.url}/feed/v1${filled}${query}`
}

async function expectAsDocumented(op: Operation, status: string, res: Response) {
  expect(res.status).toBe(Number(status))
  const spec = documented(op, status)
  expect(spec).toBeDefined()
  const types = Object.keys(spec!.content ?? {})
  if (types.length === 0) return
  const contentType = res.headers.get('content-type') ?? ''
  const match = types.find((t) => contentType.split(';')[0]!.trim() === t)
  expect({ contentType, documented: types, ok: match !== undefined }).toMatchObject({ ok: true })
  const schema = spec!.content![match!]!.schema
  // JSON bodies (application/json, application/feed+json) are checked against the schema; XML and HTML by type only.
  if (/^application\/(.+\+)?json$/.test(match!) && schema) {
    const check = schemaValidator()(schema)
    const body = (await res.json()) as unknown
    expect({ valid: check(body), errors: check.errors ?? null }).toEqual({ valid: true, errors: null })
  }
}

describe('the document', () => {
  test('is valid OpenAPI 3.1 (@readme/openapi-parser)', async () => {
    const result = await validate(structuredClone(doc) as never)
    if (!result.valid) throw new Error(compileErrors(result))
    expect(result.valid).toBe(true)
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.servers).toEqual([{ url: 'http://localhost:3999/feed/v1', description: 'This server' }])
  })

  test('is served at /feed/v1/openapi.json with the public URL of this server', async () => {
    const res = await fetch(`${server.url}/feed/v1/openapi.json`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(doc)))
  })

  test('describes the whole contract', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      ['/', '/docs', '/items', '/items/{id}', '/changes', '/me', '/openapi.json', '/webhooks', '/webhooks/{id}', '/{lang}/atom.xml', '/{lang}/feed.json', '/{lang}/rss.xml'].sort(),
    )
    expect(allOperations.filter((o) => o.method !== 'get').map((o) => `${o.method} ${o.path}`)).toEqual(['post /webhooks', 'delete /webhooks/{id}'])
    const items = doc.paths['/items']!.get!
    const names = (items.parameters ?? []).map((p) => ('$ref' in p ? p.$ref.split('/').pop() : p.name))
    expect(names).toEqual(['q', 'type', 'lang', 'topic', 'updatedSince', 'limit', 'cursor', 'IfNoneMatch'])
    expect((doc.components.parameters as Record<string, { schema: unknown }>).q!.schema).toEqual({ type: 'string', minLength: 1, maxLength: 200 })
    expect((doc.components.parameters as Record<string, { schema: unknown }>).limit!.schema).toEqual({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
    expect(Object.keys(items.responses).sort()).toEqual(['200', '304', '400', '401', '429'])
    expect(doc.components.securitySchemes).toEqual({ bearerAuth: expect.objectContaining({ type: 'http', scheme: 'bearer' }) })
    const hook = (doc.webhooks.itemEvent as { post: Operation & { description: string } }).post
    expect((hook.parameters as { name: string }[]).map((p) => p.name)).toEqual(['X-Newsroom-Signature', 'X-Newsroom-Event', 'X-Newsroom-Delivery'])
    expect(hook.description).toContain('`<t>.<raw body>`')
    expect((doc.components.responses as Record<string, { headers?: object }>).TooManyRequests!.headers).toHaveProperty('Retry-After')
  })
  test('the webhook signature header has the documented form (src/webhooks/sign.ts)', async () => {
    if (!fs.existsSync(path.resolve('src/webhooks/sign.ts'))) return
    const { signatureHeader, verifySignature } = await import('../../../src/webhooks/sign')
    const body = JSON.stringify({ deliveryId: '1-1', event: 'published', seq: 1, occurredAt: new Date().toISOString(), items: [] })
    const header = signatureHeader('s3cret', body, 1764489600)
    const hook = (doc.webhooks.itemEvent as { post: { parameters: { name: string; schema: { pattern?: string } }[] } }).post
    expect(header).toMatch(new RegExp(hook.parameters.find((p) => p.name === 'X-Newsroom-Signature')!.schema.pattern!))
    // The documented recipe: HMAC-SHA256 over "<t>.<body>", hex.
    const { createHmac } = await import('node:crypto')
    expect(header).toBe(`t=1764489600,v1=${createHmac('sha256', 's3cret').update(`1764489600.${body}`).digest('hex')}`)
    expect(verifySignature('s3cret', body, header, 1764489600)).toBe(true)
  })
})

describe('each public path answers as documented', () => {
  test.each(publicOps.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))('%s', async (_name, { path: p, op }) => {
    const res = await fetch(urlOf(p))
    await expectAsDocumented(op, '200', res)
    const etag = res.headers.get('etag')
    if (op.responses['304']) {
      expect(etag).toBeTruthy()
      expect(res.headers.get('last-modified')).toBeTruthy()
      const again = await fetch(urlOf(p), { headers: { 'If-None-Match': etag! } })
      await expectAsDocumented(op, '304', again)
    }
    if (op.responses['404'] && p.includes('{lang}')) {
      const unknown = await fetch(`${server.url}/feed/v1${p.replace('{lang}', 'fr')}`)
      await expectAsDocumented(op, '404', unknown)
    }
  })

  test('the API page is plain HTML with no script and no external resource, at /docs and /', async () => {
    for (const p of ['/feed/v1/docs', '/feed/v1/', '/feed/v1']) {
      const res = await fetch(`${server.url}${p}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      const html = await res.text()
      expect(html).not.toMatch(/<script|<link[^>]+stylesheet|src="https?:/i)
      for (const topic of ['Bearer', '/items', '/changes', 'X-Newsroom-Signature', 'createHmac', 'Retry-After', 'If-None-Match', 'embargoedUntil', 'lang="vi"']) {
        expect(html).toContain(topic)
      }
    }
  })
})

describe('each key-protected path answers as documented', () => {
  if (!keysPartPresent) {
    for (const o of keyedOps) test.todo(`${o.method.toUpperCase()} ${o.path} (the API key part is not there yet)`)
    return
  }

  let key: string
  beforeAll(async () => {
    const client = (await ctx.payload.create({ collection: slugs.apiClients, data: { name: 'Thông tấn xã Việt Nam', rateLimitPerMinute: 1000 } as never })) as { key?: string }
    expect(typeof client.key).toBe('string')
    key = client.key!
  })

  test.each(keyedOps.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))('%s', async (_name, { path: p, op }) => {
    const auth = { Authorization: `Bearer ${key}` }
    const res = await fetch(urlOf(p), { headers: auth })
    await expectAsDocumented(op, '200', res)
    if (op.responses['304']) {
      const etag = res.headers.get('etag')
      expect(etag).toBeTruthy()
      expect(res.headers.get('last-modified')).toBeTruthy()
      await expectAsDocumented(op, '304', await fetch(urlOf(p), { headers: { ...auth, 'If-None-Match': etag! } }))
    }
    await expectAsDocumented(op, '401', await fetch(urlOf(p)))
    await expectAsDocumented(op, '401', await fetch(urlOf(p), { headers: { Authorization: 'Bearer qtn_not-a-key' } }))
    if (op.responses['400']) {
      await expectAsDocumented(op, '400', await fetch(urlOf(p, '?limit=1000'), { headers: auth }))
    }
    if (op.responses['404']) {
      await expectAsDocumented(op, '404', await fetch(`${server.url}/feed/v1${p.replace('{id}', 'press-release:999999')}`, { headers: auth }))
    }
  })

  test('over the rate limit: 429 with Retry-After, as documented on every key-protected path', async () => {
    const client = (await ctx.payload.create({ collection: slugs.apiClients, data: { name: 'Báo Quảng Trị', rateLimitPerMinute: 1 } as never })) as unknown as { key: string }
    const auth = { Authorization: `Bearer ${client.key}` }
    expect((await fetch(urlOf('/me'), { headers: auth })).status).toBe(200)
    for (const { path: p, op } of keyedOps) {
      const res = await fetch(urlOf(p), { headers: auth })
      await expectAsDocumented(op, '429', res)
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    }
  })
})
