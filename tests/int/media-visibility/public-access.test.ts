import { createLocalReq, type Payload } from 'payload'

import { manualClock } from '../../../src/workflow/clock'
import { refreshAllMediaVisibility, refreshMediaVisibility, syncReleasedMedia } from '../../../src/workflow/mediaVisibility'
import { readLive } from '../../../src/workflow/service'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { globalSlugs, slugs } from '../../helpers/slugs'
import { authHeader, createUser, type TestUser } from '../../helpers/users'
import { bodyWithUploads, draftOnly, livePublished, releasedAtOf, upload, type StoredMedia } from './fixtures'

/**
 * Media are public only once an item that uses them is: checked anonymously over real HTTP, for the
 * media document (`/api/media/:id`), its original file and a rendition (`/api/media/file/:name`).
 */

const T0 = new Date('2026-03-02T08:00:00.000Z')
const HOUR = 3_600_000
const clock = manualClock(T0)

let ctx: TestContext
let server: TestServer
let staff: TestUser
const m: Record<string, StoredMedia> = {}
const item: Record<string, number | string> = {}

const refresh = async (payload: Payload, collection: Parameters<typeof refreshMediaVisibility>[0]['collection'], media: StoredMedia[]) => {
  const req = await createLocalReq({}, payload)
  await refreshMediaVisibility({ payload, req, collection, mediaIds: media.map((x) => x.id) })
}

beforeAll(async () => {
  ctx = await bootPayload({}, { custom: { clock } })
  server = await startServer(ctx)
  staff = await createUser(ctx.payload, ['contributor'])
  const p = ctx.payload
  for (const name of ['draft', 'published', 'embargoed', 'shared', 'earliest', 'body', 'staffOnly', 'withdrawn', 'logo', 'siteLogo', 'orphan', 'enOnly', 'bodyLater', 'restLogo', 'restLogo2', 'restSiteLogo', 'deleted']) {
    m[name] = await upload(p, `mv-${name}`, 'jpeg')
  }
  m.enFile = await upload(p, 'mv-en-file', 'pdf')

  item.draft = await draftOnly(p, slugs.pressReleases, 'Thông cáo còn nháp', { images: [m.draft.id, m.shared.id] })
  item.published = await livePublished(p, slugs.pressReleases, 'Thông cáo đã xuất bản', { images: [m.published.id] }, { publishedAt: new Date(T0.getTime() - HOUR) })
  item.embargoed = await livePublished(
    p,
    slugs.pressReleases,
    'Thông cáo cấm đăng',
    { images: [m.embargoed.id, m.earliest.id] },
    { publishedAt: new Date(T0.getTime() - HOUR), embargoUntil: new Date(T0.getTime() + HOUR) },
  )
  item.sharedPublic = await livePublished(p, slugs.publications, 'Ấn phẩm công khai', { cover: m.shared.id }, { publishedAt: new Date(T0.getTime() - 2 * HOUR) })
  item.earliest = await livePublished(p, slugs.partnerMedia, 'Phóng sự ảnh', { media: [m.earliest.id] }, { publishedAt: new Date(T0.getTime() - 3 * HOUR) })
  item.body = await livePublished(
    p,
    slugs.trainingMaterials,
    'Tài liệu có ảnh trong bài',
    { body: bodyWithUploads('Ảnh trong nội dung', [{ id: m.body.id }]) },
    { publishedAt: new Date(T0.getTime() - HOUR) },
  )
  item.staffOnly = await livePublished(
    p,
    slugs.trainingMaterials,
    'Tài liệu nội bộ',
    { visibility: 'staff', body: bodyWithUploads('Nội bộ', [{ id: m.staffOnly.id }]) },
    { publishedAt: new Date(T0.getTime() - HOUR) },
  )
  item.bodyLater = await draftOnly(p, slugs.pressReleases, 'Thông cáo có ảnh trong bài', {
    body: bodyWithUploads('Ảnh chỉ nằm trong nội dung', [{ id: m.bodyLater.id, shape: 'object' }]),
  })
  item.deleted = await livePublished(p, slugs.publications, 'Ấn phẩm sẽ bị xóa', { cover: m.deleted.id }, { publishedAt: new Date(T0.getTime() - HOUR) })
  item.withdrawn = await livePublished(p, slugs.pressReleases, 'Thông cáo sẽ thu hồi', { images: [m.withdrawn.id] }, { publishedAt: new Date(T0.getTime() - HOUR) })
  // Published in Vietnamese only; the English translation carries its own file and picture.
  item.translation = await livePublished(
    p,
    slugs.publications,
    'Ấn phẩm chưa dịch xong',
    {},
    {
      publishedAt: new Date(T0.getTime() - HOUR),
      publishedLocales: ['vi'],
      translations: { en: { title: 'Unfinished translation', files: [m.enFile.id], body: bodyWithUploads('English only', [{ id: m.enOnly.id, shape: 'object' }]) } },
    },
  )
  await p.create({ collection: slugs.partners, data: { name: 'Đài Phát thanh Truyền hình Savannakhet', kind: 'lao-media', country: 'LA', logo: m.logo.id as number } })
  // Payload 3.90 validates a global's upload filterOptions as the request's user even with overrideAccess:
  // the logo, not yet released, must be checked by a staff member.
  await p.updateGlobal({
    slug: globalSlugs.siteSettings,
    data: { organizationName: 'Sở Thông tin và Truyền thông Quảng Trị', logo: m.siteLogo.id as number },
    user: staff.user,
  })

  // The full recompute the seed runs; the tests below then use the workflow's per-change refresh.
  const req = await createLocalReq({}, p)
  await refreshAllMediaVisibility({ payload: p, req })
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})

