import { asPrincipal, loadReviewQueue } from '../../../src/admin/workflow/reviewQueue'
import { paragraphsToLexical } from '../../../src/lib/lexical'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp'
import { createUser, type TestUser } from '../../helpers/users'
import { act, stateOf } from '../../helpers/workflow'
import { addSubscriber, pass } from '../email-send/helpers'
import { call, createClient, type Res } from '../feed-keys/helpers'
import { loadNinjsValidator } from '../feed-items/ninjsSchema'

/**
 * Argument briefs through the real workflow (REST draft, submit, approve by another user, publish):
 * a restricted brief is absent from every public channel and present only for accredited
 * journalists (email, a real SMTP server) and agency clients with the `briefings` scope; a public
 * brief is on the site and in the feeds like any release. Every assertion re-reads the system.
 */

const clock = manualClock()
const validate = loadNinjsValidator()
let ctx: TestContext
let server: TestServer
let sink: SmtpSink
let contributor: TestUser
let editor: TestUser
let publisher: TestUser
let everyType: string // no types listed: every content type, public briefs only
let briefingsScope: string // `briefing` named: restricted briefs too
let pressOnly: string // press releases only
let topicId: number | string

type Texts = { title: string; summary: string; body: string }
const RESTRICTED: Record<'vi' | 'en' | 'lo', Texts> = {
  vi: { title: 'Lập luận về tin đồn sạt lở cầu Hiền Lương', summary: 'Thông tin chính xác về cầu Hiền Lương.', body: 'Cầu vẫn an toàn, kiểm định xylofrond ngày 1/12.' },
  en: { title: 'Brief on the Hien Luong bridge collapse rumour', summary: 'Accurate facts on the Hien Luong bridge.', body: 'The bridge is safe; xylofrond inspection on 1 December.' },
  lo: { title: 'ເອກະສານຊີ້ແຈງ ຂົວຫ່ຽນເລືອງ', summary: 'ຂໍ້ມູນທີ່ຖືກຕ້ອງ ກ່ຽວກັບຂົວ.', body: 'ຂົວຍັງປອດໄພ xylofrond.' },
}
const PUBLIC: Record<'vi' | 'en' | 'lo', Texts> = {
  vi: { title: 'Làm rõ thông tin về giá vé cửa khẩu Lao Bảo', summary: 'Giá vé không thay đổi.', body: 'Giá vé giữ nguyên, quabbelnox.' },
  en: { title: 'Clarifying the Lao Bao border gate fees', summary: 'Fees are unchanged.', body: 'Fees stay the same, quabbelnox.' },
  lo: { title: 'ຊີ້ແຈງ ຄ່າທຳນຽມ ດ່ານລາວບາວ', summary: 'ຄ່າທຳນຽມບໍ່ປ່ຽນ.', body: 'ຄ່າທຳນຽມຄືເກົ່າ quabbelnox.' },
}
const langs = ['vi', 'en', 'lo'] as const

let restrictedId: number
let publicId: number
const slugOf: Record<string, Record<string, string>> = {}

const get = (path: string, init: { key?: string; user?: TestUser } = {}) => call(server, path, init)
const gql = (query: string) => call(server, '/api/graphql', { method: 'POST', body: { query } })

