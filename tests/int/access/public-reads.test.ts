import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { authHeader, createUser, type TestUser } from '../../helpers/users'

let ctx: TestContext
let server: TestServer
let staff: TestUser
const ids: Record<string, number> = {}

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  staff = await createUser(ctx.payload, ['contributor'])
  const p = ctx.payload
  ids.published = (await p.create({ collection: slugs.pressReleases, data: { headline: 'Đã xuất bản', _status: 'published' } })).id
  ids.draft = (await p.create({ collection: slugs.pressReleases, data: { headline: 'Bản nháp bí mật' }, draft: true })).id
  // Published, then edited as a draft: the public must keep seeing the published text only.
  ids.edited = (await p.create({ collection: slugs.pressReleases, data: { headline: 'Bản công khai', _status: 'published' } })).id
  await p.update({ collection: slugs.pressReleases, id: ids.edited, data: { headline: 'Sửa đổi chưa duyệt' }, draft: true })
  ids.tmPublic = (await p.create({ collection: slugs.trainingMaterials, data: { title: 'Tài liệu công khai', visibility: 'public', _status: 'published' } })).id
  ids.tmStaff = (await p.create({ collection: slugs.trainingMaterials, data: { title: 'Tài liệu nội bộ', visibility: 'staff', _status: 'published' } })).id
  ids.tmDraft = (await p.create({ collection: slugs.trainingMaterials, data: { title: 'Tài liệu nháp', visibility: 'public' }, draft: true })).id
  // A published publication that relates to the draft release: the relationship must not leak it.
  ids.pub = (
    await p.create({ collection: slugs.publications, data: { title: 'Ấn phẩm', kind: 'leaflet', _status: 'published' } })
  ).id
  await p.update({
    collection: slugs.pressReleases,
    id: ids.published,
    data: { related: [{ relationTo: slugs.pressReleases, value: ids.draft }], _status: 'published' },
  })
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

const get = async (path: string, user?: TestUser) => {
  const res = await fetch(`${server.url}/api${path}`, { headers: user ? authHeader(user) : {} })
  return { status: res.status, text: await res.text() }
}
const gql = async (query: string, user?: TestUser) => {
  const res = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(user ? authHeader(user) : {}) },
    body: JSON.stringify({ query }),
  })
  return { status: res.status, text: await res.text() }
}
const headlinesOf = (text: string) => (JSON.parse(text) as { docs: { headline?: string; title?: string }[] }).docs.map((d) => d.headline ?? d.title).sort()

describe('anonymous REST reads never return drafts or staff-only material', () => {
  test('the press release list holds the published items only, with their published text', async () => {
    const { status, text } = await get(`/${slugs.pressReleases}?limit=100`)
    expect(status).toBe(200)
    expect(headlinesOf(text)).toEqual(['Bản công khai', 'Đã xuất bản'])
  })

  test.each([
    ['by id', () => `/${slugs.pressReleases}/${ids.draft}`],
    ['by id with draft=true', () => `/${slugs.pressReleases}/${ids.draft}?draft=true`],
    ['by slug', () => `/${slugs.pressReleases}?where[slug][equals]=ban-nhap-bi-mat`],
    ['by slug with draft=true', () => `/${slugs.pressReleases}?where[slug][equals]=ban-nhap-bi-mat&draft=true`],
    ['list with draft=true', () => `/${slugs.pressReleases}?draft=true&limit=100`],
    ['edited item with draft=true', () => `/${slugs.pressReleases}/${ids.edited}?draft=true`],
    ['versions list', () => `/${slugs.pressReleases}/versions`],
    ['related field of a published item', () => `/${slugs.pressReleases}/${ids.published}?depth=2`],
  ])('%s does not reveal draft text', async (_name, path) => {
    const { text } = await get(path())
    expect(text).not.toContain('Bản nháp bí mật')
    expect(text).not.toContain('Sửa đổi chưa duyệt')
  })

  test.each([
    ['by id with draft=true', () => `/${slugs.pressReleases}/${ids.draft}?draft=true`, 'Bản nháp bí mật'],
    ['by slug with draft=true', () => `/${slugs.pressReleases}?where[slug][equals]=ban-nhap-bi-mat&draft=true`, 'Bản nháp bí mật'],
    ['edited item with draft=true', () => `/${slugs.pressReleases}/${ids.edited}?draft=true`, 'Sửa đổi chưa duyệt'],
    ['versions list', () => `/${slugs.pressReleases}/versions?limit=100`, 'Sửa đổi chưa duyệt'],
  ])('control: the same request by staff (%s) does show the draft text', async (_name, path, expected) => {
    const { status, text } = await get(path(), staff)
    expect(status).toBe(200)
    expect(text).toContain(expected)
  })

  test('a draft by id answers 404 and the versions endpoint 403', async () => {
    expect((await get(`/${slugs.pressReleases}/${ids.draft}`)).status).toBe(404)
    expect((await get(`/${slugs.pressReleases}/versions`)).status).toBe(403)
  })

  test('training materials: only published public ones are listed; staff-only answers 404 by id', async () => {
    const { text } = await get(`/${slugs.trainingMaterials}?limit=100&draft=true`)
    expect(headlinesOf(text)).toEqual(['Tài liệu công khai'])
    expect((await get(`/${slugs.trainingMaterials}/${ids.tmStaff}`)).status).toBe(404)
    expect((await get(`/${slugs.trainingMaterials}/${ids.tmDraft}`)).status).toBe(404)
  })

  test('staff see drafts and staff-only material', async () => {
    expect(headlinesOf((await get(`/${slugs.pressReleases}?draft=true&limit=100`, staff)).text)).toEqual([
      'Bản nháp bí mật',
      'Sửa đổi chưa duyệt',
      'Đã xuất bản',
    ])
    expect(headlinesOf((await get(`/${slugs.trainingMaterials}?draft=true&limit=100`, staff)).text)).toEqual([
      'Tài liệu công khai',
      'Tài liệu nháp',
      'Tài liệu nội bộ',
    ])
  })
})

