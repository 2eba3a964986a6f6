import { slugs } from '../../../src/domain'
import { findInfoPoint, playlistOf } from '../../../src/displays/playlist'
import { seed } from '../../../src/seed'
import { bootPayload, type TestContext } from '../../helpers/boot'

/** The demo information points: two border gates, each playing released releases and a free slide in Vietnamese and Lao; seeding again adds nothing. */

let ctx: TestContext
const options = { adminEmail: 'admin@displays.test', adminPassword: 'a long enough password', logger: { info: () => undefined, warn: () => undefined } }

beforeAll(async () => {
  ctx = await bootPayload()
  await seed(ctx.payload, options)
})
afterAll(async () => {
  await ctx?.destroy()
})

test('the seed adds Lao Bảo and La Lay with released items and a Vietnamese and Lao free slide; a second run adds nothing', async () => {
  const names = async () => (await ctx.payload.find({ collection: slugs.infoPoints, locale: 'vi', sort: 'slug', depth: 0 })).docs.map((d) => [d.slug, d.name])
  const expected = [
    ['la-lay', 'Điểm thông tin đối ngoại Cửa khẩu quốc tế La Lay'],
    ['lao-bao', 'Điểm thông tin đối ngoại Cửa khẩu quốc tế Lao Bảo'],
  ]
  expect(await names()).toEqual(expected)
  await seed(ctx.payload, options)
  expect(await names()).toEqual(expected)

  const point = await findInfoPoint(ctx.payload, 'lao-bao')
  const playlist = await playlistOf(ctx.payload, point!, new Date())
  expect(playlist.slides.map((s) => [s.kind, s.lines.map((l) => l.lang)])).toEqual([
    ['item', ['vi', 'lo']],
    ['item', ['vi', 'lo']],
    ['item', ['vi', 'lo']],
    ['slide', ['vi', 'lo']],
  ])
  expect(playlist.slides[3].lines.map((l) => l.title)).toEqual(['Chào mừng quý khách đến Quảng Trị', 'ຍິນດີຕ້ອນຮັບສູ່ແຂວງກວາງຈິ'])
  expect(playlist.hours.windows?.[0]).toMatchObject({ opensAt: '07:00' })
})
