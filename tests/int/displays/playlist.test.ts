import sharp from 'sharp'

import { slugs } from '../../../src/domain'
import type { Playlist } from '../../../src/displays/playlist'
import { closeFeed } from '../../../src/feed/shutdown'
import { authHeader, createUser, type TestUser } from '../../helpers/users'
import { act } from '../../helpers/workflow'
import { makeSite, type Site } from '../site/content'

/**
 * A border-gate display's playlist (GET /displays/{slug}/playlist.json) and page: released content
 * only, read from the read model by the test's clock; a version that follows what is shown, with
 * 304 for an unchanged playlist; the page server-rendered with its own CSP.
 */

let site: Site
let editor: TestUser
let pointId: number
const SLUG = 'lao-bao-test'

async function playlist(headers: Record<string, string> = {}): Promise<{ status: number; etag: string | null; body: Playlist | null }> {
  const res = await fetch(`${site.server.url}/displays/${SLUG}/playlist.json`, { headers })
  return { status: res.status, etag: res.headers.get('etag'), body: res.status === 200 ? ((await res.json()) as Playlist) : null }
}

const titles = (p: Playlist) => p.slides.map((s) => s.lines.map((l) => `${l.lang}:${l.title}`).join(' | '))

beforeAll(async () => {
  site = await makeSite()
  const { payload } = site.ctx
  editor = await createUser(payload, ['editor'], 'editor')
  const png = await sharp({ create: { width: 1920, height: 1080, channels: 3, background: '#7a1f1f' } }).png().toBuffer()
  const image = await payload.create({ collection: slugs.media, data: { alt: 'Cửa khẩu Lao Bảo' }, file: { data: png, mimetype: 'image/png', name: 'cua-khau.png', size: png.length } })
  const point = await payload.create({
    collection: slugs.infoPoints,
    locale: 'vi',
    data: {
      name: 'Điểm thông tin Lao Bảo',
      slug: SLUG,
      languages: ['vi', 'lo'],
      intervalSeconds: 12,
      playlist: [
        { blockType: 'playlist-item', content: { relationTo: slugs.pressReleases, value: Number(site.ids.bilingual) } },
        { blockType: 'playlist-item', content: { relationTo: slugs.pressReleases, value: Number(site.ids.draft) } },
        { blockType: 'playlist-item', content: { relationTo: slugs.pressReleases, value: Number(site.ids.embargoed) } },
        { blockType: 'playlist-item', content: { relationTo: slugs.pressReleases, value: Number(site.ids.withdrawn) } },
        { blockType: 'playlist-item', content: { relationTo: slugs.trainingMaterials, value: Number(site.ids.staffOnly) } },
        { blockType: 'playlist-item', content: { relationTo: slugs.partnerMedia, value: Number(site.ids.lao) } },
        { blockType: 'playlist-slide', title: 'Chào mừng đến Quảng Trị', text: 'Thủ tục xuất nhập cảnh', image: image.id },
      ],
    },
  })
  pointId = point.id
  const vi = await payload.findByID({ collection: slugs.infoPoints, id: pointId, locale: 'vi', depth: 0 })
  await payload.update({
    collection: slugs.infoPoints,
    id: pointId,
    locale: 'lo',
    data: { name: 'ຈຸດຂໍ້ມູນ ລາວບາວ', playlist: (vi.playlist ?? []).map((b) => (b.blockType === 'playlist-slide' ? { ...b, title: 'ຍິນດີຕ້ອນຮັບສູ່ກວາງຈິ', text: 'ຂັ້ນຕອນເຂົ້າ-ອອກເມືອງ' } : b)) },
  })
})

afterAll(async () => {
  await site?.server.close()
  if (site) await closeFeed(site.ctx.payload)
  await site?.ctx.destroy()
})

test('the playlist holds only released, public content: no draft, embargoed, withdrawn or staff-only item; the embargoed one appears once its embargo passes', async () => {
  site.clock.set(new Date('2026-12-01T07:00:00Z'))
  const before = await playlist()
  expect(before.status).toBe(200)
  expect(titles(before.body!)).toEqual([
    'vi:Quảng Trị đón đoàn đầu tư Nhật Bản',
    'vi:Phóng sự Quảng Trị – Savannakhet | lo:ສາລະຄະດີ ກວາງຈິ – ສະຫວັນນະເຂດ',
    'vi:Chào mừng đến Quảng Trị | lo:ຍິນດີຕ້ອນຮັບສູ່ກວາງຈິ',
  ])
  expect(JSON.stringify(before.body)).not.toMatch(/Bản nháp chưa duyệt|Thông cáo cấm đăng|Thông cáo đã thu hồi|Tài liệu nội bộ|keyHash/)
  expect(before.body!.point).toEqual({ slug: SLUG, name: [{ lang: 'vi', title: 'Điểm thông tin Lao Bảo' }, { lang: 'lo', title: 'ຈຸດຂໍ້ມູນ ລາວບາວ' }], languages: ['vi', 'lo'], intervalSeconds: 12 })

  site.clock.set(new Date(site.embargoUntil.getTime() + 1000))
  const after = await playlist()
  expect(titles(after.body!)).toEqual([
    'vi:Quảng Trị đón đoàn đầu tư Nhật Bản',
    'vi:Thông cáo cấm đăng trước giờ G',
    'vi:Phóng sự Quảng Trị – Savannakhet | lo:ສາລະຄະດີ ກວາງຈິ – ສະຫວັນນະເຂດ',
    'vi:Chào mừng đến Quảng Trị | lo:ຍິນດີຕ້ອນຮັບສູ່ກວາງຈິ',
  ])
  expect(after.body!.version).not.toBe(before.body!.version)
})

