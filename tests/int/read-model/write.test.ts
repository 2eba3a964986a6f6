import { jest } from '@jest/globals'

import type { Payload } from 'payload'

import { slugs, type ContentCollectionSlug } from '../../../src/domain'
import { closeFeed } from '../../../src/feed/shutdown'
import { searchEntryOf, type ReleasedPage } from '../../../src/readModel/record'
import type { ReleasedItem } from '../../../src/payload-types'
import { search } from '../../../src/search'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { testDatabaseKind } from '../../helpers/database'
import { createUser, type TestUser } from '../../helpers/users'
import { act, contentData, liveOf } from '../../helpers/workflow'
import { approvedItem, correct, createImage, markApproved, publish, withdraw } from '../feed-items/helpers'

/**
 * The read model (`released-items`) follows the live copy: each transition that changes what the
 * public sees rewrites an item's records in its own transaction (one per released language), and a
 * trusted write or a deletion does the same.
 */
const clock = manualClock(new Date('2026-12-01T01:00:00Z'))
let ctx: TestContext
let server: TestServer
let contributor: TestUser
let publisher: TestUser

beforeAll(async () => {
  ctx = await bootPayload({}, { custom: { clock } })
  server = await startServer(ctx)
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
})
afterAll(async () => {
  await server?.close()
  if (ctx) await closeFeed(ctx.payload)
  await ctx?.destroy()
})

type Stored = Omit<ReleasedItem, 'page'> & { page: ReleasedPage }

async function recordsOf(payload: Payload, collection: ContentCollectionSlug, id: number | string): Promise<Stored[]> {
  const { docs } = await payload.db.find<Stored>({
    collection: slugs.releasedItems,
    where: { and: [{ itemCollection: { equals: collection } }, { itemId: { equals: String(id) } }] },
    sort: 'localeIndex',
    limit: 0,
    pagination: false,
  })
  return docs
}

const ninjsOf = (r: Stored) => JSON.parse(r.ninjs) as Record<string, unknown> & { headlines?: { value: string }[]; descriptions?: { role: string; value: string }[] }

test('publish writes one record per published language: its ninjs, page fields, search text and visibility', async () => {
  const image = await createImage(ctx.payload, 'Cầu Hiền Lương')
  const id = await approvedItem(
    ctx.payload,
    'press-releases',
    {
      vi: { title: 'Thông cáo một', summary: 'Tóm tắt một', body: ['Đoạn một.', 'Đoạn hai.'], dateline: 'Đông Hà' },
      en: { title: 'Release one', summary: 'Summary one', body: ['Paragraph one.'] },
    },
    contributor,
    { images: [image], embargoUntil: '2026-12-02T01:00:00.000Z' },
  )
  clock.set(new Date('2026-12-01T02:00:00Z'))
  await publish(server, publisher, 'press-releases', id)

  const records = await recordsOf(ctx.payload, 'press-releases', id)
  expect(records.map((r) => [r.key, r.language, r.version, r.withdrawn, r.audience, r.ownHeadline, r.embargoUntil, r.releasedAt])).toEqual([
    [`press-releases:${id}:vi`, 'vi', 1, false, 'public', true, '2026-12-02T01:00:00.000Z', '2026-12-01T02:00:00.000Z'],
    [`press-releases:${id}:en`, 'en', 1, false, 'public', true, '2026-12-02T01:00:00.000Z', '2026-12-01T02:00:00.000Z'],
  ])
  const [vi, en] = records
  expect(ninjsOf(en)).toMatchObject({ language: 'en', version: '1', pubStatus: 'usable', headlines: [{ value: 'Release one' }] })
  // Stored without the embargo mark: it is added per client when read (src/readModel/read.ts).
  expect(ninjsOf(en).embargoedUntil).toBeUndefined()
  expect(en.page).toMatchObject({ title: 'Release one', summary: 'Summary one', publishedAt: '2026-12-01T02:00:00.000Z', embargoUntil: '2026-12-02T01:00:00.000Z' })
  expect(en.page.html).toBe('<p>Paragraph one.</p>')
  expect(en.page.media.map((m) => [m.role, m.mimeType, m.alt])).toEqual([['image', 'image/png', 'Cầu Hiền Lương']])
  expect(vi.page.dateline).toBe('Đông Hà')
  expect(searchEntryOf(vi)).toEqual({
    type: 'press-releases',
    docId: String(id),
    language: 'vi',
    title: 'Thông cáo một',
    text: 'Tóm tắt một\n\nĐoạn một.\n\nĐoạn hai.',
    topics: [],
    releasedAt: '2026-12-01T02:00:00.000Z',
    embargoUntil: '2026-12-02T01:00:00.000Z',
    audience: 'public',
    withdrawn: false,
  })
})

