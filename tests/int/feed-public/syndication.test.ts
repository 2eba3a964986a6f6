import Parser from 'rss-parser'
import sharp from 'sharp'

import { contentCollections } from '../../../src/domain'
import { untrackFeedState } from '../../../src/feed/etag'
import { feedTitle } from '../../../src/feed/syndication'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { authHeader, createUser, type TestUser } from '../../helpers/users'
import { act } from '../../helpers/workflow'

/**
 * The public feeds read back by a real feed parser: exactly the released items of each language
 * appear (never drafts, withdrawn, staff-only, unpublished languages or embargoed items until the
 * embargo passes), with links, summaries, dates, topics and image enclosures; ETag and 304.
 */

const clock = manualClock(new Date('2026-12-01T01:00:00Z'))
let ctx: TestContext
let server: TestServer
let contributor: TestUser
let editor: TestUser
let publisher: TestUser
let topicId: number | string
let imageId: number | string
let imageUrl: string
const ids: Record<string, number | string> = {}
let embargoUntil: Date

const parser = new Parser({ customFields: { item: [['category', 'categoryElements', { keepArray: true }]] } })

type Res = { status: number; text: string; headers: Headers }
async function get(path: string, headers: Record<string, string> = {}): Promise<Res> {
  const res = await fetch(`${server.url}${path}`, { headers })
  return { status: res.status, text: await res.text(), headers: res.headers }
}
async function call(path: string, method: string, user: TestUser, body: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...authHeader(user) },
    body: JSON.stringify(body),
  })
  const json = (await res.json()) as { doc?: { id: number | string }; errors?: unknown }
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

type Spec = {
  collection: string
  texts: Partial<Record<'vi' | 'en' | 'lo', Record<string, string>>>
  extra?: Record<string, unknown>
  /** Languages approved and published; default: every language with a text. */
  publish?: ('vi' | 'en' | 'lo')[]
  stop?: 'draft'
}

/** Written by a contributor over REST, then submitted, approved and published by others. */
async function throughWorkflow(spec: Spec): Promise<number | string> {
  const [first, ...rest] = Object.entries(spec.texts) as [string, Record<string, string>][]
  const created = await call(`/api/${spec.collection}?draft=true&locale=${first[0]}`, 'POST', contributor, { ...spec.extra, ...first[1] })
  const id = created.doc!.id
  for (const [locale, text] of rest) await call(`/api/${spec.collection}/${id}?draft=true&locale=${locale}`, 'PATCH', contributor, text)
  if (spec.stop === 'draft') return id
  const locales = spec.publish ?? Object.keys(spec.texts)
  expect(await act(server, contributor, spec.collection, id, { action: 'submit' })).toMatchObject({ status: 200 })
  expect(await act(server, editor, spec.collection, id, { action: 'approve', locales })).toMatchObject({ status: 200 })
  const published = await act(server, publisher, spec.collection, id, { action: 'publish', locales })
  expect(published).toMatchObject({ status: 200, body: { state: 'published' } })
  return id
}

