import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { authHeader, createUser, type TestUser } from '../../helpers/users'
import { act, liveOf, stateOf } from '../../helpers/workflow'

const clock = manualClock()
let ctx: TestContext
let server: TestServer
let contributor: TestUser
let editor: TestUser
let publisher: TestUser

beforeAll(async () => {
  ctx = await bootPayload({}, { custom: { clock } })
  server = await startServer(ctx)
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  editor = await createUser(ctx.payload, ['editor'], 'editor')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
})
afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
})
beforeEach(() => clock.set(new Date()))

type Res = { status: number; text: string; json: () => Record<string, unknown> }
async function call(path: string, init: { method?: string; user?: TestUser | null; body?: unknown } = {}): Promise<Res> {
  const res = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.user ? authHeader(init.user) : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await res.text()
  return { status: res.status, text, json: () => JSON.parse(text) as Record<string, unknown> }
}
const gql = (query: string, user?: TestUser | null) => call('/api/graphql', { method: 'POST', user, body: { query } })

/** A draft press release written by the contributor through REST; returns its id. */
async function draft(headline: string, extra: Record<string, unknown> = {}, locale = 'vi'): Promise<number> {
  const res = await call(`/api/${slugs.pressReleases}?draft=true&locale=${locale}`, { method: 'POST', user: contributor, body: { headline, ...extra } })
  expect(res.status).toBe(201)
  return (res.json().doc as { id: number }).id
}

async function publishThroughWorkflow(id: number, approve: string[] = ['vi']) {
  expect((await act(server, contributor, slugs.pressReleases, id, { action: 'submit' })).status).toBe(200)
  expect((await act(server, editor, slugs.pressReleases, id, { action: 'approve', locales: approve })).status).toBe(200)
  const published = await act(server, publisher, slugs.pressReleases, id, { action: 'publish' })
  expect(published).toMatchObject({ status: 200, body: { state: 'published' } })
}

/** Every anonymous way of reading an item that exists today; true where its headline shows. */
async function publicChannels(id: number, headline: string, locale = 'vi') {
  const byId = await call(`/api/${slugs.pressReleases}/${id}?locale=${locale}`)
  const byIdDraft = await call(`/api/${slugs.pressReleases}/${id}?draft=true&locale=${locale}`)
  const list = await call(`/api/${slugs.pressReleases}?limit=100&locale=${locale}`)
  const listDraft = await call(`/api/${slugs.pressReleases}?limit=100&draft=true&locale=${locale}`)
  const staffCopy = (await ctx.payload.findByID({ collection: slugs.pressReleases, id, draft: true, locale: locale as 'vi' })) as { slug?: string }
  const bySlug = await call(`/api/${slugs.pressReleases}?where[slug][equals]=${encodeURIComponent(staffCopy.slug ?? '-')}&locale=${locale}`)
  const byTitle = await call(`/api/${slugs.pressReleases}?where[headline][like]=${encodeURIComponent(headline)}&locale=${locale}`)
  const count = await call(`/api/${slugs.pressReleases}/count?where[id][equals]=${id}&locale=${locale}`)
  const versions = await call(`/api/${slugs.pressReleases}/versions?where[parent][equals]=${id}`)
  const gqlOne = await gql(`{ PressRelease(id: ${id}, locale: ${locale}) { headline } }`)
  const gqlList = await gql(`{ PressReleases(limit: 100, locale: ${locale}) { docs { id headline } } }`)
  const gqlDraft = await gql(`{ PressRelease(id: ${id}, draft: true, locale: ${locale}) { headline } }`)
  return {
    byId: byId.status === 200 && byId.text.includes(headline),
    byIdDraft: byIdDraft.status === 200 && byIdDraft.text.includes(headline),
    list: list.text.includes(headline),
    listDraft: listDraft.text.includes(headline),
    bySlug: bySlug.text.includes(headline),
    byTitle: byTitle.text.includes(headline),
    count: (count.json().totalDocs as number) > 0,
    versions: versions.status === 200 && versions.text.includes(headline),
    graphqlById: gqlOne.text.includes(headline),
    graphqlList: gqlList.text.includes(headline),
    graphqlDraft: gqlDraft.text.includes(headline),
  }
}
const nowhere = { byId: false, byIdDraft: false, list: false, listDraft: false, bySlug: false, byTitle: false, count: false, versions: false, graphqlById: false, graphqlList: false, graphqlDraft: false }
const everywhere = { ...nowhere, byId: true, byIdDraft: true, list: true, listDraft: true, bySlug: true, byTitle: true, count: true, graphqlById: true, graphqlList: true, graphqlDraft: true }

