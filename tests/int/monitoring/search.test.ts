import { slugs } from '../../../src/domain'
import { search } from '../../../src/search'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { authHeader, createUser, type TestUser } from '../../helpers/users'

/**
 * Staff search over clippings (`GET /api/clippings/search`): through the search index, in the
 * three languages (Vietnamese without diacritics, Lao by substring), kept in step with every write,
 * and never found by the public.
 */
let ctx: TestContext
let server: TestServer
let contributor: TestUser

type Data = { url: string; title: string; outlet: string; language: 'vi' | 'en' | 'lo' | 'other'; excerpt?: string }
const fixtures: Data[] = [
  { url: 'https://bao.example/1', title: 'Quảng Trị mở rộng cửa khẩu Lao Bảo', outlet: 'Báo Nhân Dân', language: 'vi' },
  { url: 'https://world.example/2', title: 'Quang Tri coffee growers expand', outlet: 'World Daily', language: 'en', excerpt: 'Farmers near Khe Sanh' },
  { url: 'https://pasaxon.example/3', title: 'ຂ່າວການຄ້າຊາຍແດນລາວບາວ', outlet: 'Pasaxon', language: 'lo' },
  { url: 'https://monde.example/4', title: 'Quang Tri, province du centre', outlet: 'Le Monde', language: 'other' },
  { url: 'https://bao.example/5', title: 'Hà Nội đón khách', outlet: 'Báo Thủ Đô', language: 'vi', excerpt: 'Không nhắc tỉnh nào' },
]
const ids = new Map<string, number>()

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  for (const f of fixtures) {
    // As the poller writes them: the Local API, no user.
    const doc = await ctx.payload.create({ collection: slugs.clippings, data: { ...f, country: 'VN', firstSeenAt: '2026-12-07T00:00:00.000Z', publishedAt: '2026-12-06T00:00:00.000Z', status: 'new' } })
    ids.set(f.url, doc.id)
  }
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

const find = async (q: string, user: TestUser | null = contributor) => {
  const response = await fetch(`${server.url}/api/${slugs.clippings}/search?${new URLSearchParams({ q })}`, { headers: { connection: 'close', ...(user ? authHeader(user) : {}) } })
  return { status: response.status, body: (await response.json()) as { total: number; docs: { id: number; title: string; outlet: string }[]; errors?: { message: string }[] } }
}
const titles = async (q: string) => (await find(q)).body.docs.map((d) => d.title).sort()

describe('staff find clippings in every language', () => {
  it('finds the province without diacritics in Vietnamese, English and another language', async () => {
    expect(await titles('quang tri')).toEqual(['Quang Tri coffee growers expand', 'Quang Tri, province du centre', 'Quảng Trị mở rộng cửa khẩu Lao Bảo'])
  })

  it('finds Lao by a part of a word, and the outlet and the excerpt as text', async () => {
    expect(await titles('ລາວບາວ')).toEqual(['ຂ່າວການຄ້າຊາຍແດນລາວບາວ'])
    expect(await titles('Pasaxon')).toEqual(['ຂ່າວການຄ້າຊາຍແດນລາວບາວ'])
    expect(await titles('khe sanh farmers')).toEqual(['Quang Tri coffee growers expand'])
  })

  it('answers with the fields a triage list shows, and the total', async () => {
    const { status, body } = await find('ha noi')
    expect(status).toBe(200)
    expect(body).toEqual({
      total: 1,
      page: 1,
      limit: 20,
      docs: [{ id: ids.get('https://bao.example/5'), title: 'Hà Nội đón khách', outlet: 'Báo Thủ Đô', url: 'https://bao.example/5', language: 'vi', publishedAt: '2026-12-06T00:00:00.000Z', status: 'new', tone: null, needsAnswer: false }],
    })
  })
})

describe('the index follows every write', () => {
  it('a changed title is found by its new words, not its old ones', async () => {
    const id = ids.get('https://bao.example/5')!
    await ctx.payload.update({ collection: slugs.clippings, id, data: { title: 'Đông Hà đón khách' } })
    expect(await titles('ha noi')).toEqual([])
    expect(await titles('dong ha')).toEqual(['Đông Hà đón khách'])
  })

  it('a deleted clipping is no longer found', async () => {
    const id = ids.get('https://monde.example/4')!
    await ctx.payload.delete({ collection: slugs.clippings, id })
    expect(await titles('province du centre')).toEqual([])
  })
})

describe('only staff', () => {
  it('refuses the signed-out with 401', async () => {
    expect(await find('quang tri', null)).toEqual({ status: 401, body: { errors: [{ message: 'Sign in to search press clippings' }] } })
  })

  it.each([
    ['', '"q" is required: the words to find'],
    ['x'.repeat(201), '"q" is at most 200 characters'],
  ])('answers 400 naming the problem for q=%j', async (q, message) => {
    expect(await find(q)).toEqual({ status: 400, body: { errors: [{ message }] } })
  })

  it('the public website’s search never shows a clipping', async () => {
    const page = await fetch(`${server.url}/vi/search?q=${encodeURIComponent('quang tri')}`, { headers: { connection: 'close' } })
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).not.toContain('mở rộng cửa khẩu Lao Bảo')
    expect(html).not.toContain('coffee growers')
  })

  it('a search for the public and agency audiences finds no clipping, even when asked for the type', async () => {
    const result = await search(ctx.payload, { q: 'quang tri', languages: ['vi', 'en', 'lo'], types: [slugs.clippings], now: new Date(), embargoed: true, audiences: ['public', 'restricted'], limit: 10, offset: 0 })
    expect(result).toEqual({ hits: [], total: 0 })
  })
})
