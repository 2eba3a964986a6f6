import { EXHIBITION_QUEUE } from '../../../src/exhibitions/jobs'
import { ZOOM_SCRIPTS } from '../../../src/site/exhibitions/zoomAssets'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { createUser, type TestUser } from '../../helpers/users'
import { makeExhibit, makeExhibition, uploadPicture, type Id } from './fixtures'

/**
 * What the public sees of exhibitions: published ones only, on the site (pages, zoom tiles, the
 * pictures) and through REST, GraphQL and the Local API with `overrideAccess: false`; each exhibit
 * at its own address in every language, Vietnamese filling in what is not translated; the pages
 * complete without script.
 */

let ctx: TestContext
let server: TestServer
let editor: TestUser
const id: Record<string, Id> = {}
const file: Record<string, string> = {}

type Reply = { status: number; body: string; headers: Headers }
const get = async (path: string): Promise<Reply> => {
  const res = await fetch(`${server.url}${path}`, { redirect: 'manual' })
  return { status: res.status, body: await res.text(), headers: res.headers }
}
const gql = async (query: string) => {
  const res = await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
  return (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] }
}
const tilesOf = async (exhibit: Id) => (await ctx.payload.findByID({ collection: slugs.exhibits, id: exhibit, depth: 0 })).zoomTiles as string
const order = (html: string, texts: string[]) => texts.map((t) => html.indexOf(t))

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  editor = await createUser(ctx.payload, ['editor'])
  const p = ctx.payload
  for (const [name, seed] of [['a', 1], ['b', 2], ['c', 3], ['hidden', 4]] as const) {
    id[`m-${name}`] = await uploadPicture(p, `anh-${name}`, 1600, 1200, seed)
    file[name] = (await p.findByID({ collection: slugs.media, id: id[`m-${name}`], depth: 0 })).filename as string
  }
  id.shown = await makeExhibition(p, 'trien-lam-cong-khai', true, { vi: 'Triển lãm công khai', en: 'Public exhibition', lo: 'ນິທັດສະການສາທາລະນະ' })
  id.hidden = await makeExhibition(p, 'trien-lam-chua-xuat-ban', false, { vi: 'Triển lãm chưa xuất bản' })
  // Created out of order: the pages follow `order`, not creation.
  id.second = await makeExhibit(p, id.shown, 2, id['m-b'], {
    vi: { caption: 'Đại Nam nhất thống toàn đồ', provenance: 'Lưu trữ quốc gia I', source: 'Quốc sử quán', description: 'Bản đồ Đại Nam', dateText: 'khoảng năm 1838' },
    en: { caption: 'Map of unified Dai Nam', provenance: 'National Archives Centre I' },
    lo: { caption: 'ແຜນທີ່ດາຍນາມ' },
  }, { slug: 'dai-nam-nhat-thong-toan-do', year: 1838 })
  id.first = await makeExhibit(p, id.shown, 1, id['m-a'], {
    vi: { caption: 'Thiên Nam tứ chí lộ đồ thư', provenance: 'Bản sao số hóa', dateText: 'thế kỷ XVII' },
    en: { caption: 'Atlas of the roads of the South' },
  }, { slug: 'thien-nam-tu-chi-lo-do-thu' })
  id.third = await makeExhibit(p, id.shown, 3, id['m-c'], { vi: { caption: 'Châu bản triều Nguyễn', provenance: 'Trung tâm Lưu trữ quốc gia I' } }, { slug: 'chau-ban-trieu-nguyen', kind: 'document' })
  id.hiddenExhibit = await makeExhibit(p, id.hidden, 1, id['m-hidden'], { vi: { caption: 'Hiện vật chưa công bố', provenance: 'Kho' } }, { slug: 'hien-vat-chua-cong-bo' })
  await p.jobs.run({ queue: EXHIBITION_QUEUE, limit: 10 })
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

