import { slugs } from '../../../src/domain'
import { closeFeed } from '../../../src/feed/shutdown'
import { rebuildReleased, type RebuildProgress } from '../../../src/readModel/rebuild'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { createUser, type TestUser } from '../../helpers/users'
import { contentData } from '../../helpers/workflow'
import { approvedItem, correct, createImage, publish, withdraw } from '../feed-items/helpers'

/**
 * `npm run reindex` (rebuildReleased): dropped and rebuilt from the live copies, the read model is
 * record for record what the transitions had written.
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

/** Every record, without what the database assigns (id, timestamps), by key. */
async function snapshot(): Promise<Record<string, unknown>[]> {
  const { docs } = await ctx.payload.db.find<Record<string, unknown>>({ collection: slugs.releasedItems, limit: 0, pagination: false })
  return docs.map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => rest).sort((a, b) => (String(a.key) < String(b.key) ? -1 : 1))
}

test('dropped and rebuilt, every record equals the one the transitions wrote; stale records go', async () => {
  const { payload } = ctx
  const topic = await payload.create({ collection: slugs.topics, data: { name: 'Kinh tế', slug: 'kinh-te' } as never })
  await payload.update({ collection: slugs.topics, id: topic.id, locale: 'en', data: { name: 'Economy' } as never })
  const image = await createImage(payload, 'Cầu Hiền Lương')
  const release = await approvedItem(
    payload,
    'press-releases',
    { vi: { title: 'Thông cáo', summary: 'Tóm tắt', body: ['Đoạn một.'] }, en: { title: 'Release', body: ['Paragraph.'] } },
    contributor,
    { images: [image], topics: [topic.id], embargoUntil: '2026-12-03T00:00:00.000Z' },
  )
  await publish(server, publisher, 'press-releases', release)
  const publication = await approvedItem(payload, 'publications', { vi: { title: 'Ấn phẩm' }, lo: { title: 'ສິ່ງພິມ' } }, contributor, { cover: image })
  await publish(server, publisher, 'publications', publication)
  await correct(payload, server, publisher, contributor, 'publications', publication, 'lo', 'ສິ່ງພິມ (ແກ້)', 'Sửa bản Lào', ['vi', 'lo'])
  const gone = await approvedItem(payload, 'press-releases', { vi: { title: 'Thu hồi' } }, contributor)
  await publish(server, publisher, 'press-releases', gone)
  await withdraw(server, publisher, 'press-releases', gone, 'Nhầm số liệu')
  await approvedItem(payload, 'training-materials', { vi: { title: 'Chưa xuất bản' } }, contributor)
  const staff = await approvedItem(payload, 'training-materials', { vi: { title: 'Nội bộ' } }, contributor, { visibility: 'staff' })
  await publish(server, publisher, 'training-materials', staff)
  const data = await contentData(payload, 'partner-media', { vi: 'Sản phẩm đối tác' })
  await payload.create({ collection: 'partner-media', data: { ...data, _status: 'published' } as never })

  const before = await snapshot()
  expect(before.map((r) => r.key)).toEqual(
    [
      `press-releases:${release}:vi`,
      `press-releases:${release}:en`,
      `publications:${publication}:vi`,
      `publications:${publication}:lo`,
      `press-releases:${gone}:vi`,
      `training-materials:${staff}:vi`,
      ...['vi', 'en', 'lo'].map((l) => `partner-media:${String(before.find((r) => r.itemCollection === 'partner-media')?.itemId)}:${l}`),
    ].sort(),
  )

  // Dropped, plus a stale record of an item that no longer exists.
  await payload.db.deleteMany({ collection: slugs.releasedItems, where: { id: { exists: true } } })
  expect(await snapshot()).toEqual([])
  await payload.db.create({
    collection: slugs.releasedItems,
    data: { ...before[0], key: 'press-releases:999999:vi', itemId: '999999', createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-01T00:00:00.000Z' },
    returning: false,
  })

  const progress: RebuildProgress[] = []
  const result = await rebuildReleased(payload, (p) => progress.push(p))
  expect(result).toEqual({ items: 5, records: before.length })
  expect(progress.map((p) => [p.collection, p.done, p.total])).toEqual([
    ['press-releases', 2, 2],
    ['publications', 1, 1],
    ['training-materials', 1, 1],
    ['partner-media', 1, 1],
  ])
  expect(await snapshot()).toEqual(before)
})
