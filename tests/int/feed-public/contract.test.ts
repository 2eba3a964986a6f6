import type { Router } from 'express'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

import { locales } from '../../../src/domain'
import { untrackFeedState } from '../../../src/feed/etag'
import { openApiDocument } from '../../../src/feed/openapi'
import { createFeedRouter } from '../../../src/feed/router'
import { closeFeed } from '../../../src/feed/shutdown'
import { createLogger } from '../../../src/logger'
import { seed } from '../../../src/seed'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'

/**
 * The contract and the routes cannot drift: every route createFeedRouter registers is in the
 * OpenAPI document and every documented operation is a route; and every documented GET, called on
 * the demo content (src/seed) with a key of every scope, answers with a documented status whose
 * schema its body validates against (JSON; XML and HTML by content type).
 */
type Media = Record<string, { schema?: object }>
type Response = { $ref?: string; content?: Media }
type Operation = { responses: Record<string, Response> }
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: object; responses: Record<string, Response> } }

const doc = openApiDocument('http://localhost:3999') as Doc
const documentedRoutes = Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`))

let ctx: TestContext
let server: TestServer
let key: string

beforeAll(async () => {
  ctx = await bootPayload()
  await seed(ctx.payload, { adminEmail: 'admin@newsroom.test', adminPassword: 'a long enough password', logger: { info: () => undefined, warn: () => undefined } })
  server = await startServer(ctx)
  const client = (await ctx.payload.create({ collection: slugs.apiClients, data: { name: 'Thông tấn xã Việt Nam', embargoPrivilege: true, rateLimitPerMinute: 1000 } as never })) as unknown as {
    key: string
  }
  key = client.key
  // One webhook endpoint, so that GET /webhooks lists something.
  const registered = await get('/webhooks', { method: 'POST', body: JSON.stringify({ url: 'https://hooks.example.org/newsroom', events: ['published'] }) })
  if (registered.status !== 201) throw new Error(`register webhook: ${registered.status} ${await registered.text()}`)
})
afterAll(async () => {
  await server?.close()
  if (ctx) {
    await untrackFeedState(ctx.payload)
    await closeFeed(ctx.payload)
  }
  await ctx?.destroy()
})

function get(path: string, init: { method?: string; body?: string } = {}) {
  return fetch(`${server.url}/feed/v1${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${key}`, connection: 'close', ...(init.body ? { 'content-type': 'application/json' } : {}) },
    body: init.body,
  })
}

type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } }

/** `METHOD /path` of every route in a router and the routers mounted in it (all at its root), in OpenAPI's `{param}` form. */
function routesOf(router: { stack?: Layer[] }): string[] {
  const out: string[] = []
  for (const layer of router.stack ?? []) {
    if (layer.route) {
      const path = layer.route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')
      for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') out.push(`${method.toUpperCase()} ${path}`)
    } else if (layer.handle?.stack) {
      out.push(...routesOf(layer.handle))
    }
  }
  return out
}

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
const rewrite = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"components.json#/schemas/')) as T
ajv.addSchema({ $id: 'components.json', schemas: rewrite(doc.components.schemas) })

/** The documented response of an operation for a status, following a `$ref` into components.responses. */
function documented(op: Operation, status: number): Response | undefined {
  const r = op.responses[String(status)]
  return r?.$ref ? doc.components.responses[r.$ref.split('/').pop() as string] : r
}

/** The answer has a documented status, a documented content type, and (JSON) a body valid against that status's schema. */
async function expectDocumented(what: string, op: Operation, res: globalThis.Response) {
  const spec = documented(op, res.status)
  expect({ what, status: res.status, documented: spec !== undefined }).toEqual({ what, status: res.status, documented: true })
  const types = Object.keys(spec?.content ?? {})
  const contentType = (res.headers.get('content-type') ?? '').split(';')[0].trim()
  expect({ what, contentType, documented: types.includes(contentType) }).toEqual({ what, contentType, documented: true })
  const schema = spec?.content?.[contentType]?.schema
  if (!/^application\/(.+\+)?json$/.test(contentType) || !schema) return
  const check = ajv.compile(rewrite(schema))
  const body = (await res.json()) as unknown
  expect({ what, valid: check(body), errors: check.errors ?? null }).toEqual({ what, valid: true, errors: null })
  return body
}

test('every route the agency API registers is in the OpenAPI document, and every documented operation is a route', () => {
  const registered = routesOf(createFeedRouter({ payload: ctx.payload, env: ctx.env, logger: createLogger(ctx.env) }) as Router & { stack: Layer[] })
  expect([...new Set(registered)].sort()).toEqual([...documentedRoutes].sort())
})

test('feed.json (JSON Feed) is described as an object, not a string', () => {
  const schema = doc.paths['/{lang}/feed.json'].get.responses['200'].content?.['application/feed+json']?.schema
  expect(schema).toEqual({ $ref: '#/components/schemas/JsonFeed' })
  expect(doc.components.schemas).toHaveProperty('JsonFeed.type', 'object')
})

test('every documented GET answers the demo content as documented, in every language and for every item', async () => {
  const gets = Object.entries(doc.paths).filter(([, methods]) => methods.get)
  let calls = 0
  for (const [path, methods] of gets) {
    const op = methods.get
    if (path === '/items/{id}') continue // below, for every item of the list
    for (const lang of path.includes('{lang}') ? locales : [null]) {
      const res = await get(lang ? path.replace('{lang}', lang) : path)
      expect({ path, lang, status: res.status }).toEqual({ path, lang, status: 200 })
      await expectDocumented(`${path} ${lang ?? ''}`, op, res)
      calls += 1
    }
  }

  // Every item of the demo content, in each language listed, now and as its version 1.
  const itemOp = doc.paths['/items/{id}'].get
  const listed: string[] = []
  for (let cursor: string | null = null, first = true; first || cursor; first = false) {
    const page = (await expectDocumented('/items', doc.paths['/items'].get, await get(`/items?limit=100${cursor ? `&cursor=${cursor}` : ''}`))) as { items: { uri: string }[]; next: string | null }
    listed.push(...page.items.map((n) => n.uri.replace(/^.*\/items\//, '')))
    cursor = page.next
  }
  expect(listed.length).toBeGreaterThan(10)
  for (const entry of listed) {
    const now = await get(`/items/${entry}`)
    expect({ entry, status: now.status }).toEqual({ entry, status: 200 })
    await expectDocumented(entry, itemOp, now)
    await expectDocumented(`${entry}&version=1`, itemOp, await get(`/items/${entry}&version=1`))
    calls += 2
  }
  expect(calls).toBeGreaterThan(listed.length * 2)
})