describe('nothing skips a step: direct writes are refused and change nothing', () => {
  test('a contributor creating with _status "published" over REST gets 403 and nothing is stored', async () => {
    const before = (await ctx.payload.count({ collection: slugs.pressReleases })).totalDocs
    const res = await call(`/api/${slugs.pressReleases}`, { method: 'POST', user: contributor, body: { headline: 'Tự xuất bản', _status: 'published' } })
    expect(res.status).toBe(403)
    expect(res.json()).toEqual({ errors: [{ message: 'Publishing goes through the workflow: POST /api/press-releases/{id}/workflow' }] })
    expect((await ctx.payload.count({ collection: slugs.pressReleases })).totalDocs).toBe(before)
  })

  test('a contributor writing _status or the state field on their draft gets 403; a save without draft=true stays a draft', async () => {
    const id = await draft('Bản nháp của cộng tác viên')
    const publish = await call(`/api/${slugs.pressReleases}/${id}`, { method: 'PATCH', user: contributor, body: { _status: 'published' } })
    expect(publish.status).toBe(403)
    const approve = await call(`/api/${slugs.pressReleases}/${id}`, { method: 'PATCH', user: contributor, body: { state: 'approved' } })
    expect(approve).toMatchObject({ status: 403 })
    expect(approve.json()).toEqual({ errors: [{ message: `The state changes only through POST /api/press-releases/${id}/workflow` }] })
    const plainSave = await call(`/api/${slugs.pressReleases}/${id}`, { method: 'PATCH', user: contributor, body: { headline: 'Bản nháp đã sửa' } })
    expect(plainSave.status).toBe(200)
    expect(await stateOf(ctx.payload, slugs.pressReleases, id)).toBe('draft')
    expect((await liveOf(ctx.payload, slugs.pressReleases, id))?._status).toBe('draft')
    expect(await publicChannels(id, 'Bản nháp đã sửa')).toEqual(nowhere)
  })

  test('the same over GraphQL: _status and state are refused, nothing is published', async () => {
    const id = await draft('Bản nháp GraphQL')
    const status = await gql(`mutation { updatePressRelease(id: ${id}, data: { _status: published }) { id } }`, contributor)
    expect(status.json().errors).toEqual([expect.objectContaining({ message: 'Publishing goes through the workflow: POST /api/press-releases/' + id + '/workflow' })])
    const state = await gql(`mutation { updatePressRelease(id: ${id}, draft: true, data: { state: published }) { id } }`, contributor)
    expect(state.json().errors).toEqual([expect.objectContaining({ message: `The state changes only through POST /api/press-releases/${id}/workflow` })])
    const create = await gql(`mutation { createPressRelease(data: { headline: "GraphQL tự xuất bản", _status: published }) { id } }`, contributor)
    expect(create.json().errors).toEqual([expect.objectContaining({ message: 'Publishing goes through the workflow: POST /api/press-releases/{id}/workflow' })])
    expect(await stateOf(ctx.payload, slugs.pressReleases, id)).toBe('draft')
    expect(await publicChannels(id, 'Bản nháp GraphQL')).toEqual(nowhere)
  })

  test('the Local API with overrideAccess: false is held to the same rules', async () => {
    const id = await draft('Bản nháp Local API')
    await expect(
      ctx.payload.update({ collection: slugs.pressReleases, id, data: { _status: 'published' }, overrideAccess: false, user: contributor.user }),
    ).rejects.toThrow('Publishing goes through the workflow: POST /api/press-releases/' + id + '/workflow')
    await expect(
      ctx.payload.update({ collection: slugs.pressReleases, id, data: { state: 'published' } as never, overrideAccess: false, user: contributor.user, draft: true }),
    ).rejects.toThrow(`The state changes only through POST /api/press-releases/${id}/workflow`)
    const saved = await ctx.payload.update({ collection: slugs.pressReleases, id, data: { headline: 'Bản nháp Local API (2)' }, overrideAccess: false, user: contributor.user })
    expect(saved._status).toBe('draft')
    expect(await stateOf(ctx.payload, slugs.pressReleases, id)).toBe('draft')
    expect((await liveOf(ctx.payload, slugs.pressReleases, id))?._status).toBe('draft')
  })

  test('restoring an old version is allowed as a draft only', async () => {
    const id = await draft('Bản có phiên bản')
    const { docs } = await ctx.payload.findVersions({ collection: slugs.pressReleases, where: { parent: { equals: id } }, limit: 1 })
    const restore = await call(`/api/${slugs.pressReleases}/versions/${docs[0]!.id}`, { method: 'POST', user: editor })
    expect(restore.status).toBe(403)
    expect((await liveOf(ctx.payload, slugs.pressReleases, id))?._status).toBe('draft')
  })

  test('a contributor cannot edit an item in review or another contributor’s draft', async () => {
    const id = await draft('Đang chờ duyệt')
    await act(server, contributor, slugs.pressReleases, id, { action: 'submit' })
    const edit = await call(`/api/${slugs.pressReleases}/${id}?draft=true`, { method: 'PATCH', user: contributor, body: { headline: 'Sửa lén' } })
    expect(edit.status).toBe(403)
    const other = await createUser(ctx.payload, ['contributor'], 'other')
    const id2 = await draft('Bài của người khác')
    const edit2 = await call(`/api/${slugs.pressReleases}/${id2}?draft=true`, { method: 'PATCH', user: other, body: { headline: 'Sửa bài người khác' } })
    expect(edit2.json()).toEqual({ errors: [{ message: 'A contributor may edit only items they created' }] })
    const reread = await ctx.payload.findByID({ collection: slugs.pressReleases, id, draft: true })
    expect(reread.headline).toBe('Đang chờ duyệt')
  })

  test('an edit after approval sends the item back to review', async () => {
    const id = await draft('Đã duyệt rồi sửa')
    await act(server, contributor, slugs.pressReleases, id, { action: 'submit' })
    await act(server, editor, slugs.pressReleases, id, { action: 'approve' })
    await call(`/api/${slugs.pressReleases}/${id}?draft=true`, { method: 'PATCH', user: editor, body: { headline: 'Đã duyệt rồi sửa (2)' } })
    expect(await stateOf(ctx.payload, slugs.pressReleases, id)).toBe('inReview')
    const publish = await act(server, publisher, slugs.pressReleases, id, { action: 'publish' })
    expect(publish.status).toBe(409)
  })
})

