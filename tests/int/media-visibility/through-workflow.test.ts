import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { authHeader, createUser, type TestUser } from '../../helpers/users'
import { act } from '../../helpers/workflow'
import { upload, type StoredMedia } from './fixtures'

/**
 * The same rule, driven by the editorial workflow over HTTP (contributor → editor → publisher): the
 * workflow calls refreshMediaVisibility with the media of the item before and after each change.
 */

const T0 = new Date('2026-06-01T02:00:00.000Z')
const clock = manualClock(T0)
let ctx: TestContext
let server: TestServer
const u = {} as Record<'contributor' | 'editor' | 'publisher', TestUser>
const m: Record<string, StoredMedia> = {}

beforeAll(async () => {
  ctx = await bootPayload({}, { custom: { clock } })
  server = await startServer(ctx)
  u.contributor = await createUser(ctx.payload, ['contributor'])
  u.editor = await createUser(ctx.payload, ['editor'])
  u.publisher = await createUser(ctx.payload, ['publisher'])
  for (const name of ['first', 'replacement', 'embargoed']) m[name] = await upload(ctx.payload, `wf-${name}`)
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})
beforeEach(() => clock.set(T0))

const anonymous = async (media: StoredMedia) => ({
  doc: (await fetch(`${server.url}/api/media/${media.id}`)).status,
  file: (await fetch(`${server.url}/api/media/file/${encodeURIComponent(media.filename)}`)).status,
})
const HIDDEN = { doc: 404, file: 403 }
const SHOWN = { doc: 200, file: 200 }

/** A contributor writes through the API (a draft), then the item goes through review. */
async function write(method: 'POST' | 'PATCH', path: string, body: Record<string, unknown>) {
  const res = await fetch(`${server.url}/api/${slugs.pressReleases}${path}?locale=vi`, {
    method,
    headers: { ...authHeader(u.contributor), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(res.status).toBeLessThan(300)
  return ((await res.json()) as { doc: { id: number | string } }).doc.id
}
async function review(id: number | string, final: { action: 'publish' } | { action: 'correct'; note: string }) {
  expect((await act(server, u.contributor, slugs.pressReleases, id, { action: 'submit' })).status).toBe(200)
  expect((await act(server, u.editor, slugs.pressReleases, id, { action: 'approve', locales: ['vi'] })).status).toBe(200)
  expect((await act(server, u.publisher, slugs.pressReleases, id, { ...final, locales: ['vi'] })).status).toBe(200)
}

describe('media follow the item through publish, correction and withdrawal', () => {
  let id: number | string

  test('a draft keeps its picture private; publishing makes it public', async () => {
    id = await write('POST', '', { headline: 'Thông cáo có ảnh', images: [m.first.id] })
    expect(await anonymous(m.first)).toEqual(HIDDEN)
    await review(id, { action: 'publish' })
    expect(await anonymous(m.first)).toEqual(SHOWN)
  })

  test('an edit waiting for review changes nothing public; the correction that replaces the picture swaps them', async () => {
    await write('PATCH', `/${id}`, { images: [m.replacement.id] })
    expect(await anonymous(m.replacement)).toEqual(HIDDEN)
    expect(await anonymous(m.first)).toEqual(SHOWN)
    await review(id, { action: 'correct', note: 'Thay ảnh minh họa' })
    expect(await anonymous(m.replacement)).toEqual(SHOWN)
    expect(await anonymous(m.first)).toEqual(HIDDEN)
  })

  test('withdrawing takes down the picture of the live copy, whatever the pending draft holds', async () => {
    await write('PATCH', `/${id}`, { images: [m.first.id] })
    expect((await act(server, u.publisher, slugs.pressReleases, id, { action: 'withdraw', note: 'Thông tin chưa chính xác' })).status).toBe(200)
    expect(await anonymous(m.replacement)).toEqual(HIDDEN)
    expect(await anonymous(m.first)).toEqual(HIDDEN)
  })
})

test('an embargoed release: its picture stays private until the embargo passes, with no job run', async () => {
  const embargo = new Date(T0.getTime() + 2 * 3_600_000)
  const id = await write('POST', '', { headline: 'Thông cáo cấm đăng', images: [m.embargoed.id], embargoUntil: embargo.toISOString() })
  await review(id, { action: 'publish' })
  clock.set(new Date(embargo.getTime() - 1000))
  expect(await anonymous(m.embargoed)).toEqual(HIDDEN)
  clock.set(new Date(embargo.getTime() + 1000))
  expect(await anonymous(m.embargoed)).toEqual(SHOWN)
})
