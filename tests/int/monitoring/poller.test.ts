import { MONITORING_QUEUE, slugs } from '../../../src/domain'
import { storyKey } from '../../../src/monitoring/canonical'
import { enqueueDuePolls, enqueuePoll, POLL_TASK } from '../../../src/monitoring/schedule'
import type { MonitoringSource } from '../../../src/payload-types'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, type TestContext } from '../../helpers/boot'
import { atomFeed, jsonFeed, rssFeed, startFeedServer, type FeedServer } from '../../helpers/feedServer'

/**
 * The poller end to end: fixture feeds on a real HTTP server, the `monitoring` queue run by Payload's
 * job runner, clippings and health re-read from the database.
 */
const START = new Date('2026-12-07T09:00:00.000Z')
const clock = manualClock(START)
let ctx: TestContext
let feeds: FeedServer
let counter = 0

// The timeout is generous (a loaded CI machine answers a local feed slowly); the slow fixture waits longer.
beforeAll(async () => {
  ctx = await bootPayload({ MONITORING_FETCH_TIMEOUT_MS: '3000', MONITORING_MAX_BYTES: '65536', MONITORING_MAX_REDIRECTS: '3' }, { custom: { clock } })
  feeds = await startFeedServer()
})
afterAll(async () => {
  await feeds?.close()
  await ctx?.destroy()
})
beforeEach(() => clock.set(START))

async function addSource(path: string, data: Partial<MonitoringSource> = {}) {
  counter += 1
  return ctx.payload.create({
    collection: slugs.monitoringSources,
    data: { name: `Nguồn ${counter}`, url: `${feeds.url}${path}`, outlet: `Báo ${counter}`, language: 'vi', country: 'VN', intervalMinutes: 60, ...data },
  })
}

/** The scheduling step, then the queue as the runner runs it. */
async function pollDue() {
  await enqueueDuePolls(ctx.payload, clock.now())
  await ctx.payload.jobs.run({ queue: MONITORING_QUEUE, limit: 100 })
}

const sourceOf = (id: number) => ctx.payload.findByID({ collection: slugs.monitoringSources, id, depth: 0 })
const clippingsOf = async (source: number) =>
  (await ctx.payload.find({ collection: slugs.clippings, where: { source: { equals: source } }, sort: 'url', depth: 0, pagination: false })).docs
const clippingAt = async (url: string) => (await ctx.payload.find({ collection: slugs.clippings, where: { url: { equals: url } }, depth: 0 })).docs