describe('a draft is invisible on every public channel; published, it is visible on all', () => {
  test('draft, then published', async () => {
    const id = await draft('Thông cáo về cảng Mỹ Thủy')
    expect(await publicChannels(id, 'Thông cáo về cảng Mỹ Thủy')).toEqual(nowhere)
    await publishThroughWorkflow(id)
    expect(await publicChannels(id, 'Thông cáo về cảng Mỹ Thủy')).toEqual(everywhere)
  })

  test('a published item relating to a draft does not leak the draft', async () => {
    const hidden = await draft('Bí mật liên quan')
    const id = await draft('Bài công khai có liên kết', { related: [{ relationTo: slugs.pressReleases, value: hidden }] })
    await publishThroughWorkflow(id)
    const rest = await call(`/api/${slugs.pressReleases}/${id}?depth=2`)
    expect(rest.status).toBe(200)
    expect(rest.text).not.toContain('Bí mật liên quan')
    const graph = await gql(`{ PressRelease(id: ${id}) { related { value { ... on PressRelease { headline } } } } }`)
    expect(graph.text).not.toContain('Bí mật liên quan')
  })
})

describe('per-language readiness', () => {
  test('publishing the Vietnamese text does not expose an unfinished Lao translation anywhere', async () => {
    const id = await draft('Hợp tác Quảng Trị – Savannakhet')
    await call(`/api/${slugs.pressReleases}/${id}?draft=true&locale=lo`, { method: 'PATCH', user: contributor, body: { headline: 'ຮ່າງ ຍັງບໍ່ແລ້ວ' } })
    await act(server, contributor, slugs.pressReleases, id, { action: 'submit' })
    await act(server, editor, slugs.pressReleases, id, { action: 'approve', locales: ['vi'] })
    const lao = await act(server, publisher, slugs.pressReleases, id, { action: 'publish', locales: ['lo'] })
    expect(lao).toMatchObject({ status: 409, body: { errors: [{ message: 'Cannot publish LO: not approved (not ready)' }] } })
    expect(await stateOf(ctx.payload, slugs.pressReleases, id)).toBe('approved')
    await act(server, publisher, slugs.pressReleases, id, { action: 'publish' })

    expect((await publicChannels(id, 'Hợp tác Quảng Trị – Savannakhet', 'vi')).byId).toBe(true)
    expect(await publicChannels(id, 'ຮ່າງ ຍັງບໍ່ແລ້ວ', 'lo')).toEqual(nowhere)
    const all = await call(`/api/${slugs.pressReleases}/${id}?locale=all`)
    expect(all.status).toBe(200)
    expect(all.text).not.toContain('ຮ່າງ ຍັງບໍ່ແລ້ວ')
    expect((all.json() as { headline: Record<string, string> }).headline).toEqual({ vi: 'Hợp tác Quảng Trị – Savannakhet' })
    const gqlAll = await gql(`{ PressReleases(locale: all) { docs { headline } } }`)
    expect(gqlAll.text).not.toContain('ຮ່າງ ຍັງບໍ່ແລ້ວ')

    // The translation is finished, reviewed on its own and published: now it appears in Lao.
    await call(`/api/${slugs.pressReleases}/${id}?draft=true&locale=lo`, { method: 'PATCH', user: contributor, body: { headline: 'ການຮ່ວມມື ກວາງຈິ – ສະຫວັນນະເຂດ' } })
    expect(await stateOf(ctx.payload, slugs.pressReleases, id)).toBe('draft')
    expect((await publicChannels(id, 'Hợp tác Quảng Trị – Savannakhet', 'vi')).byId).toBe(true)
    await act(server, contributor, slugs.pressReleases, id, { action: 'submit' })
    await act(server, editor, slugs.pressReleases, id, { action: 'approve', locales: ['lo'] })
    expect(await act(server, publisher, slugs.pressReleases, id, { action: 'publish' })).toMatchObject({
      status: 200,
      body: { publishedLocales: ['vi', 'lo'], publishedVersion: 2 },
    })
    expect(await publicChannels(id, 'ການຮ່ວມມື ກວາງຈິ – ສະຫວັນນະເຂດ', 'lo')).toEqual(everywhere)
  })
})