test('a correction rewrites the records as the new version; a withdrawal turns them into the notice', async () => {
  const id = await approvedItem(ctx.payload, 'publications', { vi: { title: 'Ấn phẩm' } }, contributor)
  await publish(server, publisher, 'publications', id)
  const before = await recordsOf(ctx.payload, 'publications', id)
  await correct(ctx.payload, server, publisher, contributor, 'publications', id, 'vi', 'Ấn phẩm (sửa)', 'Sửa tên')
  const corrected = await recordsOf(ctx.payload, 'publications', id)
  expect(corrected.map((r) => [r.id, r.version, r.page.title, r.page.correctionNote])).toEqual([[before[0].id, 2, 'Ấn phẩm (sửa)', 'Sửa tên']])
  expect(ninjsOf(corrected[0]).descriptions?.map((d) => d.role)).toEqual(['correction'])

  await withdraw(server, publisher, 'publications', id, 'Sai thông tin')
  const withdrawn = await recordsOf(ctx.payload, 'publications', id)
  expect(withdrawn.map((r) => [r.version, r.withdrawn, r.searchText, r.page.withdrawal?.reason, r.page.html])).toEqual([[3, true, '', 'Sai thông tin', undefined]])
  expect(ninjsOf(withdrawn[0])).toMatchObject({ pubStatus: 'canceled', version: '3', descriptions: [{ role: 'withdrawal', value: 'Sai thông tin' }] })
  expect(ninjsOf(withdrawn[0]).bodies).toBeUndefined()
})

test('search follows the same transitions: a published item is found in its released language only, a correction by its new words, a withdrawn one no more', async () => {
  const found = async (q: string, languages: ('vi' | 'en' | 'lo')[] = ['vi', 'en', 'lo']) =>
    (await search(ctx.payload, { q, languages, types: ['press-releases'], now: clock.now(), embargoed: false, audiences: ['public'], limit: 10, offset: 0 })).hits.map((h) => [h.docId, h.language])
  const id = await approvedItem(
    ctx.payload,
    'press-releases',
    { vi: { title: 'Cửa khẩu Lao Bảo mở rộng giờ thông quan', body: ['Đường Hồ Chí Minh.'] } },
    contributor,
  )
  expect(await found('lao bao')).toEqual([])
  await publish(server, publisher, 'press-releases', id)
  expect(await found('lao bao')).toEqual([[id, 'vi']])
  expect(await found('CUA KHAU')).toEqual([[id, 'vi']])
  // Released in Vietnamese only: nothing in English, where the page would fall back to Vietnamese.
  expect(await found('lao bao', ['en'])).toEqual([])

  await correct(ctx.payload, server, publisher, contributor, 'press-releases', id, 'vi', 'Cửa khẩu La Lay mở rộng giờ thông quan', 'Sửa tên cửa khẩu')
  expect(await found('la lay', ['vi'])).toEqual([[id, 'vi']])
  expect(await found('lao bao', ['vi'])).toEqual([])

  await withdraw(server, publisher, 'press-releases', id, 'Thông tin chưa chính xác')
  expect(await found('la lay')).toEqual([])
  expect(await found('lao bao')).toEqual([])
})