/** A brief written by the contributor over REST in three languages, submitted, approved by the editor, published by the publisher. */
async function briefThroughWorkflow(texts: Record<'vi' | 'en' | 'lo', Texts>, audience?: 'public' | 'restricted'): Promise<number> {
  const first = await call(server, `/api/${slugs.briefings}?draft=true&locale=vi`, {
    method: 'POST',
    user: contributor,
    body: { ...(audience ? { audience } : {}), topics: [topicId], title: texts.vi.title, summary: texts.vi.summary, body: paragraphsToLexical([texts.vi.body]) },
  })
  expect(first.status).toBe(201)
  const id = (first.json().doc as { id: number }).id
  for (const l of ['en', 'lo'] as const) {
    const res = await call(server, `/api/${slugs.briefings}/${id}?draft=true&locale=${l}`, {
      method: 'PATCH',
      user: contributor,
      body: { title: texts[l].title, summary: texts[l].summary, body: paragraphsToLexical([texts[l].body]) },
    })
    expect(res.status).toBe(200)
  }
  expect((await act(server, contributor, slugs.briefings, id, { action: 'submit' })).status).toBe(200)
  expect((await act(server, editor, slugs.briefings, id, { action: 'approve', locales: [...langs] })).status).toBe(200)
  expect(await act(server, publisher, slugs.briefings, id, { action: 'publish', locales: [...langs] })).toMatchObject({ status: 200, body: { state: 'published' } })
  const staff = (await ctx.payload.findByID({ collection: slugs.briefings, id, locale: 'all', depth: 0, overrideAccess: true })) as unknown as { slug: Record<string, string> }
  slugOf[id] = staff.slug
  return id
}

const received = (address: string) => sink.messages.filter((m) => m.to.includes(address))
type N = Record<string, unknown> & { uri: string; headlines?: { value: string }[] }
const headlinesIn = (res: Res, field: 'items' | 'changes'): string[] => {
  const body = res.json()
  const list = field === 'items' ? (body.items as N[]) : (body.changes as { items: N[] }[]).flatMap((c) => c.items)
  return list.map((n) => n.headlines?.[0]?.value ?? '')
}

beforeAll(async () => {
  clock.set(new Date('2026-12-01T01:00:00Z'))
  sink = await startSmtpSink()
  ctx = await bootPayload({ SMTP_URL: sink.url }, { custom: { clock } })
  server = await startServer(ctx)
  await pass(ctx) // email starts on this database now, before any event
  const admin = await createUser(ctx.payload, ['admin'], 'admin')
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  editor = await createUser(ctx.payload, ['editor'], 'editor')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  topicId = (await ctx.payload.create({ collection: slugs.topics, data: { name: 'Thông tin đối ngoại', slug: 'thong-tin-doi-ngoai' } as never })).id
  everyType = (await createClient(server, admin, { name: 'Báo Quảng Trị' })).key
  briefingsScope = (await createClient(server, admin, { name: 'TTXVN thường trú', types: ['press-release', 'briefing'] })).key
  pressOnly = (await createClient(server, admin, { name: 'Foreign desk', types: ['press-release'] })).key
  await addSubscriber(ctx.payload, { email: 'accredited-vi@ttxvn.vn', language: 'vi', accredited: true })
  await addSubscriber(ctx.payload, { email: 'accredited-en@vna.vn', language: 'en', accredited: true })
  await addSubscriber(ctx.payload, { email: 'accredited-lo@kpl.la', language: 'lo', accredited: true })
  await addSubscriber(ctx.payload, { email: 'reader@bao.vn', language: 'vi' })
  await addSubscriber(ctx.payload, { email: 'briefs-only@bao.vn', language: 'en', contentTypes: ['briefings'] })
  await addSubscriber(ctx.payload, { email: 'releases-only@bao.vn', language: 'vi', contentTypes: ['press-releases'] })

  restrictedId = await briefThroughWorkflow(RESTRICTED) // the collection's default audience
  await pass(ctx)
  clock.set(new Date('2026-12-01T02:00:00Z'))
  publicId = await briefThroughWorkflow(PUBLIC, 'public')
  await pass(ctx)
})

afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
  await sink?.close()
})