type Reply = { status: number; bytes: Buffer; body: string; type: string | null }
const get = async (path: string, user?: TestUser): Promise<Reply> => {
  const res = await fetch(`${server.url}${path}`, { headers: user ? authHeader(user) : {} })
  const bytes = Buffer.from(await res.arrayBuffer())
  return { status: res.status, bytes, body: bytes.toString('utf8'), type: res.headers.get('content-type') }
}

/** Status of the document, the original file and its thumbnail, for one reader. */
const statuses = async (media: StoredMedia, user?: TestUser) => ({
  doc: (await get(`/api/media/${media.id}`, user)).status,
  file: (await get(`/api/media/file/${encodeURIComponent(media.filename)}`, user)).status,
  ...(media.thumbnail ? { thumbnail: (await get(`/api/media/file/${encodeURIComponent(media.thumbnail)}`, user)).status } : {}),
})
const HIDDEN = { doc: 404, file: 403, thumbnail: 403 }
const SHOWN = { doc: 200, file: 200, thumbnail: 200 }
const HIDDEN_PDF = { doc: 404, file: 403 }
const SHOWN_PDF = { doc: 200, file: 200 }

beforeEach(() => clock.set(T0))

describe('anonymous readers get a media file only once an item using it is public', () => {
  test('media of a never-published draft: 404 for the document, 403 for the file and its renditions', async () => {
    expect(await statuses(m.draft)).toEqual(HIDDEN)
  })

  test('media of a published item are served: the document, the JPEG file and its renditions', async () => {
    expect(await statuses(m.published)).toEqual(SHOWN)
    const file = await get(`/api/media/file/${encodeURIComponent(m.published.filename)}`)
    expect(file.type).toBe('image/jpeg')
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
    const doc = JSON.parse((await get(`/api/media/${m.published.id}`)).body) as Record<string, unknown>
    expect(doc).toMatchObject({ id: m.published.id, filename: m.published.filename, alt: 'Ảnh mv-published' })
    expect(doc).not.toHaveProperty('releasedAt')
  })

  test('media of an embargoed item: hidden one second before the embargo, served one second after', async () => {
    const embargo = T0.getTime() + HOUR
    expect(await releasedAtOf(ctx.payload, m.embargoed.id)).toBe(new Date(embargo).toISOString())
    clock.set(new Date(embargo - 1000))
    expect(await statuses(m.embargoed)).toEqual(HIDDEN)
    clock.set(new Date(embargo + 1000))
    expect(await statuses(m.embargoed)).toEqual(SHOWN)
  })

  test('media shared by a public item and an unpublished one are public', async () => {
    expect(await statuses(m.shared)).toEqual(SHOWN)
    expect(await releasedAtOf(ctx.payload, m.shared.id)).toBe(new Date(T0.getTime() - 2 * HOUR).toISOString())
  })

  test('the earliest live item counts: an embargoed release does not hold back a picture another item already published', async () => {
    expect(await releasedAtOf(ctx.payload, m.earliest.id)).toBe(new Date(T0.getTime() - 3 * HOUR).toISOString())
    expect(await statuses(m.earliest)).toEqual(SHOWN)
  })

  test('media used only inside the rich-text body of a published item are public', async () => {
    expect(await statuses(m.body)).toEqual(SHOWN)
  })

  test('staff-only training materials release nothing, published or not', async () => {
    expect(await statuses(m.staffOnly)).toEqual(HIDDEN)
  })

  test('the media list and GraphQL show the released files only', async () => {
    const list = JSON.parse((await get('/api/media?limit=100&depth=0')).body) as { docs: { id: unknown }[] }
    const released = ['published', 'shared', 'earliest', 'body', 'withdrawn', 'logo', 'siteLogo', 'deleted'].map((k) => m[k].id)
    const byId = (a: unknown, b: unknown) => String(a).localeCompare(String(b))
    expect(list.docs.map((d) => d.id).sort(byId)).toEqual([...released].sort(byId))
    const res = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ MediaFiles(limit: 100) { docs { id filename } } }' }),
    })
    const { data } = (await res.json()) as { data: { MediaFiles: { docs: { id: unknown; filename: string }[] } } }
    expect(data.MediaFiles.docs.map((d) => d.filename).sort()).toEqual(
      ['published', 'shared', 'earliest', 'body', 'withdrawn', 'logo', 'siteLogo', 'deleted'].map((k) => m[k].filename).sort(),
    )
  })

  test('a language not yet published releases nothing: its file and its body picture stay private until it is', async () => {
    expect(await statuses(m.enFile)).toEqual(HIDDEN_PDF)
    expect(await statuses(m.enOnly)).toEqual(HIDDEN)
    await ctx.payload.db.updateOne({ collection: slugs.publications, id: item.translation, data: { publishedLocales: ['vi', 'en'] } })
    // What the workflow does after publishing a language: record the media the live copy releases.
    const req = await createLocalReq({}, ctx.payload)
    const live = await readLive({ payload: ctx.payload, req }, slugs.publications, item.translation)
    await syncReleasedMedia({ payload: ctx.payload, req, collection: slugs.publications, liveDoc: live! })
    expect(await statuses(m.enFile)).toEqual(SHOWN_PDF)
    expect(await statuses(m.enOnly)).toEqual(SHOWN)
  })

  test('logos of partners and of the site settings are public; a file nothing uses is not', async () => {
    expect(await statuses(m.logo)).toEqual(SHOWN)
    expect(await statuses(m.siteLogo)).toEqual(SHOWN)
    expect(await releasedAtOf(ctx.payload, m.logo.id)).toBe(new Date(0).toISOString())
    expect(await statuses(m.orphan)).toEqual(HIDDEN)
    expect(await releasedAtOf(ctx.payload, m.orphan.id)).toBeNull()
  })

  test('releasedAt cannot be queried, set or cleared through the API', async () => {
    expect((await get('/api/media?where[releasedAt][exists]=true')).status).toBe(400)
    const editor = await createUser(ctx.payload, ['editor'])
    for (const [media, value] of [
      [m.orphan, '2000-01-01T00:00:00.000Z'],
      [m.published, null],
    ] as const) {
      const res = await fetch(`${server.url}/api/media/${media.id}?locale=vi`, {
        method: 'PATCH',
        headers: { ...authHeader(editor), 'content-type': 'application/json' },
        body: JSON.stringify({ alt: `Sửa ${media.filename}`, releasedAt: value }),
      })
      expect(res.status).toBe(200)
    }
    expect(await releasedAtOf(ctx.payload, m.orphan.id)).toBeNull()
    expect(await statuses(m.orphan)).toEqual(HIDDEN)
    expect(await releasedAtOf(ctx.payload, m.published.id)).toBe(new Date(T0.getTime() - HOUR).toISOString())
    expect(await statuses(m.published)).toEqual(SHOWN)
    // Writing releasedAt elsewhere left the media document whole: its alt texts and renditions are intact.
    const doc = JSON.parse((await get(`/api/media/${m.published.id}?locale=vi`)).body) as { alt: string; sizes: { thumbnail: { filename: string } } }
    expect(doc.alt).toBe(`Sửa ${m.published.filename}`)
    expect(doc.sizes.thumbnail.filename).toBe(m.published.thumbnail)
  })

  test('a withdrawn item takes its media down once refreshed', async () => {
    expect(await statuses(m.withdrawn)).toEqual(SHOWN)
    // What the workflow's withdraw does to the live copy, then its refresh.
    await ctx.payload.db.updateOne({ collection: slugs.pressReleases, id: item.withdrawn, data: { state: 'withdrawn' } })
    await refresh(ctx.payload, slugs.pressReleases, [m.withdrawn])
    expect(await statuses(m.withdrawn)).toEqual(HIDDEN)
    expect(await releasedAtOf(ctx.payload, m.withdrawn.id)).toBeNull()
  })

  test('publishing the draft releases its media; the shared picture keeps its earlier release time', async () => {
    expect(await statuses(m.draft)).toEqual(HIDDEN)
    await ctx.payload.update({
      collection: slugs.pressReleases,
      id: item.draft,
      data: { _status: 'published', state: 'published', publishedAt: T0.toISOString(), publishedLocales: ['vi'] } as never,
    })
    await refresh(ctx.payload, slugs.pressReleases, [m.draft, m.shared])
    expect(await statuses(m.draft)).toEqual(SHOWN)
    expect(await releasedAtOf(ctx.payload, m.draft.id)).toBe(T0.toISOString())
    expect(await releasedAtOf(ctx.payload, m.shared.id)).toBe(new Date(T0.getTime() - 2 * HOUR).toISOString())
  })

  test('publishing an item whose rich-text body alone holds a picture releases it (the body scan of a single refresh)', async () => {
    expect(await statuses(m.bodyLater)).toEqual(HIDDEN)
    await ctx.payload.update({
      collection: slugs.pressReleases,
      id: item.bodyLater,
      data: { _status: 'published', state: 'published', publishedAt: T0.toISOString(), publishedLocales: ['vi'] } as never,
    })
    await refresh(ctx.payload, slugs.pressReleases, [m.bodyLater])
    expect(await statuses(m.bodyLater)).toEqual(SHOWN)
  })
})