describe('matching in the three languages', () => {
  test('an RSS feed: entries naming the province with or without diacritics are kept, the others are not', async () => {
    const path = `/rss-${++counter}.xml`
    feeds.set(path, {
      body: rssFeed([
        { title: 'Quang Tri thu hút đầu tư', url: `https://bao.example/${path}/1?utm_source=rss`, description: '<p>Tin <b>kinh tế</b></p>' },
        { title: 'Tin Hà Nội', url: `https://bao.example/${path}/2`, description: 'Ông Quang Trinh nói' },
        { title: 'Lễ hội', url: `https://bao.example/${path}/3`, description: 'Khách đến Đông Hà đông vui' },
      ]),
    })
    const source = await addSource(path, { outlet: 'Báo Nhân Dân', country: 'VN', language: 'vi' })
    await pollDue()
    const kept = await clippingsOf(source.id)
    expect(kept.map((c) => ({ url: c.url, title: c.title, excerpt: c.excerpt, outlet: c.outlet, country: c.country, language: c.language, status: c.status, keywords: c.matches?.map((m) => m.keyword) }))).toEqual([
      { url: `https://bao.example/${path}/1`, title: 'Quang Tri thu hút đầu tư', excerpt: 'Tin kinh tế', outlet: 'Báo Nhân Dân', country: 'VN', language: 'vi', status: 'new', keywords: ['Quảng Trị', 'Quang Tri'] },
      { url: `https://bao.example/${path}/3`, title: 'Lễ hội', excerpt: 'Khách đến Đông Hà đông vui', outlet: 'Báo Nhân Dân', country: 'VN', language: 'vi', status: 'new', keywords: ['Đông Hà', 'Dong Ha'] },
    ])
    expect(kept[0]!.publishedAt).toBe('2026-12-07T08:00:00.000Z')
    expect(kept[0]!.firstSeenAt).toBe(START.toISOString())
    expect(kept[0]!.storyKey).toBe('quang tri thu hut dau tu')
    const { health } = await sourceOf(source.id)
    expect(health).toMatchObject({
      lastSuccessAt: START.toISOString(),
      lastCheckedAt: START.toISOString(),
      lastError: null,
      consecutiveFailures: 0,
      itemsFound: 2,
      lastStatus: 200,
      nextPollAt: new Date(START.getTime() + 60 * 60_000).toISOString(),
    })
  })

  test('an Atom feed in English and a JSON Feed in Lao', async () => {
    const atomPath = `/atom-${++counter}.xml`
    feeds.set(atomPath, {
      contentType: 'application/atom+xml',
      body: atomFeed([
        { title: 'Trade at the LAO BAO border gate', url: `https://news.example/${atomPath}/a` },
        { title: 'Weather in Hue', url: `https://news.example/${atomPath}/b` },
      ]),
    })
    const jsonPath = `/json-${++counter}.json`
    feeds.set(jsonPath, {
      contentType: 'application/feed+json',
      body: jsonFeed([
        { title: 'ຂ່າວ', url: `https://lao.example/${jsonPath}/1`, description: '<p>ຄະນະຜູ້ແທນແຂວງກວາງຕີຢ້ຽມຢາມ</p>' },
        { title: 'ຂ່າວສະຫວັນນະເຂດ', url: `https://lao.example/${jsonPath}/2`, description: 'ແຂວງສະຫວັນນະເຂດ' },
      ]),
    })
    const english = await addSource(atomPath, { language: 'en', country: 'US', outlet: 'News Example' })
    const lao = await addSource(jsonPath, { language: 'lo', country: 'LA', outlet: 'Pasaxon' })
    await pollDue()
    expect((await clippingsOf(english.id)).map((c) => [c.title, c.language, c.country, c.matches?.map((m) => `${m.language}:${m.keyword}`)])).toEqual([
      ['Trade at the LAO BAO border gate', 'en', 'US', ['vi:Lao Bảo', 'en:Lao Bao']],
    ])
    expect((await clippingsOf(lao.id)).map((c) => [c.excerpt, c.language, c.country, c.matches?.map((m) => `${m.language}:${m.keyword}`)])).toEqual([
      ['ຄະນະຜູ້ແທນແຂວງກວາງຕີຢ້ຽມຢາມ', 'lo', 'LA', ['lo:ແຂວງກວາງຕີ', 'lo:ກວາງຕີ']],
    ])
  })

  test('the settings global replaces the default rules', async () => {
    await ctx.payload.updateGlobal({ slug: 'monitoring-settings', data: { rules: [{ keyword: 'Cửa Việt', language: 'vi' }] } })
    try {
      const path = `/rules-${++counter}.xml`
      feeds.set(path, { body: rssFeed([{ title: 'Biển Cua Viet', url: `https://r.example${path}/1` }, { title: 'Quảng Trị', url: `https://r.example${path}/2` }]) })
      const source = await addSource(path)
      await pollDue()
      expect((await clippingsOf(source.id)).map((c) => c.title)).toEqual(['Biển Cua Viet'])
    } finally {
      await ctx.payload.updateGlobal({ slug: 'monitoring-settings', data: { rules: [] } })
    }
  })
})