test('publishing one more language later adds its record; a staff-only training material is kept with audience staff', async () => {
  const id = await approvedItem(ctx.payload, 'training-materials', { vi: { title: 'Tài liệu' }, lo: { title: 'ເອກະສານ' } }, contributor, { visibility: 'staff' })
  await publish(server, publisher, 'training-materials', id, ['vi'])
  expect((await recordsOf(ctx.payload, 'training-materials', id)).map((r) => [r.language, r.audience])).toEqual([['vi', 'staff']])
  await markApproved(ctx.payload, 'training-materials', id, contributor, ['vi', 'lo'])
  await publish(server, publisher, 'training-materials', id, ['lo'])
  expect((await recordsOf(ctx.payload, 'training-materials', id)).map((r) => [r.language, r.version, r.page.title])).toEqual([
    ['vi', 2, 'Tài liệu'],
    ['lo', 2, 'ເອກະສານ'],
  ])
})

test('a trusted write that publishes writes the records, and deleting the item removes them', async () => {
  const data = await contentData(ctx.payload, 'partner-media', { vi: 'Sản phẩm đối tác' })
  const created = await ctx.payload.create({ collection: 'partner-media', data: { ...data, _status: 'published' } as never })
  const records = await recordsOf(ctx.payload, 'partner-media', created.id)
  // A trusted publish marks every language published; only Vietnamese has a title of its own.
  expect(records.map((r) => [r.language, r.ownHeadline, r.page.partner, r.organization])).toEqual([
    ['vi', true, 'Thông tấn xã Việt Nam', ''],
    ['en', false, 'Thông tấn xã Việt Nam', ''],
    ['lo', false, 'Thông tấn xã Việt Nam', ''],
  ])
  expect(ninjsOf(records[0])).toMatchObject({ by: 'Thông tấn xã Việt Nam', copyrightHolder: 'Thông tấn xã Việt Nam' })
  await ctx.payload.delete({ collection: 'partner-media', id: created.id })
  expect(await recordsOf(ctx.payload, 'partner-media', created.id)).toEqual([])
})

test('a transition that fails after the read-model write leaves the live copy and the records as they were together (both or neither)', async () => {
  const id = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Thông cáo hỏng' } }, contributor)
  // Fail at the last write of the transaction: the domain event, recorded after the records.
  const create = ctx.payload.db.create
  const spy = jest.spyOn(ctx.payload.db, 'create').mockImplementation(async (args) => {
    if (args.collection === slugs.contentEvents) throw new Error('crash after the read-model write')
    return create.call(ctx.payload.db, args)
  })
  try {
    const res = await act(server, publisher, 'press-releases', id, { action: 'publish' })
    expect(res.status).toBe(500)
  } finally {
    spy.mockRestore()
  }
  const live = await liveOf(ctx.payload, 'press-releases', id)
  const records = await recordsOf(ctx.payload, 'press-releases', id)
  if (testDatabaseKind === 'sqlite') {
    // Payload's SQLite adapter runs without transactions here: nothing is rolled back, and both were written.
    expect({ status: live?._status, records: records.map((r) => r.key) }).toEqual({ status: 'published', records: [`press-releases:${id}:vi`] })
  } else {
    expect({ status: live?._status, records }).toEqual({ status: 'draft', records: [] })
  }
})

test('no API reads or writes the read model, not even for an admin', async () => {
  const admin = await createUser(ctx.payload, ['admin'], 'admin')
  const headers = { 'content-type': 'application/json', Authorization: `JWT ${admin.token}` }
  const read = await fetch(`${server.url}/api/released-items`, { headers })
  const write = await fetch(`${server.url}/api/released-items`, { method: 'POST', headers, body: JSON.stringify({ key: 'x' }) })
  expect([read.status, write.status]).toEqual([403, 403])
})
