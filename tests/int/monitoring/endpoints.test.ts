import { slugs } from '../../../src/domain'
import { POLL_TASK } from '../../../src/monitoring/schedule'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { authHeader, createUser, type TestUser } from '../../helpers/users'

/** OPML import/export, health and "poll now" over HTTP, with who may use them. */
let ctx: TestContext
let server: TestServer
let editor: TestUser
let contributor: TestUser

async function boot() {
  ctx = await bootPayload()
  server = await startServer(ctx)
  editor = await createUser(ctx.payload, ['editor'], 'editor')
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
}
async function shutdown() {
  await server?.close()
  await ctx?.destroy()
}
beforeAll(boot)
afterAll(shutdown)

const api = (path: string, init: RequestInit = {}, user?: TestUser) =>
  fetch(`${server.url}/api/${slugs.monitoringSources}${path}`, { ...init, headers: { connection: 'close', ...(user ? authHeader(user) : {}), ...(init.headers ?? {}) } })

const importOpml = (text: string, user: TestUser | null = editor) => api('/opml', { method: 'POST', body: text, headers: { 'content-type': 'text/x-opml' } }, user ?? undefined)

const opml = (outlines: string) => `<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0"><head><title>Nguồn</title></head><body>${outlines}</body></opml>`

const sources = async () =>
  (await ctx.payload.find({ collection: slugs.monitoringSources, sort: 'url', depth: 0, pagination: false })).docs.map((s) => ({
    name: s.name,
    url: s.url,
    outlet: s.outlet,
    language: s.language,
    country: s.country,
    intervalMinutes: s.intervalMinutes,
    active: s.active,
    fetchArticles: s.fetchArticles,
  }))

describe('OPML', () => {
  test('an import creates the new sources, skips the known ones and names the outlines it refused', async () => {
    const first = await importOpml(
      opml(`<outline text="Nhân Dân" type="rss" xmlUrl="https://nhandan.example/rss" outlet="Báo Nhân Dân" language="vi" category="VN" intervalMinutes="30"/>
      <outline text="Folder"><outline text="Vientiane Times" type="rss" xmlUrl="https://vt.example/feed" language="en" category="la" fetchArticles="true"/></outline>
      <outline text="Bad language" type="rss" xmlUrl="https://x.example/feed" language="fr"/>
      <outline text="Bad country" type="rss" xmlUrl="https://y.example/feed" category="XX"/>
      <outline text="Not http" type="rss" xmlUrl="ftp://z.example/feed"/>`),
    )
    expect(first.status).toBe(200)
    expect(await first.json()).toEqual({
      created: 2,
      skipped: 0,
      errors: [
        'Bad language: language "fr" is not one of vi, en, lo, other',
        'Bad country: category "XX" is not an ISO 3166-1 alpha-2 country code',
        'Not http: xmlUrl "ftp://z.example/feed" is not an http(s) URL',
      ],
    })
    const again = await importOpml(opml('<outline text="Nhân Dân" type="rss" xmlUrl="https://nhandan.example/rss"/>'))
    expect(await again.json()).toEqual({ created: 0, skipped: 1, errors: [] })
    expect(await sources()).toEqual([
      { name: 'Nhân Dân', url: 'https://nhandan.example/rss', outlet: 'Báo Nhân Dân', language: 'vi', country: 'VN', intervalMinutes: 30, active: true, fetchArticles: false },
      { name: 'Vientiane Times', url: 'https://vt.example/feed', outlet: 'Vientiane Times', language: 'en', country: 'LA', intervalMinutes: 60, active: true, fetchArticles: true },
    ])
  })

  test.each([
    ['not XML at all', 'hello', /^The body is not an OPML document/],
    ['truncated XML', '<opml version="2.0"><body><outline text="a" xmlUrl="https://a.example/f"', /^The body is not an OPML document/],
    ['an empty body', '', /^The body must be an OPML document/],
  ])('%s → 400 and nothing created', async (_name, body, message) => {
    const before = await ctx.payload.count({ collection: slugs.monitoringSources })
    const response = await importOpml(body)
    expect(response.status).toBe(400)
    const json = (await response.json()) as { errors: { message: string }[] }
    expect(json.errors[0]!.message).toMatch(message)
    expect(await ctx.payload.count({ collection: slugs.monitoringSources })).toEqual(before)
  })

  test('signed out → 401, a contributor → 403, for export and import', async () => {
    expect((await api('/opml')).status).toBe(401)
    expect((await api('/opml', {}, contributor)).status).toBe(403)
    expect((await importOpml(opml('<outline text="A" xmlUrl="https://a.example/f"/>'), null)).status).toBe(401)
    expect((await importOpml(opml('<outline text="A" xmlUrl="https://a.example/f"/>'), contributor)).status).toBe(403)
    expect(await ctx.payload.count({ collection: slugs.monitoringSources, where: { url: { equals: 'https://a.example/f' } } })).toEqual({ totalDocs: 0 })
  })

  test('export → import into a fresh database gives the same sources', async () => {
    await ctx.payload.create({
      collection: slugs.monitoringSources,
      data: { name: 'Pasaxon', url: 'https://pasaxon.example/rss', outlet: 'ປະຊາຊົນ', language: 'lo', country: 'LA', intervalMinutes: 120, active: false, fetchArticles: false },
    })
    const exported = await api('/opml', {}, editor)
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-type')).toBe('text/x-opml; charset=utf-8')
    expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename="monitoring-sources-\d{4}-\d{2}-\d{2}\.opml"$/)
    const text = await exported.text()
    const before = await sources()
    expect(before).toHaveLength(3)
    await shutdown()
    await boot()
    expect(await sources()).toEqual([])
    const imported = await importOpml(text)
    expect(await imported.json()).toEqual({ created: 3, skipped: 0, errors: [] })
    expect(await sources()).toEqual(before)
  })
})

