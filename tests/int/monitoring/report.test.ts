import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { MONITORING_QUEUE, slugs } from '../../../src/domain'
import { enqueueDuePolls } from '../../../src/monitoring/schedule'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { testDatabaseKind } from '../../helpers/database'
import { atomFeed, type FeedItem, jsonFeed, rssFeed, startFeedServer, type FeedServer } from '../../helpers/feedServer'
import { authHeader, createUser, type TestUser } from '../../helpers/users'

/**
 * The press report (`GET /api/clippings/report`) over clippings the poller found in fixture feeds
 * and staff triaged through REST: every figure equals the count computed here from the fixtures.
 */
const NOW = new Date('2026-12-20T03:00:00.000Z')
const clock = manualClock(NOW)
let ctx: TestContext
let server: TestServer
let feeds: FeedServer
let contributor: TestUser
let editor: TestUser
let topicId: number

type Tone = 'positive' | 'neutral' | 'negative' | null
type Fixture = FeedItem & { tone: Tone; topic?: boolean; needsAnswer?: boolean; status?: 'new' | 'reviewed' | 'answered' | 'dismissed'; answerNote?: string }
type Outlet = { path: string; outlet: string; country: string; language: 'vi' | 'en' | 'lo'; format: (items: FeedItem[]) => string; contentType: string; items: Fixture[] }

// December 2026 in Vietnam (the report's period) starts 2026-11-30T17:00Z; November is the previous period.
const outlets: Outlet[] = [
  {
    path: '/nhandan.xml',
    outlet: 'Báo Nhân Dân',
    country: 'VN',
    language: 'vi',
    format: (items) => rssFeed(items),
    contentType: 'application/rss+xml; charset=utf-8',
    items: [
      { title: 'Quảng Trị đón nhà đầu tư', url: 'https://nhandan.example/1', date: '2026-12-02T02:00:00Z', tone: 'positive', topic: true },
      { title: 'Lao Bảo thông quan hàng hóa', url: 'https://nhandan.example/2', date: '2026-12-05T02:00:00Z', tone: 'neutral' },
      // 00:30 on 1 December in Vietnam: December.
      { title: 'Đông Hà chuẩn bị lễ hội', url: 'https://nhandan.example/3', date: '2026-11-30T17:30:00Z', tone: 'positive' },
      { title: 'Quảng Trị tháng Mười Một', url: 'https://nhandan.example/4', date: '2026-11-12T02:00:00Z', tone: 'positive' },
    ],
  },
  {
    path: '/world.atom',
    outlet: 'World Daily',
    country: 'US',
    language: 'en',
    format: (items) => atomFeed(items),
    contentType: 'application/atom+xml; charset=utf-8',
    items: [
      { title: 'Quang Tri border crossing closed, sources claim', url: 'https://world.example/a', date: '2026-12-10T02:00:00Z', tone: 'negative', needsAnswer: true, status: 'answered', answerNote: 'Thông cáo: cửa khẩu Lao Bảo vẫn hoạt động bình thường' },
      { title: 'Khe Sanh coffee harvest', url: 'https://world.example/b', date: '2026-12-11T02:00:00Z', tone: null, topic: true },
      { title: 'Dong Ha in November', url: 'https://world.example/c', date: '2026-11-20T02:00:00Z', tone: 'negative' },
    ],
  },
  {
    path: '/lao.json',
    outlet: 'Pasaxon',
    country: 'LA',
    language: 'lo',
    format: (items) => jsonFeed(items),
    contentType: 'application/feed+json; charset=utf-8',
    items: [
      { title: 'ຂ່າວ ລາວບາວ ການຄ້າ', url: 'https://pasaxon.example/1', date: '2026-12-15T02:00:00Z', tone: 'negative', needsAnswer: true, status: 'reviewed' },
      { title: 'ຂ່າວ ລາວບາວ ທ່ອງທ່ຽວ', url: 'https://pasaxon.example/2', date: '2026-12-16T02:00:00Z', tone: 'neutral', needsAnswer: true, status: 'dismissed' },
    ],
  },
]

const rest = (p: string, user?: TestUser) => fetch(`${server.url}/api/${p}`, { headers: { connection: 'close', ...(user ? authHeader(user) : {}) } })