describe('saving reference data and deleting items refresh their media at once (hooks)', () => {
  const send = async (method: string, path: string, user: TestUser, body?: unknown) => {
    const res = await fetch(`${server.url}/api${path}`, {
      method,
      headers: { ...authHeader(user), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: res.status, body: (await res.json()) as { doc?: { id: number | string } } }
  }

  test('a partner saved through the API with a logo makes it public; changing the logo takes the old one down', async () => {
    const editor = await createUser(ctx.payload, ['editor'])
    expect(await statuses(m.restLogo)).toEqual(HIDDEN)
    const created = await send('POST', `/${slugs.partners}?locale=vi`, editor, { name: 'Báo Pasaxon', kind: 'lao-media', country: 'LA', logo: m.restLogo.id })
    expect(created.status).toBe(201)
    expect(await statuses(m.restLogo)).toEqual(SHOWN)
    const changed = await send('PATCH', `/${slugs.partners}/${created.body.doc!.id}?locale=vi`, editor, { logo: m.restLogo2.id })
    expect(changed.status).toBe(200)
    expect(await statuses(m.restLogo)).toEqual(HIDDEN)
    expect(await statuses(m.restLogo2)).toEqual(SHOWN)
    expect((await send('DELETE', `/${slugs.partners}/${created.body.doc!.id}`, await createUser(ctx.payload, ['admin']))).status).toBe(200)
    expect(await statuses(m.restLogo2)).toEqual(HIDDEN)
  })

  test('the site settings saved through the API with a new logo: the new one is public, the old one no longer', async () => {
    const admin = await createUser(ctx.payload, ['admin'])
    const res = await fetch(`${server.url}/api/globals/${globalSlugs.siteSettings}?locale=vi`, {
      method: 'POST',
      headers: { ...authHeader(admin), 'content-type': 'application/json' },
      body: JSON.stringify({ logo: m.restSiteLogo.id }),
    })
    expect(res.status).toBe(200)
    expect(await statuses(m.restSiteLogo)).toEqual(SHOWN)
    expect(await statuses(m.siteLogo)).toEqual(HIDDEN)
  })

  test('deleting a live item takes down the media only it used', async () => {
    expect(await statuses(m.deleted)).toEqual(SHOWN)
    const admin = await createUser(ctx.payload, ['admin'])
    expect((await send('DELETE', `/${slugs.publications}/${item.deleted}`, admin)).status).toBe(200)
    expect(await statuses(m.deleted)).toEqual(HIDDEN)
  })
})

describe('staff', () => {
  test('read every media document and file, released or not', async () => {
    for (const key of ['staffOnly', 'orphan', 'embargoed']) expect(await statuses(m[key], staff)).toEqual(SHOWN)
    clock.set(new Date(T0.getTime() + HOUR - 1000))
    expect(await statuses(m.embargoed, staff)).toEqual(SHOWN)
    const list = JSON.parse((await get('/api/media?limit=100&depth=0', staff)).body) as { totalDocs: number }
    expect(list.totalDocs).toBe(Object.keys(m).length)
  })
})
