import { untrackFeedState } from '../../../src/feed/etag'
import { closeFeed } from '../../../src/feed/shutdown'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { createUser, type TestUser } from '../../helpers/users'
import { call, createClient, type Res } from '../feed-keys/helpers'
import { contentData, titleField } from '../../helpers/workflow'
import { approvedItem, correct, countReads, createImage, markApproved, publish, withdraw } from './helpers'
import { loadNinjsValidator } from './ninjsSchema'

const HOUR = 3_600_000
const clock = manualClock()
const validate = loadNinjsValidator()
let ctx: TestContext
let server: TestServer
let contributor: TestUser
let publisher: TestUser
let all: string // every type and language, no embargo privilege
let privileged: string // every type and language, embargo privilege
let scoped: string // press releases in English only

/** ninjs objects checked against the shipped 3.1 schema (or skipped, as loadNinjsValidator said). */
function expectNinjs(objects: unknown[]) {
  expect(objects.length).toBeGreaterThan(0)
  if (!validate) return
  for (const o of objects) expect({ uri: (o as { uri?: string }).uri, errors: validate(o) }).toEqual({ uri: (o as { uri?: string }).uri, errors: [] })
}

const get = (path: string, key: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/feed/v1${path}`, { headers: { authorization: `Bearer ${key}`, ...headers } })

async function json(path: string, key: string): Promise<{ status: number; body: Record<string, unknown>; res: Res }> {
  const res = await call(server, `/feed/v1${path}`, { key })
  return { status: res.status, body: res.json(), res }
}

type N = Record<string, unknown> & { uri: string; headlines?: { value: string }[] }
const items = (body: Record<string, unknown>) => body.items as N[]
const headlines = (list: N[]) => list.map((n) => n.headlines?.[0]?.value)

let topicEconomy: number
let image: number
let pr1: number // vi + en, topic economy, image, body; then corrected
let pub1: number // publication, vi
let tm1: number // training material, vi + lo
let prWithdrawn: number

beforeAll(async () => {
  clock.set(new Date('2026-12-01T01:00:00Z'))
  ctx = await bootPayload({}, { custom: { clock } })
  server = await startServer(ctx)
  const admin = await createUser(ctx.payload, ['admin'], 'admin')
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  all = (await createClient(server, admin, { name: 'Báo Quảng Trị' })).key
  privileged = (await createClient(server, admin, { name: 'TTXVN', embargoPrivilege: true })).key
  scoped = (await createClient(server, admin, { name: 'Foreign desk', types: ['press-release'], languages: ['en'] })).key

  topicEconomy = (await ctx.payload.create({ collection: slugs.topics, data: { name: 'Kinh tế', slug: 'kinh-te' } as never })).id as number
  await ctx.payload.update({ collection: slugs.topics, id: topicEconomy, locale: 'en', data: { name: 'Economy' } as never })
  image = await createImage(ctx.payload, 'Cầu Hiền Lương')

  pr1 = await approvedItem(
    ctx.payload,
    'press-releases',
    {
      vi: { title: 'Thông cáo một', summary: 'Tóm tắt một', body: ['Đoạn một.', 'Đoạn hai <b>in đậm</b>?'], dateline: 'Đông Hà' },
      en: { title: 'Release one', summary: 'Summary one', body: ['Paragraph one.'], dateline: 'Dong Ha' },
    },
    contributor,
    { topics: [topicEconomy], images: [image] },
  )
  await publish(server, publisher, 'press-releases', pr1)
  clock.advance(60_000)
  pub1 = await approvedItem(ctx.payload, 'publications', { vi: { title: 'Ấn phẩm một', summary: 'Sách ảnh' } }, contributor, { cover: image })
  await publish(server, publisher, 'publications', pub1)
  clock.advance(60_000)
  tm1 = await approvedItem(ctx.payload, 'training-materials', { vi: { title: 'Tài liệu một' }, lo: { title: 'ເອກະສານ ໜຶ່ງ' } }, contributor)
  await publish(server, publisher, 'training-materials', tm1)
  clock.advance(60_000)
  prWithdrawn = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Thông cáo sẽ thu hồi' }, en: { title: 'Release to withdraw' } }, contributor)
  await publish(server, publisher, 'press-releases', prWithdrawn)
  clock.advance(60_000)
  await withdraw(server, publisher, 'press-releases', prWithdrawn, 'Sai số liệu')
  clock.advance(60_000)
  await correct(ctx.payload, server, publisher, contributor, 'press-releases', pr1, 'en', 'Release one (corrected)', 'Fixed the figure in paragraph 2', ['vi', 'en'])
  clock.advance(60_000)
})
afterAll(async () => {
  await server?.close()
  if (ctx) {
    await untrackFeedState(ctx.payload)
    await closeFeed(ctx.payload)
  }
  await ctx?.destroy()
})

describe('GET /feed/v1/items', () => {
  test('needs a key', async () => {
    const res = await fetch(`${server.url}/feed/v1/items`)
    expect(res.status).toBe(401)
  })

  test('published items, newest first, one valid ninjs 3.1 object per language; withdrawn items are not listed', async () => {
    const { status, body } = await json('/items', all)
    expect(status).toBe(200)
    expect(body.next).toBeNull()
    const list = items(body)
    expectNinjs(list)
    // pr1 was corrected last (newest), then the training material, the publication.
    expect(list.map((n) => [n.uri.replace(/^.*items\//, ''), n.version])).toEqual([
      [`press-release:${pr1}?lang=vi`, '2'],
      [`press-release:${pr1}?lang=en`, '2'],
      [`training-material:${tm1}?lang=vi`, '1'],
      [`training-material:${tm1}?lang=lo`, '1'],
      [`publication:${pub1}?lang=vi`, '1'],
    ])
    expect(JSON.stringify(list)).not.toContain('thu hồi')
  })

  test('the ninjs object carries the contract fields, with absolute URLs', async () => {
    const list = items((await json('/items?type=press-release&lang=en', all)).body)
    expect(list).toHaveLength(1)
    const n = list[0]
    expect(n).toMatchObject({
      uri: `http://localhost:3999/feed/v1/items/press-release:${pr1}?lang=en`,
      version: '2',
      pubStatus: 'usable',
      language: 'en',
      type: 'text',
      headlines: [{ role: 'main', contentType: 'text/plain', value: 'Release one (corrected)' }],
      located: 'Dong Ha',
      subjects: [{ name: 'Economy', literal: 'kinh-te', rel: 'about' }],
      altIds: expect.arrayContaining([{ role: 'id', value: `press-release:${pr1}` }, { role: 'releaseNumber', value: expect.stringMatching(/^\d+\/2026$/) }]),
    })
    expect(typeof n.by).toBe('string')
    expect(typeof n.copyrightHolder).toBe('string')
    expect(typeof n.usageTerms).toBe('string')
    expect(n.embargoedUntil).toBeUndefined()
    expect(new Date(n.firstCreated as string).getTime()).toBeLessThan(new Date(n.versionCreated as string).getTime())
    expect(n.descriptions).toEqual([
      { role: 'summary', contentType: 'text/plain', value: 'Summary one' },
      { role: 'correction', contentType: 'text/plain', value: expect.stringContaining('Fixed the figure in paragraph 2') },
    ])
    expect(n.bodies).toEqual([
      { role: 'main', contentType: 'text/html', value: expect.stringContaining('<p>Paragraph one.</p>') },
      { role: 'main', contentType: 'text/plain', value: 'Paragraph one.', charCount: 14, wordCount: 2 },
    ])
    const [assoc] = n.associations as { name: string; uri: string; type: string; renditions: { name: string; href: string; width?: number }[] }[]
    expect(assoc).toMatchObject({ name: 'image-1', rel: 'image', type: 'picture', uri: `http://localhost:3999/api/media/${image}`, by: 'Phóng viên Sở' })
    expect(assoc.renditions.map((r) => r.name)).toEqual(expect.arrayContaining(['original', 'thumbnail', 'card']))
    for (const r of assoc.renditions) expect(r.href).toMatch(/^http:\/\/localhost:3999\/api\/media\/file\//)
    expect(assoc.renditions.find((r) => r.name === 'original')).toMatchObject({ width: 900, height: 600, contentType: 'image/png' })
    // The item's page on the website in this language, by its English slug (ninjs 3.1 has no `links`).
    const slug = ((await ctx.payload.findByID({ collection: 'press-releases', id: pr1, locale: 'en', depth: 0, overrideAccess: true })) as { slug?: string }).slug
    expect(n.renditions).toEqual([{ name: 'web', href: `http://localhost:3999/en/press-releases/${slug}`, contentType: 'text/html', title: 'Release one (corrected)' }])
    // HTML in the body text is escaped, not passed through.
    const vi = items((await json(`/items?type=press-release&lang=vi`, all)).body)[0]
    expect((vi.bodies as { value: string }[])[0].value).toContain('&lt;b&gt;')
  })

  test('filters: type (one or several), lang, topic, updatedSince; limit and next walk every object exactly once', async () => {
    expect(headlines(items((await json('/items?type=publication', all)).body))).toEqual(['Ấn phẩm một'])
    expect(items((await json('/items?type=publication,training-material', all)).body)).toHaveLength(3)
    expect(headlines(items((await json('/items?lang=lo', all)).body))).toEqual(['ເອກະສານ ໜຶ່ງ'])
    expect(items((await json('/items?topic=kinh-te', all)).body).map((n) => n.language)).toEqual(['vi', 'en'])
    expect(items((await json('/items?topic=no-such-topic', all)).body)).toEqual([])
    const since = new Date(clock.now().getTime() - 90_000).toISOString()
    expect(items((await json(`/items?updatedSince=${encodeURIComponent(since)}`, all)).body).map((n) => n.language)).toEqual(['vi', 'en'])

    const everything = items((await json('/items', all)).body).map((n) => n.uri)
    const walked: string[] = []
    let next: string | null = null
    let pages = 0
    do {
      const { status, body } = await json(`/items?limit=2${next ? `&cursor=${next}` : ''}`, all)
      expect(status).toBe(200)
      expect(items(body).length).toBeLessThanOrEqual(2)
      walked.push(...items(body).map((n) => n.uri))
      next = body.next as string | null
      pages += 1
    } while (next && pages < 20)
    expect(walked).toEqual(everything)
  })

  test('a page cursor stays valid while new items are published (keyset, nothing repeated or skipped)', async () => {
    const first = await json('/items?limit=2', all)
    const extra = await approvedItem(ctx.payload, 'partner-media', { vi: { title: 'Sản phẩm đối tác mới' } }, contributor)
    clock.advance(1000)
    await publish(server, publisher, 'partner-media', extra)
    const rest = await json(`/items?limit=100&cursor=${first.body.next as string}`, all)
    const seen = [...items(first.body), ...items(rest.body)].map((n) => n.uri)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen).toHaveLength(5)
    expect(seen.some((u) => u.includes('partner-media'))).toBe(false)
    expect(items((await json('/items', all)).body)[0].uri).toContain(`partner-media:${extra}`)
  })

  test.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=ten', 'limit'],
    ['limit=1&limit=2', 'limit'],
    ['lang=fr', 'lang'],
    ['type=article', 'type'],
    ['type=press-release,video', 'type'],
    ['topic=%20x%20', 'topic'],
    ['updatedSince=yesterday', 'updatedSince'],
    ['updatedSince=2026-13-45T00:00:00Z', 'updatedSince'],
    ['cursor=not-a-cursor', 'cursor'],
    [`cursor=${Buffer.from('["c1",3]').toString('base64url')}`, 'cursor'],
    ['page=2', 'page'],
  ])('%s → 400 naming %s', async (qs, name) => {
    const { status, body } = await json(`/items?${qs}`, all)
    expect(status).toBe(400)
    expect((body.errors as { message: string }[])[0].message).toContain(`"${name}"`)
  })
})