beforeAll(async () => {
  ctx = await bootPayload({}, { custom: { clock } })
  server = await startServer(ctx)
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  editor = await createUser(ctx.payload, ['editor'], 'editor')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  const { payload } = ctx

  const topic = await payload.create({ collection: slugs.topics, locale: 'vi', data: { name: 'Hợp tác & đầu tư', slug: 'hop-tac-dau-tu' } as never })
  topicId = topic.id
  await payload.update({ collection: slugs.topics, id: topicId, locale: 'en', data: { name: 'Cooperation & investment' } as never })
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#b22222' } }).png().toBuffer()
  const media = await payload.create({
    collection: slugs.media,
    data: { alt: 'Cảng Cửa Việt' } as never,
    file: { data: png, mimetype: 'image/png', name: 'cang-cua-viet.png', size: png.length },
  })
  imageId = media.id
  imageUrl = (media as { url: string }).url
  const partner = await payload.create({ collection: slugs.partners, data: { name: 'Đài Phát thanh Savannakhet', kind: 'lao-media' } as never })

  // Published in Vietnamese and English, with a topic and an image.
  clock.set(new Date('2026-12-01T02:00:00Z'))
  ids.bilingual = await throughWorkflow({
    collection: slugs.pressReleases,
    texts: {
      vi: { headline: 'Quảng Trị đón đoàn đầu tư Nhật Bản', summary: 'Đoàn 20 doanh nghiệp làm việc tại Khu kinh tế Đông Nam.' },
      en: { headline: 'Quang Tri welcomes Japanese investors', summary: 'A delegation of 20 companies visited the Southeast Economic Zone.' },
    },
    extra: { topics: [topicId], images: [imageId] },
  })
  // A publication with an English translation that is not published: Vietnamese only.
  clock.set(new Date('2026-12-01T03:00:00Z'))
  ids.viOnly = await throughWorkflow({
    collection: slugs.publications,
    texts: { vi: { title: 'Sách ảnh Quảng Trị khát vọng hòa bình' }, en: { title: 'Quang Tri photo book (unfinished translation)' } },
    extra: { kind: 'photo-book', cover: imageId },
    publish: ['vi'],
  })
  // A public training material in English and Lao; a staff-only one never appears.
  clock.set(new Date('2026-12-01T04:00:00Z'))
  ids.training = await throughWorkflow({
    collection: slugs.trainingMaterials,
    texts: { vi: { title: 'Sổ tay tập huấn quan hệ báo chí' }, en: { title: 'Media relations workshop handbook' }, lo: { title: 'ຄູ່ມືຝຶກອົບຮົມ ການພົວພັນສື່' } },
    extra: { visibility: 'public' },
    publish: ['en', 'lo'],
  })
  ids.staffOnly = await throughWorkflow({
    collection: slugs.trainingMaterials,
    texts: { vi: { title: 'Tài liệu nội bộ cho cán bộ' } },
    extra: { visibility: 'staff' },
  })
  // Partner media in Lao.
  clock.set(new Date('2026-12-01T05:00:00Z'))
  ids.lao = await throughWorkflow({
    collection: slugs.partnerMedia,
    texts: { vi: { title: 'Phóng sự Quảng Trị – Savannakhet' }, lo: { title: 'ສາລະຄະດີ ກວາງຈິ – ສະຫວັນນະເຂດ' } },
    extra: { partner: partner.id, kind: 'video', media: [imageId] },
    publish: ['lo'],
  })
  // A draft, and an item published then withdrawn.
  ids.draft = await throughWorkflow({ collection: slugs.pressReleases, texts: { vi: { headline: 'Bản nháp chưa duyệt' }, en: { headline: 'Unreviewed draft' } }, stop: 'draft' })
  ids.withdrawn = await throughWorkflow({ collection: slugs.pressReleases, texts: { vi: { headline: 'Thông cáo đã thu hồi' }, en: { headline: 'Withdrawn release' } } })
  expect((await act(server, publisher, slugs.pressReleases, ids.withdrawn, { action: 'withdraw', note: 'Sự kiện bị hủy' })).status).toBe(200)
  // An embargoed press release, published now, visible from the embargo on.
  clock.set(new Date('2026-12-01T06:00:00Z'))
  embargoUntil = new Date('2026-12-01T09:00:00Z')
  ids.embargoed = await throughWorkflow({
    collection: slugs.pressReleases,
    texts: { vi: { headline: 'Thông cáo cấm đăng đến 16 giờ' } },
    extra: { embargoUntil: embargoUntil.toISOString() },
  })
  clock.set(new Date('2026-12-01T07:00:00Z'))
})

afterAll(async () => {
  if (ctx) await untrackFeedState(ctx.payload)
  await server?.close()
  await ctx?.destroy()
})

