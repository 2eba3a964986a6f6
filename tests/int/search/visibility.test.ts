import { engineOf } from '../../../src/search'
import { fallbackEngine } from '../../../src/search/fallback'
import type { SearchEngine } from '../../../src/search/types'
import { bootPayload, type TestContext } from '../../helpers/boot'
import { entry, found, index, key, publicQuery } from './helpers'

/**
 * Search never returns what the caller may not read: each exclusion on its own, on this project's
 * engine and on the Payload-query fallback (the MongoDB path, run here on the same database).
 * Every entry below matches "Vĩnh Linh"; only visibility differs.
 */

let ctx: TestContext
const engines: Record<string, () => SearchEngine> = {
  engine: () => engineOf(ctx.payload),
  fallback: () => fallbackEngine(ctx.payload),
}

const NOW = new Date('2026-12-07T00:00:00Z')
const DAY = 86_400_000

beforeAll(async () => {
  ctx = await bootPayload()
  await index(ctx.payload, [
    entry({ docId: 1, title: 'Vĩnh Linh: tin công khai' }),
    entry({ docId: 2, title: 'Vĩnh Linh: tin cấm đăng trước', embargoUntil: new Date(NOW.getTime() + DAY).toISOString() }),
    entry({ docId: 3, title: 'Vĩnh Linh: hết cấm đăng', embargoUntil: new Date(NOW.getTime() - DAY).toISOString() }),
    entry({ docId: 4, type: 'training-materials', title: 'Vĩnh Linh: tài liệu nội bộ', audience: 'staff' }),
    entry({ docId: 5, title: 'Vĩnh Linh: tin đã thu hồi', withdrawn: true }),
    entry({ docId: 6, language: 'en', title: 'Vinh Linh: English version' }),
    entry({ docId: 7, type: 'publications', title: 'Vĩnh Linh: ấn phẩm' }),
  ])
})
afterAll(async () => {
  await ctx?.destroy()
})

describe.each(Object.keys(engines))('on the %s', (name) => {
  const run = (over: Parameters<typeof publicQuery>[1] = {}) => found(ctx.payload, publicQuery('vinh linh', { now: NOW, ...over }), engines[name]())
  const ids = async (over: Parameters<typeof publicQuery>[1] = {}) => (await run(over)).sort()

  it('gives the public what is released, public, not withdrawn, past its embargo', async () => {
    expect(await ids()).toEqual([key(1), key(3), key(6, 'en'), key(7, 'vi', 'publications')].sort())
  })

  it('leaves out an item under embargo, unless the caller may see embargoed items', async () => {
    expect(await ids()).not.toContain(key(2))
    expect(await ids({ embargoed: true })).toContain(key(2))
  })

  it('finds an embargoed item once its embargo has passed', async () => {
    expect(await ids({ now: new Date(NOW.getTime() + 2 * DAY) })).toContain(key(2))
  })

  it('leaves out staff-only entries unless the caller may read them', async () => {
    expect(await ids()).not.toContain(key(4, 'vi', 'training-materials'))
    expect(await ids({ audiences: ['public', 'staff'] })).toContain(key(4, 'vi', 'training-materials'))
  })

  it('never returns a withdrawn item, whoever asks', async () => {
    expect(await ids({ embargoed: true, audiences: ['public', 'staff'] })).not.toContain(key(5))
  })

  it('returns only the languages the caller may read', async () => {
    expect(await ids({ languages: ['en'] })).toEqual([key(6, 'en')])
    expect(await ids({ languages: ['lo'] })).toEqual([])
  })

  it('returns only the types the caller may read', async () => {
    expect(await ids({ types: ['publications'] })).toEqual([key(7, 'vi', 'publications')])
    expect(await ids({ types: [] })).toEqual([])
  })
})