describe('GET /feed/v1/items/{id}', () => {
  test('one language version, ?lang= and ?version=N for an earlier published version', async () => {
    const current = await json(`/items/press-release:${pr1}?lang=en`, all)
    expect(current.status).toBe(200)
    expect(current.body).toMatchObject({ version: '2', headlines: [{ value: 'Release one (corrected)' }] })
    const byDefault = await json(`/items/press-release:${pr1}`, all)
    expect(byDefault.body).toMatchObject({ language: 'vi', headlines: [{ value: 'Thông cáo một' }] })
    const v1 = await json(`/items/press-release:${pr1}?lang=en&version=1`, all)
    expect(v1.status).toBe(200)
    expect(v1.body).toMatchObject({ version: '1', headlines: [{ value: 'Release one' }], uri: current.body.uri })
    expect(JSON.stringify(v1.body.descriptions)).not.toContain('correction')
    expect((await json(`/items/press-release:${pr1}?version=2`, all)).body).toMatchObject({ version: '2' })
    expectNinjs([current.body, byDefault.body, v1.body])
    for (const path of [`/items/press-release:${pr1}?version=3`, `/items/press-release:${pr1}?lang=lo`, `/items/publication:${pr1 + 1000}`]) {
      const res = await json(path, all)
      expect({ path, status: res.status }).toEqual({ path, status: 404 })
    }
    expect((await json(`/items/${pr1}`, all)).status).toBe(400)
    expect((await json(`/items/press-release:${pr1}?version=0`, all)).status).toBe(400)
  })

  test('?version=N answers only in the languages published in that version: vi-only v1 gives no English, v2 does', async () => {
    const id = await approvedItem(ctx.payload, 'training-materials', { vi: { title: 'Tài liệu hai phiên bản' } }, contributor)
    await publish(server, publisher, 'training-materials', id)
    clock.advance(1000)
    await ctx.payload.update({ collection: 'training-materials', id, locale: 'en', draft: true, data: { [titleField['training-materials']]: 'Material in two versions' } as never })
    await markApproved(ctx.payload, 'training-materials', id, contributor, ['vi', 'en'])
    await publish(server, publisher, 'training-materials', id, ['vi', 'en'])
    clock.advance(1000)
    const ref = `training-material:${id}`
    expect(await json(`/items/${ref}?lang=en&version=1`, all)).toMatchObject({
      status: 404,
      body: { errors: [{ message: `Version 1 of ${ref} was not published in "en"` }] },
    })
    expect((await json(`/items/${ref}?lang=vi&version=1`, all)).body).toMatchObject({ version: '1', language: 'vi', headlines: [{ value: 'Tài liệu hai phiên bản' }] })
    expect((await json(`/items/${ref}?lang=en&version=2`, all)).body).toMatchObject({ version: '2', language: 'en', headlines: [{ value: 'Material in two versions' }] })
    expect((await json(`/items/${ref}?lang=en`, all)).body).toMatchObject({ version: '2', language: 'en', headlines: [{ value: 'Material in two versions' }] })
  })

  test('a seeded or imported item (trusted writes publishing vi, then en) has no English in version 1, never the Vietnamese headline tagged en', async () => {
    // As src/seed does it: create published in Vietnamese, then publish each translation by update.
    const base = await contentData(ctx.payload, 'publications', { vi: 'Ấn phẩm nhập từ hệ thống cũ' })
    const created = await ctx.payload.create({ collection: 'publications', locale: 'vi', data: { ...base, _status: 'published' } as never, context: { seed: true } })
    clock.advance(1000)
    await ctx.payload.update({ collection: 'publications', id: created.id, locale: 'en', data: { [titleField.publications]: 'Imported publication', _status: 'published' } as never, context: { seed: true } })
    clock.advance(1000)
    const ref = `publication:${created.id}`
    expect(await json(`/items/${ref}?lang=en&version=1`, all)).toMatchObject({
      status: 404,
      body: { errors: [{ message: `Version 1 of ${ref} was not published in "en"` }] },
    })
    expect((await json(`/items/${ref}?lang=vi&version=1`, all)).body).toMatchObject({ version: '1', language: 'vi', headlines: [{ value: 'Ấn phẩm nhập từ hệ thống cũ' }] })
    expect((await json(`/items/${ref}?lang=en&version=2`, all)).body).toMatchObject({ version: '2', language: 'en', headlines: [{ value: 'Imported publication' }] })
  })

  test('a withdrawn item is a tombstone: pubStatus canceled, the reason, no content', async () => {
    const { status, body } = await json(`/items/press-release:${prWithdrawn}?lang=en`, all)
    expect(status).toBe(200)
    expectNinjs([body])
    expect(body).toMatchObject({ pubStatus: 'canceled', version: '2', headlines: [{ value: 'Release to withdraw' }], descriptions: [{ role: 'withdrawal', value: 'Sai số liệu' }] })
    expect(body.bodies).toBeUndefined()
    expect(body.associations).toBeUndefined()
  })

  test('scopes: out of scope reads exactly like "does not exist"; lists are filtered', async () => {
    const list = items((await json('/items', scoped)).body)
    expect(list.map((n) => n.uri.replace(/^.*items\//, ''))).toEqual([`press-release:${pr1}?lang=en`])
    expect(items((await json('/items?type=publication', scoped)).body)).toEqual([])
    expect(items((await json('/items?lang=vi', scoped)).body)).toEqual([])
    const missing = await json(`/items/publication:999999`, scoped)
    const otherType = await json(`/items/publication:${pub1}`, scoped)
    const otherLang = await json(`/items/press-release:${pr1}?lang=vi`, scoped)
    expect(missing.status).toBe(404)
    expect(otherType).toMatchObject({ status: 404, body: missing.body })
    expect(otherLang).toMatchObject({ status: 404, body: missing.body })
    expect((await json(`/items/press-release:${pr1}`, scoped)).body).toMatchObject({ language: 'en' })
  })
})

describe('embargo', () => {
  test('hidden from clients without the privilege until exactly the embargo time; privileged clients see it marked', async () => {
    const embargo = new Date(clock.now().getTime() + 2 * HOUR)
    const id = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Thông cáo cấm đăng' } }, contributor, { embargoUntil: embargo.toISOString() })
    clock.advance(1000)
    await publish(server, publisher, 'press-releases', id)
    const path = `/items/press-release:${id}`
    const etagBefore = (await get('/items', all)).headers.get('etag')

    expect((await json(path, all)).status).toBe(404)
    expect(headlines(items((await json('/items', all)).body))).not.toContain('Thông cáo cấm đăng')
    const seen = await json(path, privileged)
    expect(seen.status).toBe(200)
    expect(seen.body).toMatchObject({ pubStatus: 'usable', embargoedUntil: embargo.toISOString() })
    expectNinjs([seen.body])
    expect(items((await json('/items', privileged)).body)[0]).toMatchObject({ headlines: [{ value: 'Thông cáo cấm đăng' }], embargoedUntil: embargo.toISOString() })

    clock.set(new Date(embargo.getTime() - 1))
    expect((await json(path, all)).status).toBe(404)
    expect((await get('/items', all)).headers.get('etag')).toBe(etagBefore)

    clock.set(embargo)
    const released = await json(path, all)
    expect(released.status).toBe(200)
    expect(released.body.embargoedUntil).toBeUndefined()
    expect((await json(path, privileged)).body.embargoedUntil).toBeUndefined()
    expect(headlines(items((await json('/items', all)).body))[0]).toBe('Thông cáo cấm đăng')
    // The embargo passing changed what the list shows, so its ETag changed too (before any job ran).
    expect((await get('/items', all)).headers.get('etag')).not.toBe(etagBefore)
  })
})

describe('conditional GET', () => {
  test('ETag and Last-Modified on every feed response; If-None-Match → 304 without reading the database', async () => {
    for (const path of ['/items', `/items/press-release:${pr1}`, '/changes']) {
      const first = await get(path, all)
      expect(first.status).toBe(200)
      const etag = first.headers.get('etag') as string
      expect(etag).toMatch(/^W\/".+"$/)
      expect(new Date(first.headers.get('last-modified') as string).getTime()).not.toBeNaN()
      await get(path, all, { 'if-none-match': etag }) // warm the key cache
      const counter = countReads(ctx.payload)
      try {
        const again = await get(path, all, { 'if-none-match': etag })
        expect(again.status).toBe(304)
        expect(await again.text()).toBe('')
        expect(again.headers.get('etag')).toBe(etag)
        expect(counter.read()).toEqual([])
      } finally {
        counter.restore()
      }
      // Another client, another query: another tag.
      expect((await get(path, privileged)).headers.get('etag')).not.toBe(etag)
    }
    // If-Modified-Since alone never yields a 304 (Last-Modified is only to the second).
    expect((await get('/items', all, { 'if-modified-since': new Date(Date.now() + HOUR).toUTCString() })).status).toBe(200)
    const a = (await get('/items?lang=vi&limit=5', all)).headers.get('etag')
    expect((await get('/items?limit=5&lang=vi', all)).headers.get('etag')).toBe(a)
    expect((await get('/items?limit=6&lang=vi', all)).headers.get('etag')).not.toBe(a)
  })

  test('a new publication changes the ETag', async () => {
    const before = await get('/items', all)
    const etag = before.headers.get('etag') as string
    expect((await get('/items', all, { 'if-none-match': etag })).status).toBe(304)
    const id = await approvedItem(ctx.payload, 'publications', { vi: { title: 'Ấn phẩm mới cho ETag' } }, contributor)
    clock.advance(1000)
    await publish(server, publisher, 'publications', id)
    const after = await get('/items', all, { 'if-none-match': etag })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(etag)
    expect(JSON.stringify(await after.json())).toContain('Ấn phẩm mới cho ETag')
  })
})