const titles = {
  bilingualVi: 'Quảng Trị đón đoàn đầu tư Nhật Bản',
  bilingualEn: 'Quang Tri welcomes Japanese investors',
  viOnly: 'Sách ảnh Quảng Trị khát vọng hòa bình',
  trainingEn: 'Media relations workshop handbook',
  trainingLo: 'ຄູ່ມືຝຶກອົບຮົມ ການພົວພັນສື່',
  lao: 'ສາລະຄະດີ ກວາງຈິ – ສະຫວັນນະເຂດ',
  embargoed: 'Thông cáo cấm đăng đến 16 giờ',
}
const before = {
  vi: [titles.viOnly, titles.bilingualVi],
  en: [titles.trainingEn, titles.bilingualEn],
  lo: [titles.lao, titles.trainingLo],
}

type JsonFeed = {
  version: string
  title: string
  home_page_url?: string
  feed_url?: string
  language?: string
  items: { id: string; url?: string; title?: string; content_text?: string; content_html?: string; summary?: string; image?: string; date_published?: string; date_modified?: string; tags?: string[]; attachments?: { url: string; mime_type: string }[] }[]
}

async function readAll(lang: string) {
  const rss = await get(`/feed/v1/${lang}/rss.xml`)
  const atom = await get(`/feed/v1/${lang}/atom.xml`)
  const json = await get(`/feed/v1/${lang}/feed.json`)
  expect([rss.status, atom.status, json.status]).toEqual([200, 200, 200])
  return {
    rss: { res: rss, feed: await parser.parseString(rss.text) },
    atom: { res: atom, feed: await parser.parseString(atom.text) },
    json: { res: json, feed: JSON.parse(json.text) as JsonFeed },
  }
}

/** The JSON Feed 1.1 rules a reader relies on (https://www.jsonfeed.org/version/1.1/). */
function expectJsonFeed11(feed: JsonFeed) {
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
  expect(typeof feed.title).toBe('string')
  expect(Array.isArray(feed.items)).toBe(true)
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
  for (const item of feed.items) {
    expect(typeof item.id).toBe('string')
    expect(typeof item.content_text === 'string' || typeof item.content_html === 'string').toBe(true)
    if (item.date_published) expect(item.date_published).toMatch(rfc3339)
    if (item.date_modified) expect(item.date_modified).toMatch(rfc3339)
    if (item.url) expect(() => new URL(item.url!)).not.toThrow()
  }
}