describe('Local API, REST and GraphQL: the public reads published exhibitions and their exhibits only', () => {
  test('Local API without a user (overrideAccess: false): the published exhibition and its three exhibits', async () => {
    const exhibitions = await ctx.payload.find({ collection: slugs.exhibitions, overrideAccess: false, depth: 0 })
    expect(exhibitions.docs.map((d) => d.slug)).toEqual(['trien-lam-cong-khai'])
    const exhibits = await ctx.payload.find({ collection: slugs.exhibits, overrideAccess: false, depth: 0, sort: 'order' })
    expect(exhibits.docs.map((d) => d.slug)).toEqual(['thien-nam-tu-chi-lo-do-thu', 'dai-nam-nhat-thong-toan-do', 'chau-ban-trieu-nguyen'])
    await expect(ctx.payload.findByID({ collection: slugs.exhibitions, id: id.hidden, overrideAccess: false })).rejects.toMatchObject({ status: 404 })
    await expect(ctx.payload.findByID({ collection: slugs.exhibits, id: id.hiddenExhibit, overrideAccess: false })).rejects.toMatchObject({ status: 404 })
  })

  test('an editor (overrideAccess: false) reads both exhibitions and every exhibit', async () => {
    const exhibitions = await ctx.payload.find({ collection: slugs.exhibitions, overrideAccess: false, user: editor.user, depth: 0, sort: 'slug', draft: true })
    expect(exhibitions.docs.map((d) => d.slug)).toEqual(['trien-lam-chua-xuat-ban', 'trien-lam-cong-khai'])
    expect((await ctx.payload.count({ collection: slugs.exhibits, overrideAccess: false, user: editor.user })).totalDocs).toBe(4)
  })

  test('a contributor may not create an exhibition (editors, publishers and admins do)', async () => {
    const contributor = await createUser(ctx.payload, ['contributor'])
    await expect(
      ctx.payload.create({ collection: slugs.exhibitions, overrideAccess: false, user: contributor.user, data: { title: 'Không được phép', _status: 'published' } }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await ctx.payload.count({ collection: slugs.exhibitions })).totalDocs).toBe(2)
  })

  test('REST: the list holds the published exhibition; the unpublished one and its exhibit answer 404', async () => {
    const list = await get(`/api/${slugs.exhibitions}?depth=0`)
    expect(list.status).toBe(200)
    expect((JSON.parse(list.body) as { docs: { slug: string }[] }).docs.map((d) => d.slug)).toEqual(['trien-lam-cong-khai'])
    expect((await get(`/api/${slugs.exhibitions}/${id.hidden}`)).status).toBe(404)
    expect((await get(`/api/${slugs.exhibits}/${id.hiddenExhibit}`)).status).toBe(404)
    const exhibits = JSON.parse((await get(`/api/${slugs.exhibits}?depth=0&sort=order`)).body) as { docs: { slug: string }[] }
    expect(exhibits.docs.map((d) => d.slug)).toEqual(['thien-nam-tu-chi-lo-do-thu', 'dai-nam-nhat-thong-toan-do', 'chau-ban-trieu-nguyen'])
  })

  test('GraphQL: the same rows', async () => {
    const { data } = await gql('{ Exhibitions { docs { slug } } Exhibits(sort: "order") { docs { slug } } }')
    expect(data).toEqual({
      Exhibitions: { docs: [{ slug: 'trien-lam-cong-khai' }] },
      Exhibits: { docs: [{ slug: 'thien-nam-tu-chi-lo-do-thu' }, { slug: 'dai-nam-nhat-thong-toan-do' }, { slug: 'chau-ban-trieu-nguyen' }] },
    })
  })

  test('pictures: those of the published exhibition are served, the unpublished one’s are not', async () => {
    expect((await get(`/api/media/file/${encodeURIComponent(file.a)}`)).status).toBe(200)
    expect((await get(`/api/media/file/${encodeURIComponent(file.hidden)}`)).status).toBe(403)
  })
})