describe('health and poll now', () => {
  test('staff read each source\'s health; signed out → 401', async () => {
    const source = await ctx.payload.create({ collection: slugs.monitoringSources, data: { name: 'Health', url: 'https://health.example/rss', outlet: 'H', language: 'vi', country: 'VN', intervalMinutes: 60 } })
    await ctx.payload.update({
      collection: slugs.monitoringSources,
      id: source.id,
      data: { health: { lastSuccessAt: '2026-12-07T08:00:00.000Z', lastError: 'http: HTTP 503', consecutiveFailures: 2, itemsFound: 7, nextPollAt: '2026-12-07T12:00:00.000Z' } },
    })
    const response = await api('/health', {}, contributor)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { sources: unknown[] }
    expect(body.sources).toContainEqual({
      id: source.id,
      name: 'Health',
      active: true,
      lastSuccessAt: '2026-12-07T08:00:00.000Z',
      lastError: 'http: HTTP 503',
      lastErrorAt: null,
      consecutiveFailures: 2,
      itemsFound: 7,
      nextPollAt: '2026-12-07T12:00:00.000Z',
    })
    expect((await api('/health')).status).toBe(401)
  })

  test('poll now queues one job (not twice), for editors only; an unknown source → 404', async () => {
    const source = await ctx.payload.create({ collection: slugs.monitoringSources, data: { name: 'Now', url: 'https://now.example/rss', outlet: 'N', language: 'vi', country: 'VN', intervalMinutes: 60, active: false } })
    expect((await api(`/${source.id}/poll`, { method: 'POST' })).status).toBe(401)
    expect((await api(`/${source.id}/poll`, { method: 'POST' }, contributor)).status).toBe(403)
    const first = await api(`/${source.id}/poll`, { method: 'POST' }, editor)
    expect(first.status).toBe(202)
    expect(await first.json()).toEqual({ queued: true, message: 'Poll queued' })
    const second = await api(`/${source.id}/poll`, { method: 'POST' }, editor)
    expect(await second.json()).toEqual({ queued: false, message: 'A poll of this feed is already waiting' })
    const { docs } = await ctx.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: POLL_TASK } }, depth: 0 })
    expect(docs.map((j) => j.input)).toEqual([{ source: String(source.id) }])
    expect((await api('/999999/poll', { method: 'POST' }, editor)).status).toBe(404)
  })

  test('the health group is the poller\'s: an editor\'s write to it changes nothing', async () => {
    const source = await ctx.payload.create({ collection: slugs.monitoringSources, data: { name: 'RO', url: 'https://ro.example/rss', outlet: 'R', language: 'vi', country: 'VN', intervalMinutes: 60 } })
    const response = await api(`/${source.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'RO2', health: { itemsFound: 99 } }) }, editor)
    expect(response.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: slugs.monitoringSources, id: source.id, depth: 0 })
    expect([stored.name, stored.health?.itemsFound]).toEqual(['RO2', 0])
  })

  test('a source URL must be http(s) and unique, and a country an ISO code', async () => {
    const create = (data: Record<string, unknown>) =>
      api('', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'V', outlet: 'V', language: 'vi', ...data }) }, editor)
    expect((await create({ url: 'ftp://v.example/rss', country: 'VN' })).status).toBe(400)
    expect((await create({ url: 'https://v.example/rss', country: 'XX' })).status).toBe(400)
    expect((await create({ url: 'https://v.example/rss', country: 'la' })).status).toBe(201)
    expect((await create({ url: 'https://v.example/rss', country: 'VN' })).status).toBe(400)
    const [stored] = (await ctx.payload.find({ collection: slugs.monitoringSources, where: { url: { equals: 'https://v.example/rss' } }, depth: 0 })).docs
    expect(stored!.country).toBe('LA')
  })
})