beforeAll(async () => {
  ctx = await bootPayload({ MONITORING_FETCH_TIMEOUT_MS: '5000' }, { custom: { clock } })
  server = await startServer(ctx)
  feeds = await startFeedServer()
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  editor = await createUser(ctx.payload, ['editor'], 'editor')
  topicId = (await ctx.payload.create({ collection: slugs.topics, data: { name: 'Cửa khẩu', slug: 'cua-khau' }, locale: 'vi' })).id
  await ctx.payload.update({ collection: slugs.topics, id: topicId, data: { name: 'Border gates' }, locale: 'en' })

  for (const o of outlets) {
    feeds.set(o.path, { body: o.format(o.items), contentType: o.contentType })
    await ctx.payload.create({ collection: slugs.monitoringSources, data: { name: o.outlet, url: `${feeds.url}${o.path}`, outlet: o.outlet, country: o.country, language: o.language, intervalMinutes: 60 } })
  }
  await enqueueDuePolls(ctx.payload, clock.now())
  await ctx.payload.jobs.run({ queue: MONITORING_QUEUE, limit: 100 })

  // Triage as staff do it: through REST.
  for (const item of outlets.flatMap((o) => o.items)) {
    const [clipping] = (await ctx.payload.find({ collection: slugs.clippings, where: { url: { equals: item.url } }, depth: 0 })).docs
    if (!clipping) throw new Error(`the poller kept no clipping for ${item.url}`)
    const data = { tone: item.tone, topic: item.topic ? topicId : null, needsAnswer: item.needsAnswer ?? false, status: item.status ?? 'reviewed', answerNote: item.answerNote ?? null }
    const response = await fetch(`${server.url}/api/${slugs.clippings}/${clipping.id}`, {
      method: 'PATCH',
      headers: { connection: 'close', 'content-type': 'application/json', ...authHeader(editor) },
      body: JSON.stringify(data),
    })
    if (response.status !== 200) throw new Error(`triage of ${item.url}: ${response.status} ${await response.text()}`)
  }
}, 120_000)

afterAll(async () => {
  await feeds?.close()
  await server?.close()
  await ctx?.destroy()
})

const DEC = [Date.parse('2026-11-30T17:00:00Z'), Date.parse('2026-12-31T17:00:00Z')] as const
const NOV = [Date.parse('2026-10-31T17:00:00Z'), DEC[0]] as const
const all = outlets.flatMap((o) => o.items.map((item) => ({ ...item, outlet: o }))).filter((i) => i.date)
const within = ([start, end]: readonly [number, number]) => all.filter((i) => Date.parse(i.date!) >= start && Date.parse(i.date!) < end)
const count = <T>(items: T[], key: (i: T) => string) => items.reduce((m, i) => m.set(key(i), (m.get(key(i)) ?? 0) + 1), new Map<string, number>())

/** Rows as the report gives them, computed from the fixtures. */
function expectedRows(key: (i: (typeof all)[number]) => string, fixed?: string[]) {
  const now = count(within(DEC), key)
  const before = count(within(NOV), key)
  const keys = fixed ?? [...new Set([...now.keys(), ...before.keys()])]
  return keys.map((k) => ({ key: k, count: now.get(k) ?? 0, previous: before.get(k) ?? 0 }))
}

type Row = { key: string; label: string; count: number; previous: number; change: number | null }
const bare = (rows: Row[]) => rows.map(({ key, count: c, previous }) => ({ key, count: c, previous }))
const sorted = <T extends { key: string; count: number; previous: number }>(rows: T[]) => [...rows].sort((a, b) => b.count - a.count || b.previous - a.previous || a.key.localeCompare(b.key))