describe('the website', () => {
  test('the list shows the published exhibition only, and the navigation links to it', async () => {
    const page = await get('/vi/exhibitions')
    expect(page.status).toBe(200)
    expect(page.body).toContain('<a href="/vi/exhibitions/trien-lam-cong-khai">Triển lãm công khai</a>')
    expect(page.body).not.toContain('Triển lãm chưa xuất bản')
    expect(page.body).toContain('<a href="/vi/exhibitions" aria-current="page">Triển lãm số</a>')
    expect(page.headers.get('content-security-policy')).not.toContain('script-src')
  })

  test('the exhibition page lists its exhibits in order, each with picture, caption, date, source and provenance', async () => {
    const page = await get('/vi/exhibitions/trien-lam-cong-khai')
    expect(page.status).toBe(200)
    const [a, b, c] = order(page.body, ['Thiên Nam tứ chí lộ đồ thư', 'Đại Nam nhất thống toàn đồ', 'Châu bản triều Nguyễn'])
    expect(a).toBeGreaterThan(0)
    expect(b).toBeGreaterThan(a)
    expect(c).toBeGreaterThan(b)
    expect(page.body).toContain('<a href="/vi/exhibitions/trien-lam-cong-khai/dai-nam-nhat-thong-toan-do">Đại Nam nhất thống toàn đồ</a>')
    expect(page.body).toContain('<dt>Xuất xứ</dt><dd>Lưu trữ quốc gia I</dd>')
    expect(page.body).toContain('<dt>Nguồn</dt><dd>Quốc sử quán</dd>')
    expect(page.body).toContain('<dt>Niên đại</dt><dd>khoảng năm 1838</dd>')
    expect(page.body).toContain(`src="/api/media/file/${file.b.replace(/\.jpg$/, '')}`)
  })

  test.each([
    ['vi', 'Đại Nam nhất thống toàn đồ', '<dd>Lưu trữ quốc gia I</dd>'],
    ['en', 'Map of unified Dai Nam', '<dd>National Archives Centre I</dd>'],
    ['lo', 'ແຜນທີ່ດາຍນາມ', '<dd lang="vi">Lưu trữ quốc gia I</dd>'],
  ] as const)('the exhibit page in %s: its own address, picture with the caption as alt text, provenance (Vietnamese where untranslated), previous and next', async (lang, caption, provenance) => {
    const page = await get(`/${lang}/exhibitions/trien-lam-cong-khai/dai-nam-nhat-thong-toan-do`)
    expect(page.status).toBe(200)
    expect(page.body).toContain(`<h1>${caption}</h1>`)
    const img = /<img src="(\/api\/media\/file\/[^"]+)" srcSet="([^"]+)"[^>]* alt="([^"]*)"/.exec(page.body)
    expect(img?.[3]).toBe(caption)
    expect(img?.[2]).toMatch(/ 1600w/)
    expect((await get(img?.[1] as string)).status).toBe(200)
    expect(page.body).toContain(provenance)
    expect(page.body).toContain(`href="/${lang}/exhibitions/trien-lam-cong-khai/thien-nam-tu-chi-lo-do-thu" rel="prev"`)
    expect(page.body).toContain(`href="/${lang}/exhibitions/trien-lam-cong-khai/chau-ban-trieu-nguyen" rel="next"`)
    // The zoom viewer: our own scripts, the descriptor of the picture's tiles, and a policy allowing this origin's scripts only.
    const key = await tilesOf(id.second)
    expect(page.body).toContain(`data-dzi="/exhibit-tiles/${key}/image.dzi"`)
    for (const src of ZOOM_SCRIPTS) expect(page.body).toContain(`<script src="${src}" defer="">`)
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/unsafe|https?:/)
  })

  test('an exhibit by its number answers 301 to its address; an unknown one 404', async () => {
    const moved = await get('/lo/exhibitions/trien-lam-cong-khai/3')
    expect(moved.status).toBe(301)
    expect(moved.headers.get('location')).toBe('/lo/exhibitions/trien-lam-cong-khai/chau-ban-trieu-nguyen')
    expect((await get('/lo/exhibitions/trien-lam-cong-khai/9')).status).toBe(404)
  })

  test('the viewer script and its button images come from this server', async () => {
    const osd = await get(ZOOM_SCRIPTS[0])
    expect(osd.status).toBe(200)
    expect(osd.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(osd.body).toContain('OpenSeadragon')
    expect((await get(ZOOM_SCRIPTS[0].replace('openseadragon.min.js', 'images/zoomin_rest.png'))).status).toBe(200)
  })

  test('tiles of a published exhibit are served with long caching; a tile is a JPEG', async () => {
    const key = await tilesOf(id.first)
    const dzi = await get(`/exhibit-tiles/${key}/image.dzi`)
    expect(dzi.status).toBe(200)
    expect(dzi.body).toMatch(/<Size\s+Height="1200"\s+Width="1600"\s*\/>/)
    expect(dzi.headers.get('cache-control')).toBe('public, max-age=2592000, immutable')
    const tile = await fetch(`${server.url}/exhibit-tiles/${key}/image_files/11/0_0.jpeg`)
    expect(tile.status).toBe(200)
    expect(tile.headers.get('content-type')).toBe('image/jpeg')
    expect([...Buffer.from(await tile.arrayBuffer()).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
    expect((await get(`/exhibit-tiles/${key}/image_files/11/..%2F..%2Fimage.dzi`)).status).toBe(404)
    expect((await get(`/exhibit-tiles/..%2F${key}/image.dzi`)).status).toBe(404)
  })

  test('the unpublished exhibition: its pages, its exhibit and its tiles answer 404', async () => {
    expect((await get('/vi/exhibitions/trien-lam-chua-xuat-ban')).status).toBe(404)
    expect((await get('/vi/exhibitions/trien-lam-chua-xuat-ban/hien-vat-chua-cong-bo')).status).toBe(404)
    const key = await tilesOf(id.hiddenExhibit)
    expect(key).toMatch(/^\w+-[0-9a-f]{16}$/)
    expect((await get(`/exhibit-tiles/${key}/image.dzi`)).status).toBe(404)
    expect((await get(`/exhibit-tiles/${key}/image_files/0/0_0.jpeg`)).status).toBe(404)
  })

  test('the sitemap lists the exhibition and each exhibit in every language', async () => {
    const xml = (await get('/sitemap.xml')).body
    expect(xml).toContain('<loc>http://localhost:3999/lo/exhibitions/trien-lam-cong-khai/chau-ban-trieu-nguyen</loc>')
    expect(xml).not.toContain('trien-lam-chua-xuat-ban')
  })

  test('unpublishing the exhibition takes its pages, pictures and tiles down; a draft edit of a published one shows nothing early', async () => {
    const key = await tilesOf(id.first)
    await ctx.payload.update({ collection: slugs.exhibitions, id: id.shown, locale: 'vi', data: { _status: 'draft' } })
    expect((await get('/vi/exhibitions/trien-lam-cong-khai')).status).toBe(404)
    expect((await get('/en/exhibitions/trien-lam-cong-khai/thien-nam-tu-chi-lo-do-thu')).status).toBe(404)
    expect((await get(`/exhibit-tiles/${key}/image.dzi`)).status).toBe(404)
    expect((await get(`/api/media/file/${encodeURIComponent(file.a)}`)).status).toBe(403)

    await ctx.payload.update({ collection: slugs.exhibitions, id: id.shown, locale: 'vi', data: { _status: 'published' } })
    await ctx.payload.update({ collection: slugs.exhibitions, id: id.shown, locale: 'vi', draft: true, data: { title: 'Tên mới còn nháp' } })
    const page = await get('/vi/exhibitions/trien-lam-cong-khai')
    expect(page.status).toBe(200)
    expect(page.body).toContain('<h1>Triển lãm công khai</h1>')
    expect(page.body).not.toContain('Tên mới còn nháp')
    for (const path of [`/api/${slugs.exhibitions}/${id.shown}?draft=true&locale=vi`, `/api/${slugs.exhibitions}?draft=true&locale=vi`]) {
      const reply = await get(path)
      expect(reply.status).toBe(200)
      expect(reply.body).not.toContain('Tên mới còn nháp')
    }
    expect((await get(`/api/${slugs.exhibitions}/versions`)).status).toBe(403)
  })
})
