import { paragraphsToLexical } from '../../../src/lib/lexical'
import { releaseYear } from '../../../collections/PressReleases/hooks/assignReleaseNumber'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { EN_TEXT, LAO_TEXT, VI_TEXT, slugs } from '../../helpers/slugs'
import { authHeader, createUser, type TestUser } from '../../helpers/users'

let ctx: TestContext
let server: TestServer
let editor: TestUser
let partnerId: number

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  editor = await createUser(ctx.payload, ['editor'])
  const partner = await ctx.payload.create({
    collection: slugs.partners,
    data: { name: 'Thông tấn xã Việt Nam', kind: 'central-press-agency', country: 'VN', website: 'https://vnanet.example' },
  })
  partnerId = partner.id
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

const api = (path: string, init: RequestInit & { user?: TestUser } = {}) =>
  fetch(`${server.url}/api${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.user ? authHeader(init.user) : {}), ...init.headers },
  })

type Title = 'headline' | 'title'
const cases: { collection: (typeof slugs)[keyof typeof slugs]; title: Title; hasBody?: false; extra: () => Record<string, unknown> }[] = [
  { collection: slugs.pressReleases, title: 'headline', extra: () => ({ datelinePlace: 'Đông Hà' }) },
  { collection: slugs.publications, title: 'title', extra: () => ({ kind: 'brochure', year: 2026 }) },
  { collection: slugs.trainingMaterials, title: 'title', extra: () => ({ visibility: 'public', date: '2026-03-12T00:00:00.000Z' }) },
  { collection: slugs.partnerMedia, title: 'title', hasBody: false, extra: () => ({ partner: partnerId, kind: 'article' }) },
]

describe.each(cases)('$collection in three languages', ({ collection, title, hasBody, extra }) => {
  test('creates in Vietnamese, adds English and Lao over REST, and reads each back exactly', async () => {
    const created = await api(`/${collection}?locale=vi`, {
      method: 'POST',
      user: editor,
      body: JSON.stringify({ [title]: VI_TEXT, summary: 'Tóm tắt tiếng Việt', body: paragraphsToLexical(['Đoạn một.']), ...extra() }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    expect(doc.slug).toBe('quang-tri-day-manh-thong-tin-doi-ngoai-nam-2026')

    for (const [locale, text] of [['en', EN_TEXT], ['lo', LAO_TEXT]] as const) {
      const res = await api(`/${collection}/${doc.id}?locale=${locale}`, {
        method: 'PATCH',
        user: editor,
        body: JSON.stringify({ [title]: text, summary: `${text} (summary)`, body: paragraphsToLexical([text]) }),
      })
      expect(res.status).toBe(200)
    }

    for (const [locale, text] of [['vi', VI_TEXT], ['en', EN_TEXT], ['lo', LAO_TEXT]] as const) {
      const doc2 = (await ctx.payload.findByID({ collection: collection as 'press-releases', id: doc.id, locale, draft: true })) as unknown as Record<string, unknown>
      expect(doc2[title]).toBe(text)
    }
    const lo = (await ctx.payload.findByID({ collection: collection as 'press-releases', id: doc.id, locale: 'lo', draft: true })) as unknown as {
      slug: string
      body: { root: { children: { children: { text: string }[] }[] } }
    }
    if (hasBody !== false) expect(lo.body.root.children[0]!.children[0]!.text).toBe(LAO_TEXT)
    expect(lo.slug).toBe('ແຂວງກວາງຈິ-ແລະ-ແຂວງສະຫວັນນະເຂດ-ຮ່ວມມືດ້ານຂໍ້ມູນຂ່າວສານ-ປີ-2026')
    expect(LAO_TEXT.normalize('NFC')).toBe(LAO_TEXT)
  })

  test('a language without a translation falls back to Vietnamese', async () => {
    const doc = (await ctx.payload.create({
      collection: collection as 'press-releases',
      locale: 'vi',
      data: { [title]: `${VI_TEXT} (chỉ tiếng Việt)`, ...extra() } as never,
      draft: true,
    })) as { id: number }
    const en = (await ctx.payload.findByID({ collection: collection as 'press-releases', id: doc.id, locale: 'en', draft: true })) as unknown as Record<string, unknown>
    expect(en[title]).toBe(`${VI_TEXT} (chỉ tiếng Việt)`)
  })

  test('saving without the required title answers 400 naming the field and stores nothing', async () => {
    const before = await ctx.payload.count({ collection: collection as 'press-releases' })
    const res = await api(`/${collection}`, { method: 'POST', user: editor, body: JSON.stringify({ summary: 'x', ...extra() }) })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: { data?: { errors: { path: string }[] } }[] }
    expect(body.errors[0]!.data!.errors.map((e) => e.path)).toContain(title)
    expect((await ctx.payload.count({ collection: collection as 'press-releases' })).totalDocs).toBe(before.totalDocs)
  })
})

describe('validation names the problem', () => {
  const expectFieldError = async (res: Response, field: string, message: RegExp) => {
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: { data?: { errors: { path: string; message: string }[] } }[] }
    const hit = body.errors[0]!.data!.errors.find((e) => e.path === field)
    expect(hit?.message).toMatch(message)
  }

  test('partner media without a partner is refused', async () => {
    const res = await api(`/${slugs.partnerMedia}`, { method: 'POST', user: editor, body: JSON.stringify({ title: 'Không có đối tác', kind: 'video' }) })
    await expectFieldError(res, 'partner', /required|bắt buộc/i)
  })

  test('an ISBN with a wrong check digit is refused', async () => {
    const res = await api(`/${slugs.publications}`, {
      method: 'POST',
      user: editor,
      body: JSON.stringify({ title: 'Sách ảnh', kind: 'photo-book', isbn: '978-604-80-0512-3' }),
    })
    await expectFieldError(res, 'isbn', /^ISBN phải là mã ISBN-10 hoặc ISBN-13 hợp lệ \(đúng cả chữ số kiểm tra\)$/)
  })

  test('a partner country must be a two-letter ISO code', async () => {
    const res = await api(`/${slugs.partners}`, { method: 'POST', user: editor, body: JSON.stringify({ name: 'Báo X', kind: 'foreign-media', country: 'Laos' }) })
    await expectFieldError(res, 'country', /^Quốc gia phải là mã ISO 3166-1 gồm hai chữ cái, ví dụ VN hoặc LA$/)
  })

  test('a topic slug already in use is refused', async () => {
    await ctx.payload.create({ collection: slugs.topics, data: { name: 'Du lịch', slug: 'du-lich' } })
    const res = await api(`/${slugs.topics}`, { method: 'POST', user: editor, body: JSON.stringify({ name: 'Du lịch 2', slug: 'du-lich' }) })
    await expectFieldError(res, 'slug', /^Đường dẫn \(slug\) "du-lich" đã được dùng$/)
    expect((await ctx.payload.count({ collection: slugs.topics, where: { slug: { equals: 'du-lich' } } })).totalDocs).toBe(1)
  })

  test('generated slugs never clash: the second item with the same title gets "-2"', async () => {
    const a = await ctx.payload.create({ collection: slugs.publications, data: { title: 'Bản đồ du lịch', kind: 'map' }, draft: true })
    const b = await ctx.payload.create({ collection: slugs.publications, data: { title: 'Bản đồ du lịch', kind: 'map' }, draft: true })
    expect([a.slug, b.slug]).toEqual(['ban-do-du-lich', 'ban-do-du-lich-2'])
  })

  test('a slug typed by hand that another item uses is refused, in that language only', async () => {
    const res = await api(`/${slugs.publications}`, {
      method: 'POST',
      user: editor,
      body: JSON.stringify({ title: 'Khác', slug: 'ban-do-du-lich', kind: 'map' }),
    })
    await expectFieldError(res, 'slug', /^Đường dẫn \(slug\) "ban-do-du-lich" đã được dùng$/)
    const en = await api(`/${slugs.publications}?locale=en`, {
      method: 'POST',
      user: editor,
      body: JSON.stringify({ title: 'Tourist map', slug: 'ban-do-du-lich', kind: 'map' }),
    })
    expect(en.status).toBe(201)
  })
})

describe('press release numbers', () => {
  test('twelve releases created at once get the next twelve numbers of this year, each exactly once', async () => {
    const year = releaseYear(new Date())
    const existing = await ctx.payload.find({ collection: slugs.pressReleases, draft: true, limit: 0, pagination: false, depth: 0 })
    const already = existing.docs.length
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0
          ? ctx.payload.create({ collection: slugs.pressReleases, data: { headline: `Thông cáo song song ${i}` }, draft: true })
          : api(`/${slugs.pressReleases}?draft=true`, { method: 'POST', user: editor, body: JSON.stringify({ headline: `Thông cáo song song ${i}` }) })
              .then((r) => r.json() as Promise<{ doc: { id: number } }>)
              .then(({ doc }) => ctx.payload.findByID({ collection: slugs.pressReleases, id: doc.id, draft: true })),
      ),
    )
    const numbers = created.map((d) => d.releaseNumber).sort()
    expect(new Set(numbers).size).toBe(12)
    const expected = Array.from({ length: 12 }, (_, i) => `${already + i + 1}/${year}`).sort()
    expect(numbers).toEqual(expected)
  })

  test('a creation refused by validation gives its number back', async () => {
    const last = await ctx.payload.find({ collection: slugs.pressReleases, draft: true, sort: '-releaseSequence', limit: 1, depth: 0 })
    const refused = await api(`/${slugs.pressReleases}`, { method: 'POST', user: editor, body: JSON.stringify({ summary: 'thiếu tiêu đề' }) })
    expect(refused.status).toBe(400)
    const next = await ctx.payload.create({ collection: slugs.pressReleases, data: { headline: 'Sau lần bị từ chối' }, draft: true })
    expect(next.releaseSequence).toBe((last.docs[0]?.releaseSequence ?? 0) + 1)
  })

  test('a number sent by a client is ignored on create and cannot be changed later', async () => {
    const res = await api(`/${slugs.pressReleases}?draft=true`, {
      method: 'POST',
      user: editor,
      body: JSON.stringify({ headline: 'Số do người dùng gửi', releaseNumber: '999/2026' }),
    })
    const { doc } = (await res.json()) as { doc: { id: number; releaseNumber: string } }
    expect(doc.releaseNumber).not.toBe('999/2026')
    await api(`/${slugs.pressReleases}/${doc.id}?draft=true`, { method: 'PATCH', user: editor, body: JSON.stringify({ releaseNumber: '1000/2026' }) })
    const reread = await ctx.payload.findByID({ collection: slugs.pressReleases, id: doc.id, draft: true })
    expect(reread.releaseNumber).toBe(doc.releaseNumber)
  })
})

describe('site settings', () => {
  test('organization name is kept per language and readable by anyone', async () => {
    const admin = await createUser(ctx.payload, ['admin'])
    for (const [locale, name] of [['vi', 'Sở Thông tin và Truyền thông Quảng Trị'], ['en', 'Quang Tri Department of Information'], ['lo', 'ພະແນກຖະແຫຼງຂ່າວ ແຂວງກວາງຈິ']] as const) {
      const res = await api(`/globals/site-settings?locale=${locale}`, { method: 'POST', user: admin, body: JSON.stringify({ organizationName: name }) })
      expect(res.status).toBe(200)
    }
    const lo = await (await api('/globals/site-settings?locale=lo')).json()
    expect(lo.organizationName).toBe('ພະແນກຖະແຫຼງຂ່າວ ແຂວງກວາງຈິ')
    const refused = await api('/globals/site-settings', { method: 'POST', user: editor, body: JSON.stringify({ organizationName: 'Hacked' }) })
    expect(refused.status).toBe(403)
    expect((await ctx.payload.findGlobal({ slug: 'site-settings', locale: 'vi' })).organizationName).toBe('Sở Thông tin và Truyền thông Quảng Trị')
  })
})