describe('embargo', () => {
  test('invisible on every public channel one second before the embargo, visible one second after', async () => {
    const until = new Date(clock.now().getTime() + 3_600_000)
    const id = await draft('Thông cáo cấm đăng', { embargoUntil: until.toISOString() })
    await publishThroughWorkflow(id)
    const pointer = await draft('Bài công khai trỏ tới thông cáo cấm đăng', { related: [{ relationTo: slugs.pressReleases, value: id }] })
    await publishThroughWorkflow(pointer)
    const throughRelation = () => call(`/api/${slugs.pressReleases}/${pointer}?depth=2`)
    clock.set(new Date(until.getTime() - 1000))
    expect(await publicChannels(id, 'Thông cáo cấm đăng')).toEqual(nowhere)
    expect((await throughRelation()).text).not.toContain('Thông cáo cấm đăng')
    const staff = await call(`/api/${slugs.pressReleases}/${id}`, { user: editor })
    expect(staff.json()).toMatchObject({ headline: 'Thông cáo cấm đăng', embargoUntil: until.toISOString() })
    clock.set(new Date(until.getTime() + 1000))
    expect(await publicChannels(id, 'Thông cáo cấm đăng')).toEqual(everywhere)
    expect((await throughRelation()).text).toContain('Thông cáo cấm đăng')
  })

  test('the rules: the time must be in the future, no embargo with a schedule, none added after publication', async () => {
    const past = await call(`/api/${slugs.pressReleases}?draft=true`, {
      method: 'POST',
      user: contributor,
      body: { headline: 'Cấm đăng quá khứ', embargoUntil: new Date(clock.now().getTime() - 60_000).toISOString() },
    })
    expect(past.status).toBe(400)
    expect((past.json().errors as { message: string }[])[0]!.message).toMatch(/^embargoUntil must be in the future/)

    const id = await draft('Cấm đăng và hẹn giờ', { embargoUntil: new Date(clock.now().getTime() + 3_600_000).toISOString() })
    await act(server, contributor, slugs.pressReleases, id, { action: 'submit' })
    await act(server, editor, slugs.pressReleases, id, { action: 'approve' })
    const schedule = await act(server, publisher, slugs.pressReleases, id, { action: 'schedule', at: new Date(clock.now().getTime() + 7_200_000).toISOString() })
    expect(schedule.status).toBe(409)
    expect(await stateOf(ctx.payload, slugs.pressReleases, id)).toBe('approved')

    const live = await draft('Đã xuất bản, thêm cấm đăng')
    await publishThroughWorkflow(live)
    const added = await call(`/api/${slugs.pressReleases}/${live}?draft=true`, {
      method: 'PATCH',
      user: editor,
      body: { embargoUntil: new Date(clock.now().getTime() + 3_600_000).toISOString() },
    })
    expect(added.json()).toEqual({ errors: [{ message: 'An embargo cannot be added or changed after publication' }] })
    expect(added.status).toBe(409)
    expect((await ctx.payload.findByID({ collection: slugs.pressReleases, id: live, draft: true })).embargoUntil ?? null).toBeNull()
  })
})