describe('which items appear in each language', () => {
  test.each(['vi', 'en', 'lo'] as const)('%s: exactly the released items, newest first, in RSS, Atom and JSON Feed', async (lang) => {
    const { rss, atom, json } = await readAll(lang)
    expect(rss.feed.items.map((i) => i.title)).toEqual(before[lang])
    expect(atom.feed.items.map((i) => i.title)).toEqual(before[lang])
    expect(json.feed.items.map((i) => i.title)).toEqual(before[lang])
    expectJsonFeed11(json.feed)
    expect(rss.feed.title).toBe(feedTitle(lang))
    expect(atom.feed.title).toBe(feedTitle(lang))
    expect(json.feed.title).toBe(feedTitle(lang))
    expect(json.feed.language).toBe(lang)
    expect(rss.feed.language).toBe(lang)
    const all = rss.res.text + atom.res.text + json.res.text
    for (const hidden of ['Bản nháp chưa duyệt', 'Unreviewed draft', 'Thông cáo đã thu hồi', 'Withdrawn release', 'Tài liệu nội bộ', titles.embargoed, 'unfinished translation', ...(lang === 'vi' ? ['Sổ tay tập huấn', 'Phóng sự Quảng Trị'] : [])]) {
      expect(all).not.toContain(hidden)
    }
  })

  test('the Vietnamese title is the one shown in the brief', () => {
    expect(feedTitle('vi')).toBe('Thông tin đối ngoại Quảng Trị – Thông cáo báo chí và ấn phẩm')
  })

  test('content types and self links', async () => {
    const { rss, atom, json } = await readAll('en')
    expect(rss.res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(atom.res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    expect(json.res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    expect(rss.feed.feedUrl).toBe('http://localhost:3999/feed/v1/en/rss.xml')
    expect(atom.res.text).toContain('<link rel="self" href="http://localhost:3999/feed/v1/en/atom.xml"/>')
    expect(json.feed.feed_url).toBe('http://localhost:3999/feed/v1/en/feed.json')
  })
})

describe('what an entry carries', () => {
  test('link, summary, dates, topics and the image as an absolute enclosure', async () => {
    const { rss, atom, json } = await readAll('en')
    // The entry links to the item's page on the website; its id stays the REST address it always was.
    const link = 'http://localhost:3999/en/press-releases/quang-tri-welcomes-japanese-investors'
    const id = `http://localhost:3999/api/press-releases/${ids.bilingual}?locale=en`
    const image = new URL(imageUrl, 'http://localhost:3999').toString()
    expect(image).toMatch(/^http:\/\/localhost:3999\/api\/media\/file\/cang-cua-viet.*\.png$/)

    const r = rss.feed.items.find((i) => i.title === titles.bilingualEn)!
    expect(r.link).toBe(link)
    expect(r.contentSnippet).toBe('A delegation of 20 companies visited the Southeast Economic Zone.')
    expect(r.isoDate).toBe('2026-12-01T02:00:00.000Z')
    expect((r.categories as unknown[]).map((c) => (typeof c === 'string' ? c : (c as { _: string })._))).toEqual(['Cooperation & investment'])
    expect(r.enclosure).toMatchObject({ url: image, type: 'image/png' })
    expect(Number(r.enclosure!.length)).toBeGreaterThan(0)

    const a = atom.feed.items.find((i) => i.title === titles.bilingualEn)! as Parser.Item & { id?: string; summary?: string; categoryElements?: { $: { term: string; label: string } }[] }
    expect(a.link).toBe(link)
    expect(a.id).toBe(id)
    expect(a.summary).toBe('A delegation of 20 companies visited the Southeast Economic Zone.')
    expect(a.isoDate).toBe('2026-12-01T02:00:00.000Z')
    expect(a.categoryElements?.map((c) => c.$)).toEqual([expect.objectContaining({ term: 'hop-tac-dau-tu', label: 'Cooperation & investment' })])
    expect(atom.res.text).toContain(`<link rel="enclosure" href="${image}"`)
    expect(atom.res.text).toMatch(/rel="enclosure"[^>]* type="image\/png"/)

    const j = json.feed.items.find((i) => i.title === titles.bilingualEn)!
    expect(r.guid).toBe(id)
    expect(j).toMatchObject({
      id,
      url: link,
      summary: 'A delegation of 20 companies visited the Southeast Economic Zone.',
      image,
      date_published: '2026-12-01T02:00:00.000Z',
      tags: ['Cooperation & investment'],
      attachments: [expect.objectContaining({ url: image, mime_type: 'image/png' })],
    })

    // The publication's cover and the partner media's first image are their enclosures too.
    const vi = await readAll('vi')
    expect(vi.json.feed.items.find((i) => i.title === titles.viOnly)?.image).toBe(image)
    const lo = await readAll('lo')
    expect(lo.json.feed.items.find((i) => i.title === titles.lao)?.image).toBe(image)
    expect(lo.json.feed.items.find((i) => i.title === titles.trainingLo)?.image).toBeUndefined()
  })

  test('the link answers publicly with the item in that language', async () => {
    const res = await get('/en/press-releases/quang-tri-welcomes-japanese-investors')
    expect(res.status).toBe(200)
    expect(res.text).toContain(`<h1>${titles.bilingualEn}</h1>`)
  })

  test('the feed links the website’s home page in its language', async () => {
    const { rss, atom, json } = await readAll('lo')
    expect(rss.feed.link).toBe('http://localhost:3999/lo')
    expect(atom.res.text).toContain('<link rel="alternate" href="http://localhost:3999/lo"/>')
    expect(json.feed.home_page_url).toBe('http://localhost:3999/lo')
  })
})

describe('unknown language', () => {
  test.each(['fr', 'VI', 'all'])('%s answers 404 with a JSON error naming the languages', async (lang) => {
    for (const file of ['rss.xml', 'atom.xml', 'feed.json']) {
      const res = await get(`/feed/v1/${lang}/${file}`)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toMatch(/^application\/json/)
      expect(JSON.parse(res.text)).toEqual({ errors: [{ message: `No feed in language "${lang}": use one of vi, en, lo` }] })
    }
  })
})

describe('conditional GET and the embargo (runs last: it publishes and moves the clock)', () => {
  test('ETag and Last-Modified on every feed; If-None-Match answers 304 without reading content', async () => {
    for (const file of ['rss.xml', 'atom.xml', 'feed.json']) {
      const first = await get(`/feed/v1/vi/${file}`)
      const etag = first.headers.get('etag')!
      expect(etag).toMatch(/^W\/"[\w-]+"$/)
      expect(new Date(first.headers.get('last-modified')!).toISOString()).toBe('2026-12-01T03:00:00.000Z')
      // Count the content reads made while answering (the shared feed state may read content-events).
      const original = ctx.payload.find.bind(ctx.payload)
      const contentReads: string[] = []
      ctx.payload.find = ((args: { collection: string }) => {
        if ((contentCollections as readonly string[]).includes(args.collection)) contentReads.push(args.collection)
        return original(args as never)
      }) as typeof ctx.payload.find
      try {
        const again = await get(`/feed/v1/vi/${file}`, { 'If-None-Match': etag })
        expect(again.status).toBe(304)
        expect(again.text).toBe('')
        expect(again.headers.get('etag')).toBe(etag)
        expect(contentReads).toEqual([])
      } finally {
        ctx.payload.find = original
      }
      expect((await get(`/feed/v1/vi/${file}`, { 'If-None-Match': '"something-else"' })).status).toBe(200)
      expect((await get(`/feed/v1/vi/${file}`, { 'If-Modified-Since': first.headers.get('last-modified')! })).status).toBe(304)
    }
  })

  test('the embargoed release appears exactly when the embargo passes, with a new ETag', async () => {
    clock.set(new Date(embargoUntil.getTime() - 1000))
    const hidden = await get('/feed/v1/vi/feed.json')
    expect(hidden.text).not.toContain(titles.embargoed)
    const etag = hidden.headers.get('etag')!

    clock.set(new Date(embargoUntil.getTime() + 1000))
    expect((await get('/feed/v1/vi/feed.json', { 'If-None-Match': etag })).status).toBe(200)
    const { rss, atom, json } = await readAll('vi')
    const expected = [titles.embargoed, ...before.vi]
    expect(rss.feed.items.map((i) => i.title)).toEqual(expected)
    expect(atom.feed.items.map((i) => i.title)).toEqual(expected)
    expect(json.feed.items.map((i) => i.title)).toEqual(expected)
    // Its public date is when it became visible, not when it was approved for release.
    expect(json.feed.items[0]!.date_published).toBe(embargoUntil.toISOString())
    expect((await readAll('en')).json.feed.items.map((i) => i.title)).toEqual(before.en)
  })

  test('a new publication changes the ETag at once', async () => {
    const old = await get('/feed/v1/en/atom.xml')
    clock.set(new Date('2026-12-01T10:00:00Z'))
    await throughWorkflow({ collection: slugs.pressReleases, texts: { vi: { headline: 'Thông cáo mới' }, en: { headline: 'Fresh English release' } } })
    const res = await get('/feed/v1/en/atom.xml', { 'If-None-Match': old.headers.get('etag')! })
    expect(res.status).toBe(200)
    expect((await parser.parseString(res.text)).items[0]!.title).toBe('Fresh English release')
  })

  test('a withdrawal takes the item out of the feed at once', async () => {
    const old = await get('/feed/v1/en/rss.xml')
    expect(old.text).toContain(titles.bilingualEn)
    expect((await act(server, publisher, slugs.pressReleases, ids.bilingual, { action: 'withdraw', note: 'Sai thông tin' })).status).toBe(200)
    const res = await get('/feed/v1/en/rss.xml', { 'If-None-Match': old.headers.get('etag')! })
    expect(res.status).toBe(200)
    expect(res.text).not.toContain(titles.bilingualEn)
  })
})