describe('article text', () => {
  test('with fetchArticles, the article page is read (Readability) and matched; its text is kept without markup or scripts', async () => {
    const n = ++counter
    const paragraph = 'Hoạt động xuất nhập khẩu qua cửa khẩu quốc tế Lao Bảo tăng mạnh trong năm nay, theo số liệu của cơ quan hải quan tỉnh. '
    feeds.set(`/article-${n}.html`, {
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><title>Kinh tế</title><script>window.secret = "do not keep"</script></head><body><nav>Trang chủ | Thời sự</nav><article><h1>Kinh tế cửa khẩu</h1><p>${paragraph.repeat(4)}</p><p>${paragraph.repeat(3)}</p></article><footer>Bản quyền</footer></body></html>`,
    })
    feeds.set(`/with-articles-${n}.xml`, { body: rssFeed([{ title: 'Kinh tế cửa khẩu', url: `${feeds.url}/article-${n}.html`, description: 'Tin kinh tế' }]) })
    feeds.set(`/without-articles-${n}.xml`, { body: rssFeed([{ title: 'Kinh tế cửa khẩu', url: `${feeds.url}/article-${n}.html?utm_source=x`, description: 'Tin kinh tế' }]) })
    const without = await addSource(`/without-articles-${n}.xml`)
    await pollDue()
    expect(await clippingsOf(without.id)).toEqual([])
    const withArticles = await addSource(`/with-articles-${n}.xml`, { fetchArticles: true })
    await pollDue()
    const [kept] = await clippingsOf(withArticles.id)
    expect(kept!.matches?.map((m) => m.keyword)).toEqual(['Lao Bảo', 'Lao Bao'])
    expect(kept!.articleText).toContain(paragraph.trim())
    expect(kept!.articleText).not.toMatch(/secret|<p>|Bản quyền/)
  })
})

describe('polls over time', () => {
  test('a second poll is conditional; 304 is a success with nothing new', async () => {
    const path = `/etag-${++counter}.xml`
    feeds.set(path, { etag: '"v1"', lastModified: 'Mon, 07 Dec 2026 08:00:00 GMT', body: rssFeed([{ title: 'Quảng Trị mùa lúa', url: `https://e.example${path}/1` }]) })
    const source = await addSource(path)
    await pollDue()
    clock.advance(61 * 60_000)
    await pollDue()
    const [first, second] = feeds.requestsTo(path)
    expect(first!.headers['if-none-match']).toBeUndefined()
    expect(second!.headers['if-none-match']).toBe('"v1"')
    expect(second!.headers['if-modified-since']).toBe('Mon, 07 Dec 2026 08:00:00 GMT')
    expect(second!.headers['user-agent']).toMatch(/^QuangTri-Newsroom-Monitoring\//)
    const { health } = await sourceOf(source.id)
    expect(health).toMatchObject({ lastStatus: 304, lastSuccessAt: clock.now().toISOString(), consecutiveFailures: 0, itemsFound: 1 })
    expect(await clippingsOf(source.id)).toHaveLength(1)
  })

  test('a feed whose items change: the new entry is kept, the old one not twice', async () => {
    const path = `/changing-${++counter}.xml`
    const one = { title: 'Khe Sanh đón khách', url: `https://c.example${path}/1` }
    feeds.set(path, { body: rssFeed([one]) })
    const source = await addSource(path)
    await pollDue()
    feeds.set(path, { body: rssFeed([{ title: 'Cồn Cỏ có điện lưới', url: `https://c.example${path}/2` }, one]) })
    clock.advance(60 * 60_000)
    await pollDue()
    expect((await clippingsOf(source.id)).map((c) => c.title)).toEqual(['Khe Sanh đón khách', 'Cồn Cỏ có điện lưới'])
    expect((await sourceOf(source.id)).health?.itemsFound).toBe(2)
  })

  test('a source is not due before its next poll, and an inactive one never', async () => {
    const n = ++counter
    const path = `/due-${n}.xml`
    feeds.set(path, { body: rssFeed([]) })
    feeds.set(`/inactive-${n}.xml`, { body: rssFeed([{ title: 'Quảng Trị', url: `https://i.example/${n}` }]) })
    const source = await addSource(path, { intervalMinutes: 30 })
    const inactive = await addSource(`/inactive-${n}.xml`, { active: false })
    await pollDue()
    clock.advance(29 * 60_000)
    await pollDue()
    expect(feeds.requestsTo(path)).toHaveLength(1)
    clock.advance(60_000)
    await pollDue()
    expect(feeds.requestsTo(path)).toHaveLength(2)
    expect(feeds.requestsTo(`/inactive-${n}.xml`)).toHaveLength(0)
    expect((await sourceOf(inactive.id)).health?.lastCheckedAt ?? null).toBeNull()
    expect((await sourceOf(source.id)).health?.nextPollAt).toBe(new Date(clock.now().getTime() + 30 * 60_000).toISOString())
  })

  test('a source with a pending job gets no second one', async () => {
    const path = `/pending-${++counter}.xml`
    feeds.set(path, { body: rssFeed([]) })
    const source = await addSource(path)
    expect(await enqueueDuePolls(ctx.payload, clock.now())).toBeGreaterThanOrEqual(1)
    expect(await enqueuePoll(ctx.payload, source.id)).toEqual({ queued: false })
    await enqueueDuePolls(ctx.payload, clock.now())
    const { totalDocs } = await ctx.payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: POLL_TASK } }, { 'input.source': { equals: String(source.id) } }] } })
    expect(totalDocs).toBe(1)
    await ctx.payload.jobs.run({ queue: MONITORING_QUEUE, limit: 100 })
    expect(feeds.requestsTo(path)).toHaveLength(1)
  })
})