describe('the press report counts what the poller found and staff triaged', () => {
  it('gives the month and the previous one by tone, language, country, outlet and topic, as counted from the fixtures', async () => {
    const response = await rest(`${slugs.clippings}/report?period=month&date=2026-12`, contributor)
    expect(response.status).toBe(200)
    const report = (await response.json()) as Record<string, Row[]> & { period: unknown; total: unknown; answers: unknown; needsAnswer: { title: string; status: string; statusLabel: string; answerNote: string | null }[] }
    expect(report.period).toEqual({ kind: 'month', current: { from: '2026-12-01', to: '2026-12-31' }, previous: { from: '2026-11-01', to: '2026-11-30' } })
    expect(report.total).toEqual({ count: within(DEC).length, previous: within(NOV).length, change: (within(DEC).length - within(NOV).length) / within(NOV).length })
    expect(report.total).toEqual({ count: 7, previous: 2, change: 2.5 })
    expect(bare(report.byTone)).toEqual(expectedRows((i) => i.tone ?? 'unreviewed', ['positive', 'neutral', 'negative', 'unreviewed']))
    expect(bare(report.byLanguage)).toEqual(expectedRows((i) => i.outlet.language, ['vi', 'en', 'lo', 'other']))
    expect(bare(report.byCountry)).toEqual(sorted(expectedRows((i) => i.outlet.country)))
    expect(bare(report.byOutlet)).toEqual(sorted(expectedRows((i) => i.outlet.outlet)))
    expect(bare(report.byTopic)).toEqual(sorted(expectedRows((i) => (i.topic ? String(topicId) : 'none'))))
    expect(report.byTopic.map((r) => r.label)).toEqual(['(chưa gán chủ đề)', 'Cửa khẩu'])
    expect(report.byCountry.map((r) => r.label)).toEqual(['Việt Nam', 'Hoa Kỳ', 'Lào'])
  })

  it('lists the clippings that needed an answer with how each was answered', async () => {
    const report = (await (await rest(`${slugs.clippings}/report?period=month&date=2026-12&lang=en`, editor)).json()) as {
      needsAnswer: { title: string; outlet: string; status: string; statusLabel: string; answerNote: string | null; answeredAt: string | null }[]
      answers: unknown
    }
    expect(report.needsAnswer.map((e) => [e.title, e.outlet, e.status, e.statusLabel, e.answerNote, e.answeredAt])).toEqual([
      ['Quang Tri border crossing closed, sources claim', 'World Daily', 'answered', 'Answered', 'Thông cáo: cửa khẩu Lao Bảo vẫn hoạt động bình thường', NOW.toISOString()],
      ['ຂ່າວ ລາວບາວ ການຄ້າ', 'Pasaxon', 'reviewed', 'Reviewed', null, null],
      ['ຂ່າວ ລາວບາວ ທ່ອງທ່ຽວ', 'Pasaxon', 'dismissed', 'Dismissed', null, null],
    ])
    expect(report.answers).toEqual({ total: 3, answered: 1, dismissed: 1, open: 1 })
  })

  it('a week counts only its own days', async () => {
    const report = (await (await rest(`${slugs.clippings}/report?period=week&date=2026-12-16`, editor)).json()) as { period: unknown; total: unknown }
    // 14–20 December: the two Lao entries; 7–13 December: the two English ones.
    expect(report.period).toEqual({ kind: 'week', current: { from: '2026-12-14', to: '2026-12-20' }, previous: { from: '2026-12-07', to: '2026-12-13' } })
    expect(report.total).toEqual({ count: 2, previous: 2, change: 0 })
  })

  it('exports the same figures as CSV and as a PDF', async () => {
    const csv = await rest(`${slugs.clippings}/report?period=month&date=2026-12&format=csv`, editor)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="bao-cao-du-luan-2026-12-01_2026-12-31.csv"')
    const body = Buffer.from(await csv.arrayBuffer())
    // UTF-8 with a byte-order mark, so Excel reads Vietnamese (fetch's text() would drop it).
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = body.subarray(3).toString('utf8').split('\r\n')
    expect(lines.slice(0, 2)).toEqual(['dimension,key,label,count 2026-12-01..2026-12-31,previous 2026-11-01..2026-11-30,change %', 'total,,Tổng số bài,7,2,+250.0'])
    expect(lines).toContain('byOutlet,Pasaxon,Pasaxon,2,0,')

    const list = await rest(`${slugs.clippings}/report?period=month&date=2026-12&format=csv&part=clippings`, editor)
    expect((await list.text()).split('\r\n').filter(Boolean)).toHaveLength(1 + 7)

    const pdf = await rest(`${slugs.clippings}/report?period=month&date=2026-12&format=pdf`, editor)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const bytes = Buffer.from(await pdf.arrayBuffer())
    expect(bytes.subarray(0, 7).toString('latin1')).toBe('%PDF-1.')
    expect(bytes.toString('latin1')).toContain('/Lang (vi)')
    const file = path.join(os.tmpdir(), `newsroom-press-report-${testDatabaseKind}.pdf`)
    fs.writeFileSync(file, bytes)
    console.log(`press report PDF: ${file} (${bytes.length} bytes)`)
  })
})

describe('who may read it, and bad requests', () => {
  it('refuses the signed-out with 401', async () => {
    const response = await rest(`${slugs.clippings}/report`)
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ errors: [{ message: 'Sign in to read the press report' }] })
  })

  it.each([
    ['period=year', '"period" must be one of: week, month, span'],
    ['from=2026-12-10&to=2026-12-01', '"to" (2026-12-01) is before "from" (2026-12-10)'],
    ['period=month&date=2026-13', '"date" must be a month YYYY-MM (or a day in it, YYYY-MM-DD), got "2026-13"'],
    ['format=xlsx', '"format" must be one of: json, csv, pdf'],
    ['format=csv&part=everything', '"part" must be one of: figures, clippings'],
  ])('answers 400 naming the problem for %s', async (query, message) => {
    const response = await rest(`${slugs.clippings}/report?${query}`, editor)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ errors: [{ message }] })
  })
})