describe('a restricted brief (the default audience) is absent from every public channel', () => {
  test('it is stored restricted and published through the workflow; staff read it', async () => {
    const staff = await ctx.payload.findByID({ collection: slugs.briefings, id: restrictedId, depth: 0, overrideAccess: true })
    expect({ audience: staff.audience, state: staff.state, _status: staff._status }).toEqual({ audience: 'restricted', state: 'published', _status: 'published' })
    const asEditor = await get(`/api/${slugs.briefings}/${restrictedId}?locale=en`, { user: editor })
    expect(asEditor.status).toBe(200)
    expect((asEditor.json() as { title: string }).title).toBe(RESTRICTED.en.title)
  })

  test('REST, anonymous: by id 404 in every language, and absent from lists, counts, locale=all and draft=true', async () => {
    for (const l of langs) {
      const byId = await get(`/api/${slugs.briefings}/${restrictedId}?locale=${l}`)
      expect(byId.status).toBe(404)
      expect(byId.text).not.toContain(RESTRICTED[l].title)
    }
    const list = await get(`/api/${slugs.briefings}?limit=100&locale=all`)
    expect(list.status).toBe(200)
    expect((list.json().docs as { id: number }[]).map((d) => d.id)).toEqual([publicId])
    const draft = await get(`/api/${slugs.briefings}?limit=100&draft=true`)
    expect((draft.json().docs as { id: number }[]).map((d) => d.id)).toEqual([publicId])
    const count = await get(`/api/${slugs.briefings}/count?where[id][equals]=${restrictedId}`)
    expect(count.json()).toEqual({ totalDocs: 0 })
    const versions = await get(`/api/${slugs.briefings}/versions?where[parent][equals]=${restrictedId}`)
    expect(versions.status).toBe(403)
  })

  test('the Local API with a non-staff reader (overrideAccess: false, no user) does not find it', async () => {
    const found = await ctx.payload.find({ collection: slugs.briefings, overrideAccess: false, locale: 'vi', limit: 100 })
    expect(found.docs.map((d) => d.id)).toEqual([publicId])
  })

  test('GraphQL, anonymous: neither by id nor in the list', async () => {
    const one = await gql(`{ Briefing(id: ${restrictedId}, locale: vi) { title } }`)
    expect(one.status).toBe(200)
    expect(one.text).not.toContain(RESTRICTED.vi.title)
    expect(one.json().data).toEqual({ Briefing: null })
    const list = await gql(`{ Briefings(limit: 100, locale: en) { docs { id title } } }`)
    expect(list.json().data).toEqual({ Briefings: { docs: [{ id: publicId, title: PUBLIC.en.title }] } })
  })

  test('the website: its item page answers 404 in each language; lists, home, topic page, sitemap and search leave it out', async () => {
    for (const l of langs) {
      const page = await get(`/${l}/briefings/${encodeURIComponent(slugOf[restrictedId][l])}`)
      expect(page.status).toBe(404)
      expect(page.text).not.toContain(RESTRICTED[l].title)
      const list = await get(`/${l}/briefings`)
      expect(list.status).toBe(200)
      expect(list.text).not.toContain(RESTRICTED[l].title)
      expect(list.text).toContain(PUBLIC[l].title)
      const home = await get(`/${l}`)
      expect(home.status).toBe(200)
      expect(home.text).not.toContain(RESTRICTED[l].title)
      const topic = await get(`/${l}/topics/thong-tin-doi-ngoai`)
      expect(topic.status).toBe(200)
      expect(topic.text).not.toContain(RESTRICTED[l].title)
      expect(topic.text).toContain(PUBLIC[l].title)
      const search = await get(`/${l}/search?q=xylofrond`)
      expect(search.status).toBe(200)
      expect(search.text).not.toContain(RESTRICTED[l].title)
    }
    const found = await get('/en/search?q=quabbelnox')
    expect(found.text).toContain(PUBLIC.en.title)
    const sitemap = await get('/sitemap.xml')
    expect(sitemap.status).toBe(200)
    for (const l of langs) {
      expect(sitemap.text).not.toContain(`/${l}/briefings/${encodeURIComponent(slugOf[restrictedId][l])}`)
      expect(sitemap.text).toContain(`/${l}/briefings/${encodeURIComponent(slugOf[publicId][l])}`)
    }
  })

  test('the website: a public item relating to the restricted brief does not show it among its related items', async () => {
    const created = await call(server, `/api/${slugs.pressReleases}?draft=true&locale=vi`, {
      method: 'POST',
      user: contributor,
      body: { headline: 'Thông cáo có liên kết tài liệu', related: [{ relationTo: slugs.briefings, value: restrictedId }, { relationTo: slugs.briefings, value: publicId }] },
    })
    const id = (created.json().doc as { id: number }).id
    expect((await act(server, contributor, slugs.pressReleases, id, { action: 'submit' })).status).toBe(200)
    expect((await act(server, editor, slugs.pressReleases, id, { action: 'approve' })).status).toBe(200)
    expect((await act(server, publisher, slugs.pressReleases, id, { action: 'publish' })).status).toBe(200)
    const slug = ((await ctx.payload.findByID({ collection: slugs.pressReleases, id, depth: 0, overrideAccess: true })) as { slug: string }).slug
    const page = await get(`/vi/press-releases/${encodeURIComponent(slug)}`)
    expect(page.status).toBe(200)
    expect(page.text).toContain(PUBLIC.vi.title)
    expect(page.text).not.toContain(RESTRICTED.vi.title)
    const rest = await get(`/api/${slugs.pressReleases}/${id}?depth=2`)
    expect(rest.status).toBe(200)
    expect(rest.text).not.toContain(RESTRICTED.vi.title)
  })

  test('the public RSS, Atom and JSON feeds leave it out and carry the public brief', async () => {
    for (const l of langs) {
      for (const file of ['rss.xml', 'atom.xml', 'feed.json']) {
        const feed = await get(`/feed/v1/${l}/${file}`)
        expect(feed.status).toBe(200)
        expect(feed.text).not.toContain(RESTRICTED[l].title)
        expect(feed.text).toContain(PUBLIC[l].title)
      }
    }
  })

  test('the agency API without the briefings scope: not in /items, not by id (404), not in /changes, not in search', async () => {
    for (const key of [everyType, pressOnly]) {
      const items = await get('/feed/v1/items?limit=100', { key })
      expect(items.status).toBe(200)
      for (const l of langs) expect(headlinesIn(items, 'items')).not.toContain(RESTRICTED[l].title)
      const typed = await get('/feed/v1/items?type=briefing&limit=100', { key })
      expect(typed.status).toBe(200)
      // Out of its types: nothing; of every type: the public brief only.
      expect(headlinesIn(typed, 'items').sort()).toEqual(key === pressOnly ? [] : [PUBLIC.en.title, PUBLIC.lo.title, PUBLIC.vi.title].sort())
      const byId = await get(`/feed/v1/items/briefing:${restrictedId}`, { key })
      expect(byId.status).toBe(404)
      expect(byId.json()).toMatchObject({ errors: [{ message: 'Item not found' }] })
      const version = await get(`/feed/v1/items/briefing:${restrictedId}?version=1`, { key })
      expect(version.status).toBe(404)
      const changes = await get('/feed/v1/changes?limit=100', { key })
      expect(changes.status).toBe(200)
      for (const l of langs) expect(headlinesIn(changes, 'changes')).not.toContain(RESTRICTED[l].title)
      expect((changes.json().changes as { id: string }[]).map((c) => c.id)).not.toContain(`briefing:${restrictedId}`)
      const search = await get('/feed/v1/items?q=xylofrond', { key })
      expect(search.status).toBe(200)
      expect(search.json().items).toEqual([])
    }
    // A client of every type reads the public brief like any other item.
    const everything = await get('/feed/v1/items?type=briefing&limit=100', { key: everyType })
    expect(headlinesIn(everything, 'items').sort()).toEqual([PUBLIC.en.title, PUBLIC.lo.title, PUBLIC.vi.title].sort())
    expect((await get(`/feed/v1/items/briefing:${publicId}?lang=en`, { key: everyType })).status).toBe(200)
    expect((await get(`/feed/v1/items/briefing:${publicId}`, { key: pressOnly })).status).toBe(404)
  })

  test('the change feed without the scope: its event is skipped like another type\'s, so no page or cursor stops on it', async () => {
    // The restricted brief's event is the first of the log: a page of one starts with the public brief's.
    const first = await get('/feed/v1/changes?limit=1', { key: everyType })
    expect(first.status).toBe(200)
    const page = first.json() as { changes: { id: string; seq: number }[]; next: string | null; cursor: string }
    expect(page.changes.map((c) => c.id)).toEqual([`briefing:${publicId}`])
    const all = (await get('/feed/v1/changes?limit=100', { key: briefingsScope })).json() as { changes: { id: string; seq: number; cursor: string }[] }
    const publicChange = all.changes.find((c) => c.id === `briefing:${publicId}`)
    expect(page.cursor).toBe(publicChange?.cursor)
  })

  test('email: a non-accredited subscriber never receives it, whatever their content types', async () => {
    for (const address of ['reader@bao.vn', 'briefs-only@bao.vn', 'releases-only@bao.vn']) {
      for (const m of received(address)) for (const l of langs) expect(`${m.parsed.subject} ${m.parsed.text}`).not.toContain(RESTRICTED[l].title)
    }
    const deliveries = await ctx.payload.find({ collection: slugs.emailDeliveries, where: { email: { in: ['reader@bao.vn', 'briefs-only@bao.vn', 'releases-only@bao.vn'] } }, limit: 0, pagination: false, depth: 1, overrideAccess: true })
    const forRestricted = deliveries.docs.filter((d) => typeof d.mailing === 'object' && d.mailing !== null && String(d.mailing.itemId) === String(restrictedId) && d.mailing.itemCollection === slugs.briefings)
    expect(forRestricted).toEqual([])
  })
})