describe('one story, many outlets', () => {
  test('the same article (canonical URL) from another source is recorded in alsoAt, once', async () => {
    const n = ++counter
    const article = `https://vnexpress.example/quang-tri-${n}`
    feeds.set(`/a-${n}.xml`, { body: rssFeed([{ title: 'Quảng Trị khởi công cảng Mỹ Thủy', url: `${article}?utm_medium=rss#top` }]) })
    feeds.set(`/b-${n}.xml`, { body: rssFeed([{ title: 'Quảng Trị khởi công cảng Mỹ Thủy', url: `${article}/` }]) })
    const a = await addSource(`/a-${n}.xml`, { outlet: 'VnExpress' })
    await pollDue()
    const b = await addSource(`/b-${n}.xml`, { outlet: 'Tuổi Trẻ' })
    clock.advance(60_000)
    await pollDue()
    clock.advance(60 * 60_000)
    await pollDue()
    const [clipping, ...others] = await clippingAt(article)
    expect(others).toEqual([])
    expect(clipping!.source).toBe(a.id)
    expect(clipping!.alsoAt?.map((x) => ({ source: x.source, outlet: x.outlet, url: x.url, seenAt: x.seenAt }))).toEqual([
      { source: b.id, outlet: 'Tuổi Trẻ', url: article, seenAt: new Date(START.getTime() + 60_000).toISOString() },
    ])
    expect(await clippingsOf(b.id)).toEqual([])
  })

  test('the same title at another address from another source within 72 hours is merged; after 72 hours it is a new clipping', async () => {
    const n = ++counter
    const title = `Quảng Trị đón đoàn doanh nghiệp Lào số ${n}`
    feeds.set(`/s1-${n}.xml`, { body: rssFeed([{ title, url: `https://one.example/${n}` }]) })
    feeds.set(`/s2-${n}.xml`, { body: rssFeed([{ title: title.toUpperCase(), url: `https://two.example/${n}` }]) })
    feeds.set(`/s3-${n}.xml`, { body: rssFeed([{ title, url: `https://three.example/${n}` }]) })
    const s1 = await addSource(`/s1-${n}.xml`, { outlet: 'Một' })
    await pollDue()
    const s2 = await addSource(`/s2-${n}.xml`, { outlet: 'Hai' })
    clock.advance(71 * 60 * 60_000)
    await pollDue()
    const [first] = await clippingAt(`https://one.example/${n}`)
    expect(first!.alsoAt?.map((x) => [x.source, x.url])).toEqual([[s2.id, `https://two.example/${n}`]])
    expect(await clippingAt(`https://two.example/${n}`)).toEqual([])
    const s3 = await addSource(`/s3-${n}.xml`, { outlet: 'Ba' })
    clock.advance(2 * 60 * 60_000)
    await pollDue()
    const third = await clippingAt(`https://three.example/${n}`)
    expect(third.map((c) => c.source)).toEqual([s3.id])
    // The second outlet still lists the story: its address, merged, does not come back as a clipping.
    expect(await clippingAt(`https://two.example/${n}`)).toEqual([])
    expect((await clippingAt(`https://one.example/${n}`))[0]!.alsoAt).toHaveLength(1)
    expect(s1.id).not.toBe(s3.id)
  })

  test('one story carried by six sources polled in one run of the queue (in parallel) ends as one clipping', async () => {
    const n = ++counter
    const title = `Quảng Trị khai mạc Lễ hội Vì hòa bình lần ${n}`
    const sources = []
    for (let i = 0; i < 6; i++) {
      feeds.set(`/parallel-${n}-${i}.xml`, { body: rssFeed([{ title, url: `https://outlet${i}.example/${n}` }]) })
      sources.push(await addSource(`/parallel-${n}-${i}.xml`, { outlet: `Báo ${i}` }))
    }
    await pollDue()
    const { docs } = await ctx.payload.find({ collection: slugs.clippings, where: { storyKey: { equals: storyKey(title) } }, depth: 0 })
    expect(docs).toHaveLength(1)
    const ids = sources.map((s) => s.id)
    expect([docs[0]!.source, ...(docs[0]!.alsoAt ?? []).map((a) => a.source)].sort((a, b) => Number(a) - Number(b))).toEqual(ids)
  })
})