describe('anonymous GraphQL reads never return drafts or staff-only material', () => {
  test('the press release list holds the published items only', async () => {
    const { status, text } = await gql('{ PressReleases(limit: 100) { docs { headline } } }')
    expect(status).toBe(200)
    const docs = (JSON.parse(text) as { data: { PressReleases: { docs: { headline: string }[] } } }).data.PressReleases.docs
    expect(docs.map((d) => d.headline).sort()).toEqual(['Bản công khai', 'Đã xuất bản'])
  })

  test.each([
    ['list with draft: true', () => '{ PressReleases(draft: true, limit: 100) { docs { headline } } }'],
    ['draft by id', () => `{ PressRelease(id: ${ids.draft}) { headline } }`],
    ['draft by id with draft: true', () => `{ PressRelease(id: ${ids.draft}, draft: true) { headline } }`],
    ['edited item with draft: true', () => `{ PressRelease(id: ${ids.edited}, draft: true) { headline } }`],
    ['by slug', () => '{ PressReleases(where: { slug: { equals: "ban-nhap-bi-mat" } }) { docs { headline } } }'],
    ['versions', () => '{ versionsPressReleases { docs { version { headline } } } }'],
    ['relationship', () => `{ PressRelease(id: ${ids.published}) { related { value { ... on PressRelease { headline } } } } }`],
  ])('%s does not reveal draft text', async (_name, query) => {
    const { text } = await gql(query())
    expect(text).not.toContain('Bản nháp bí mật')
    expect(text).not.toContain('Sửa đổi chưa duyệt')
  })

  test.each([
    ['draft by id with draft: true', () => `{ PressRelease(id: ${ids.draft}, draft: true) { headline } }`, 'Bản nháp bí mật'],
    ['edited item with draft: true', () => `{ PressRelease(id: ${ids.edited}, draft: true) { headline } }`, 'Sửa đổi chưa duyệt'],
    ['versions', () => '{ versionsPressReleases(limit: 100) { docs { version { headline } } } }', 'Sửa đổi chưa duyệt'],
  ])('control: the same query by staff (%s) does show the draft text', async (_name, query, expected) => {
    const { text } = await gql(query(), staff)
    expect(text).toContain(expected)
  })

  test('staff-only and draft training materials are not listed', async () => {
    const { text } = await gql('{ TrainingMaterials(draft: true, limit: 100) { docs { title } } }')
    const docs = (JSON.parse(text) as { data: { TrainingMaterials: { docs: { title: string }[] } } }).data.TrainingMaterials.docs
    expect(docs.map((d) => d.title)).toEqual(['Tài liệu công khai'])
  })
})