describe('a restricted brief reaches those it is for', () => {
  test('accredited journalists receive it by email once, in their language, marked restricted and without a public link', async () => {
    const expected = { 'accredited-vi@ttxvn.vn': 'vi', 'accredited-en@vna.vn': 'en', 'accredited-lo@kpl.la': 'lo' } as const
    for (const [address, l] of Object.entries(expected)) {
      const mails = received(address).filter((m) => (m.parsed.text ?? '').includes(RESTRICTED[l].body))
      expect(mails.length).toBe(1)
      expect(mails[0].parsed.headers.get('content-language')).toBe(l)
      expect(mails[0].parsed.subject).toContain(RESTRICTED[l].title)
      expect(mails[0].parsed.subject).toMatch(/^\[(HẠN CHẾ|RESTRICTED|ຈຳກັດ)\]/)
      expect(mails[0].parsed.text).not.toContain(`/briefings/${slugOf[restrictedId][l]}`)
    }
  })

  test('an agency client with the briefings scope reads it in /items, by id, by version and in /changes, as valid ninjs marked restricted', async () => {
    const items = await get('/feed/v1/items?type=briefing&limit=100', { key: briefingsScope })
    expect(items.status).toBe(200)
    expect(headlinesIn(items, 'items').sort()).toEqual([...langs.map((l) => RESTRICTED[l].title), ...langs.map((l) => PUBLIC[l].title)].sort())
    for (const l of langs) {
      const byId = await get(`/feed/v1/items/briefing:${restrictedId}?lang=${l}`, { key: briefingsScope })
      expect(byId.status).toBe(200)
      const ninjs = byId.json() as N
      expect(ninjs.headlines?.[0]?.value).toBe(RESTRICTED[l].title)
      expect(ninjs).toMatchObject({ type: 'text', profile: 'quangtri-newsroom/briefing', genres: [{ literal: 'argument-brief' }], edNote: expect.stringContaining('Restricted') })
      expect(String(ninjs.usageTerms)).toMatch(/^(Hạn chế|Restricted)/)
      expect((ninjs.renditions as { name: string }[]).map((r) => r.name)).not.toContain('web')
      if (validate) expect(validate(ninjs)).toEqual([])
    }
    const publicNinjs = (await get(`/feed/v1/items/briefing:${publicId}?lang=vi`, { key: briefingsScope })).json() as N
    expect(publicNinjs).toMatchObject({ genres: [{ literal: 'argument-brief' }] })
    expect(publicNinjs.edNote).toBeUndefined()
    expect((publicNinjs.renditions as { name: string }[]).map((r) => r.name)).toContain('web')
    if (validate) expect(validate(publicNinjs)).toEqual([])
    expect((await get(`/feed/v1/items/briefing:${restrictedId}?version=1`, { key: briefingsScope })).status).toBe(200)
    const changes = await get('/feed/v1/changes?limit=100', { key: briefingsScope })
    expect(changes.status).toBe(200)
    const change = (changes.json().changes as { id: string; type: string; languages: string[] }[]).find((c) => c.id === `briefing:${restrictedId}`)
    expect(change).toMatchObject({ type: 'published', languages: ['vi', 'en', 'lo'] })
    const search = await get('/feed/v1/items?q=xylofrond', { key: briefingsScope })
    expect(headlinesIn(search, 'items').length).toBeGreaterThan(0)
    const me = await get('/feed/v1/me', { key: briefingsScope })
    expect(me.json()).toMatchObject({ types: ['press-release', 'briefing'], restrictedBriefings: true })
    expect((await get('/feed/v1/me', { key: everyType })).json()).toMatchObject({ restrictedBriefings: false })
  })
})