describe('correction and withdrawal', () => {
  test('a correction is a new published version with a public note; the history stays readable to staff', async () => {
    const id = await draft('Số liệu xuất khẩu 2026')
    await publishThroughWorkflow(id)
    await call(`/api/${slugs.pressReleases}/${id}?draft=true`, { method: 'PATCH', user: contributor, body: { headline: 'Số liệu xuất khẩu 2026 (đính chính)' } })
    expect((await publicChannels(id, 'Số liệu xuất khẩu 2026 (đính chính)')).byId).toBe(false)
    await act(server, contributor, slugs.pressReleases, id, { action: 'submit' })
    await act(server, editor, slugs.pressReleases, id, { action: 'approve' })
    const noNote = await act(server, publisher, slugs.pressReleases, id, { action: 'correct' })
    expect(noNote).toMatchObject({ status: 400, body: { errors: [{ message: '"note" is required: publish correction needs a public correction note' }] } })
    const corrected = await act(server, publisher, slugs.pressReleases, id, { action: 'correct', note: 'Sửa kim ngạch: 1,2 tỷ USD, không phải 12 tỷ' })
    expect(corrected).toMatchObject({ status: 200, body: { state: 'published', publishedVersion: 2 } })
    const pub = (await call(`/api/${slugs.pressReleases}/${id}`)).json()
    expect(pub).toMatchObject({ headline: 'Số liệu xuất khẩu 2026 (đính chính)', correctionNote: 'Sửa kim ngạch: 1,2 tỷ USD, không phải 12 tỷ' })
    const history = (await call(`/api/${slugs.pressReleases}/versions?where[parent][equals]=${id}&where[version._status][equals]=published&limit=50`, { user: contributor })).json()
    const headlines = (history.docs as { version: { headline: string } }[]).map((d) => d.version.headline)
    expect(headlines).toEqual(expect.arrayContaining(['Số liệu xuất khẩu 2026', 'Số liệu xuất khẩu 2026 (đính chính)']))
    expect((await call(`/api/${slugs.pressReleases}/versions?where[parent][equals]=${id}`)).status).toBe(403)
  })

  test('a withdrawn item leaves public listings; its URL answers with the notice and the reason', async () => {
    const id = await draft('Thông cáo sẽ thu hồi', { summary: 'Nội dung tóm tắt' })
    await publishThroughWorkflow(id)
    const noReason = await act(server, publisher, slugs.pressReleases, id, { action: 'withdraw' })
    expect(noReason.status).toBe(400)
    const withdrawn = await act(server, publisher, slugs.pressReleases, id, { action: 'withdraw', note: 'Sự kiện bị hủy' })
    expect(withdrawn).toMatchObject({ status: 200, body: { state: 'withdrawn' } })
    const list = await call(`/api/${slugs.pressReleases}?limit=100`)
    expect(list.text).not.toContain('Thông cáo sẽ thu hồi')
    const notice = await call(`/api/${slugs.pressReleases}/${id}`)
    expect(notice.status).toBe(200)
    const body = notice.json()
    expect(body).toMatchObject({ id, state: 'withdrawn', withdrawalReason: 'Sự kiện bị hủy', headline: 'Thông cáo sẽ thu hồi' })
    expect(body.summary).toBeUndefined()
    expect(body.body).toBeUndefined()
    expect(Object.keys(body).sort()).toEqual(['firstPublishedAt', 'headline', 'id', 'publishedVersion', 'releaseNumber', 'slug', 'state', 'withdrawalReason', 'withdrawnAt'])
    const again = await act(server, publisher, slugs.pressReleases, id, { action: 'publish' })
    expect(again.status).toBe(409)
  })
})