describe('restarts and retries', () => {
  test('a crash between writing clippings and health: the re-run creates nothing new and counts right', async () => {
    const path = `/crash-${++counter}.xml`
    feeds.set(path, { body: rssFeed([{ title: 'Gio Linh trồng rừng', url: `https://k.example${path}/1` }, { title: 'Vĩnh Linh địa đạo', url: `https://k.example${path}/2` }]) })
    const source = await addSource(path)
    await pollDue()
    // What the database holds if the process died after the clippings and before the health update.
    await ctx.payload.update({ collection: slugs.monitoringSources, id: source.id, data: { health: { nextPollAt: null, lastSuccessAt: null, itemsFound: 0, etag: null } } })
    await pollDue()
    expect((await clippingsOf(source.id)).map((c) => c.title)).toEqual(['Gio Linh trồng rừng', 'Vĩnh Linh địa đạo'])
    expect((await sourceOf(source.id)).health?.itemsFound).toBe(2)
  })

  test('two jobs for one source (queued by hand) make each clipping once', async () => {
    const path = `/twice-${++counter}.xml`
    feeds.set(path, { body: rssFeed([{ title: 'Hải Lăng được mùa', url: `https://t.example${path}/1` }]) })
    const source = await addSource(path, { active: false })
    await ctx.payload.jobs.queue({ task: POLL_TASK, queue: MONITORING_QUEUE, input: { source: String(source.id) } })
    await ctx.payload.jobs.queue({ task: POLL_TASK, queue: MONITORING_QUEUE, input: { source: String(source.id) } })
    await ctx.payload.jobs.run({ queue: MONITORING_QUEUE, limit: 100 })
    await ctx.payload.jobs.run({ queue: MONITORING_QUEUE, limit: 100 })
    expect(feeds.requestsTo(path)).toHaveLength(2)
    expect((await clippingsOf(source.id)).map((c) => c.title)).toEqual(['Hải Lăng được mùa'])
  })
})

describe('feeds that fail are recorded, with backoff', () => {
  test.each([
    ['malformed XML', { body: '<rss><channel><item><title>Quảng Trị' }, /^malformed: not a readable feed/],
    ['a body beyond the limit', { streamBytes: 1024 * 1024 }, /^tooLarge: body larger than the limit of 65536 bytes \(MONITORING_MAX_BYTES\)$/],
    ['an answer slower than the timeout', { delayMs: 5000, body: rssFeed([]) }, /^timeout: no complete answer within 3000 ms$/],
    ['an HTTP error', { status: 503, body: 'down' }, /^http: HTTP 503$/],
  ])('%s', async (_name, route, message) => {
    const path = `/bad-${++counter}`
    feeds.set(path, route)
    const source = await addSource(path)
    await pollDue()
    const { health } = await sourceOf(source.id)
    expect(health?.lastError).toMatch(message)
    expect(health).toMatchObject({ consecutiveFailures: 1, lastErrorAt: START.toISOString(), lastSuccessAt: null, nextPollAt: new Date(START.getTime() + 2 * 60 * 60_000).toISOString() })
    expect(await clippingsOf(source.id)).toEqual([])
  })

  test('a redirect loop stops after MONITORING_MAX_REDIRECTS hops', async () => {
    const n = ++counter
    feeds.set(`/loop-a-${n}`, { redirect: `/loop-b-${n}` })
    feeds.set(`/loop-b-${n}`, { redirect: `/loop-a-${n}` })
    const source = await addSource(`/loop-a-${n}`)
    await pollDue()
    expect((await sourceOf(source.id)).health?.lastError).toBe('tooManyRedirects: more than 3 redirects (MONITORING_MAX_REDIRECTS)')
    expect(feeds.requestsTo(`/loop-a-${n}`).length + feeds.requestsTo(`/loop-b-${n}`).length).toBe(4)
  })

  test('a redirect to a feed is followed', async () => {
    const n = ++counter
    feeds.set(`/moved-${n}`, { redirect: `/new-home-${n}` })
    feeds.set(`/new-home-${n}`, { body: rssFeed([{ title: 'Triệu Phong', url: `/relative/${n}` }]) })
    const source = await addSource(`/moved-${n}`)
    await pollDue()
    expect((await clippingsOf(source.id)).map((c) => c.url)).toEqual([`${feeds.url}/relative/${n}`])
  })

  test('the wait doubles with each failure, up to a day, and a success resets it', async () => {
    const path = `/flaky-${++counter}`
    feeds.set(path, { status: 500 })
    const source = await addSource(path, { intervalMinutes: 180 })
    const waits: number[] = []
    for (let i = 0; i < 4; i += 1) {
      await pollDue()
      const { health } = await sourceOf(source.id)
      waits.push((new Date(health!.nextPollAt!).getTime() - clock.now().getTime()) / 60_000)
      clock.set(new Date(health!.nextPollAt!))
    }
    expect(waits).toEqual([360, 720, 1440, 1440])
    expect((await sourceOf(source.id)).health?.consecutiveFailures).toBe(4)
    feeds.set(path, { body: rssFeed([]) })
    await pollDue()
    expect((await sourceOf(source.id)).health).toMatchObject({ consecutiveFailures: 0, lastError: 'http: HTTP 500', nextPollAt: new Date(clock.now().getTime() + 180 * 60_000).toISOString() })
  })
})