test('the version is the ETag: 304 while nothing changes; a new slide or a withdrawn item gives a new version', async () => {
  const first = await playlist()
  expect(first.etag).toBe(`"${first.body!.version}"`)
  expect(await playlist({ 'if-none-match': first.etag! })).toEqual({ status: 304, etag: first.etag, body: null })

  const { payload } = site.ctx
  const doc = await payload.findByID({ collection: slugs.infoPoints, id: pointId, locale: 'vi', depth: 0 })
  await payload.update({ collection: slugs.infoPoints, id: pointId, locale: 'vi', data: { playlist: [...(doc.playlist ?? []), { blockType: 'playlist-slide', title: 'Giờ làm việc mới' }] } })
  const added = await playlist({ 'if-none-match': first.etag! })
  expect(added.status).toBe(200)
  expect(added.body!.version).not.toBe(first.body!.version)
  expect(titles(added.body!).at(-1)).toBe('vi:Giờ làm việc mới')
  expect((await playlist({ 'if-none-match': added.etag! })).status).toBe(304)

  expect((await act(site.server, site.publisher, slugs.pressReleases, site.ids.bilingual, { action: 'withdraw', note: 'Đoàn hoãn chuyến thăm' })).status).toBe(200)
  const withdrawn = await playlist({ 'if-none-match': added.etag! })
  expect(withdrawn.status).toBe(200)
  expect(withdrawn.body!.version).not.toBe(added.body!.version)
  expect(titles(withdrawn.body!)).not.toContain('vi:Quảng Trị đón đoàn đầu tư Nhật Bản')
})

test('the page is server-rendered: the first slide readable without script, its own script and CSP, no inline script; an unknown point is 404', async () => {
  const res = await fetch(`${site.server.url}/displays/${SLUG}`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-security-policy')).toBe(
    "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  )
  const html = await res.text()
  const { body } = await playlist()
  expect(html).toContain(`data-version="${body!.version}"`)
  expect(html).toMatch(/<section class="slide is-active" data-key="[^"]+"><div class="slide-lines"><div class="line" lang="vi"><h2 class="line-title">Thông cáo cấm đăng trước giờ G<\/h2>/)
  expect(html).toContain('<div class="line" lang="lo"><h2 class="line-title">ສາລະຄະດີ ກວາງຈິ – ສະຫວັນນະເຂດ</h2>')
  expect(html.match(/<script[^>]*>/g)).toEqual([expect.stringMatching(/^<script src="\/displays\/_\/display\.[0-9a-f]{12}\.js" defer>$/)])
  const script = /src="(\/displays\/_\/display\.[0-9a-f]{12}\.js)"/.exec(html)![1]
  const js = await fetch(`${site.server.url}${script}`)
  expect([js.status, js.headers.get('content-type'), js.headers.get('cache-control')]).toEqual([200, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'])
  const sw = await fetch(`${site.server.url}/displays/sw.js`)
  expect([sw.status, sw.headers.get('cache-control')]).toEqual([200, 'no-cache'])
  expect((await fetch(`${site.server.url}/displays/no-such-point`)).status).toBe(404)
  expect((await fetch(`${site.server.url}/displays/no-such-point/playlist.json`)).status).toBe(404)
})

test("a free slide's image is served from the point's own address; no other medium is", async () => {
  const { body } = await playlist()
  const src = body!.slides.find((s) => s.kind === 'slide')!.image!.src
  expect(src).toMatch(new RegExp(`^/displays/${SLUG}/media/\\d+/cua-khau-1600x900\\.png$`))
  const res = await fetch(`${site.server.url}${src}`)
  expect([res.status, res.headers.get('content-type')]).toEqual([200, 'image/png'])
  expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(1600)
  const other = (await site.ctx.payload.find({ collection: slugs.media, where: { filename: { equals: 'cang-cua-viet.png' } }, limit: 1 })).docs[0]
  expect((await fetch(`${site.server.url}/displays/${SLUG}/media/${other.id}/cang-cua-viet.png`)).status).toBe(404)
})

test('only editors and admins manage information points: a contributor reads none and cannot create one', async () => {
  const contributor = site.contributor
  await expect(site.ctx.payload.find({ collection: slugs.infoPoints, overrideAccess: false, user: contributor.user })).rejects.toMatchObject({ status: 403 })
  const res = await fetch(`${site.server.url}/api/${slugs.infoPoints}`, { method: 'POST', headers: { 'content-type': 'application/json', ...authHeader(contributor) }, body: JSON.stringify({ name: 'X', slug: 'x' }) })
  expect(res.status).toBe(403)
  const found = await site.ctx.payload.find({ collection: slugs.infoPoints, overrideAccess: false, user: editor.user, depth: 0 })
  expect(found.docs.map((d) => d.slug)).toEqual([SLUG])
})

test('bad point input is refused with 400 naming the field: interval out of range, malformed opening hours', async () => {
  const post = (data: Record<string, unknown>) =>
    fetch(`${site.server.url}/api/${slugs.infoPoints}`, { method: 'POST', headers: { 'content-type': 'application/json', ...authHeader(editor) }, body: JSON.stringify({ name: 'Điểm thử', ...data }) })
  const interval = await post({ intervalSeconds: 3 })
  expect(interval.status).toBe(400)
  expect(JSON.stringify(await interval.json())).toContain('intervalSeconds')
  const hours = await post({ openingHours: [{ day: 'mon', from: '17:00', to: '07:00' }] })
  expect(hours.status).toBe(400)
  expect(JSON.stringify(await hours.json())).toContain('openingHours')
  expect((await site.ctx.payload.count({ collection: slugs.infoPoints })).totalDocs).toBe(1)
})