describe('a public brief is mailed like any release', () => {
  test('subscribers whose content types include briefings (or all) receive it; releases-only subscribers do not', async () => {
    for (const address of ['reader@bao.vn', 'briefs-only@bao.vn', 'accredited-vi@ttxvn.vn', 'accredited-en@vna.vn', 'accredited-lo@kpl.la']) {
      const mails = received(address).filter((m) => langs.some((l) => (m.parsed.subject ?? '').includes(PUBLIC[l].title)))
      expect({ address, count: mails.length }).toEqual({ address, count: 1 })
    }
    expect(received('releases-only@bao.vn').filter((m) => langs.some((l) => (m.parsed.subject ?? '').includes(PUBLIC[l].title)))).toEqual([])
    const page = await get(`/en/briefings/${encodeURIComponent(slugOf[publicId].en)}`)
    expect(page.status).toBe(200)
    expect(page.text).toContain(PUBLIC.en.title)
  })
})

describe('four eyes', () => {
  test('the editor who submitted a brief cannot approve it; another editor can', async () => {
    const created = await call(server, `/api/${slugs.briefings}?draft=true&locale=vi`, { method: 'POST', user: editor, body: { title: 'Tài liệu do biên tập viên soạn' } })
    expect(created.status).toBe(201)
    const id = (created.json().doc as { id: number }).id
    expect((await act(server, editor, slugs.briefings, id, { action: 'submit' })).status).toBe(200)
    const own = await act(server, editor, slugs.briefings, id, { action: 'approve' })
    expect(own).toMatchObject({ status: 403, body: { errors: [{ message: 'You submitted this item: someone else must approve it (four eyes)' }] } })
    expect(await stateOf(ctx.payload, slugs.briefings, id)).toBe('inReview')
    const other = await createUser(ctx.payload, ['editor'], 'other-editor')
    // The review queue of the other editor holds it, titled as the brief.
    const queue = await loadReviewQueue(ctx.payload, asPrincipal(other.user), 'vi')
    expect(queue.filter((q) => q.collection === slugs.briefings).map((q) => [q.id, q.title, q.task])).toEqual([[id, 'Tài liệu do biên tập viên soạn', 'review']])
    expect((await act(server, other, slugs.briefings, id, { action: 'approve' })).status).toBe(200)
    expect(await stateOf(ctx.payload, slugs.briefings, id)).toBe('approved')
  })
})
