import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { slugs } from '../../../src/domain'
import { isSqlite } from '../../../src/db/engine'
import { closePayload } from '../../../src/db/close'
import { indexEntries, removeEntries, search } from '../../../src/search'
import { WORD_CANDIDATES } from '../../../src/search/postgres'
import { MAX_CANDIDATES } from '../../../src/search/sql'
import { bootPayload, forgetPayload, startPayload, type TestContext } from '../../helpers/boot'
import { entry, found, index, key, publicQuery } from './helpers'

/**
 * The search index on the engine of this jest project (SQLite FTS5, PostgreSQL full-text and
 * trigram): what matches what in each language, the ranking, and the index's writes (upsert,
 * remove, transactions). Visibility: visibility.test.ts; the relevance set: relevance.test.ts.
 */

let ctx: TestContext
beforeAll(async () => {
  ctx = await bootPayload()
})
afterAll(async () => {
  await ctx?.destroy()
})

const stored = async (k: string) =>
  (await ctx.payload.find({ collection: slugs.searchEntries, where: { key: { equals: k } }, overrideAccess: true, depth: 0 })).docs.map((d) => ({
    key: d.key,
    title: d.title,
  }))

describe('Vietnamese ignores case and diacritics both ways', () => {
  beforeAll(async () => {
    await index(ctx.payload, [
      entry({ docId: 101, title: 'Quảng Trị đón đoàn công tác', text: 'Tỉnh Quảng Trị làm việc với đối tác.' }),
      entry({ docId: 102, title: 'QUANG TRI CONG BO QUY HOACH', text: 'Ban bo khong dau.' }),
      entry({ docId: 103, title: 'Thành phố Đông Hà mở rộng', text: 'Đông Hà là tỉnh lỵ.' }),
      entry({ docId: 104, title: 'Dong Ha city news written without diacritics', text: 'dong ha' }),
    ])
  })

  it.each(['quang tri', 'QUẢNG TRỊ', 'Quang Tri', 'quảng trị'])('"%s" finds the same two items, with and without diacritics', async (q) => {
    expect((await found(ctx.payload, publicQuery(q))).sort()).toEqual([key(101), key(102)])
  })

  it.each(['dong ha', 'đông hà', 'ĐÔNG HÀ'])('"%s" finds Đông Hà and Dong Ha: đ matches d', async (q) => {
    expect((await found(ctx.payload, publicQuery(q))).sort()).toEqual([key(103), key(104)])
  })

  it('matches whole syllables: "tri" does not find "triển"', async () => {
    await index(ctx.payload, [entry({ docId: 105, title: 'Phát triển kinh tế biên giới' })])
    expect(await found(ctx.payload, publicQuery('tri', { languages: ['vi'] }))).not.toContain(key(105))
    expect(await found(ctx.payload, publicQuery('phat trien'))).toEqual([key(105)])
  })
})

describe('English matches word forms', () => {
  beforeAll(async () => {
    await index(ctx.payload, [
      entry({ docId: 201, language: 'en', title: 'A new investment in the seaport', text: 'The province welcomes it.' }),
      entry({ docId: 202, language: 'en', title: 'Companies are investing in wind farms', text: '' }),
      entry({ docId: 203, language: 'en', title: 'The province invested in roads', text: '' }),
    ])
  })

  it.each(['invest', 'investment', 'investing', 'INVESTED', 'investments'])('"%s" finds investment, investing and invested', async (q) => {
    expect((await found(ctx.payload, publicQuery(q, { languages: ['en'] }))).sort()).toEqual([key(201, 'en'), key(202, 'en'), key(203, 'en')])
  })

  it('finds a plural by its singular', async () => {
    expect(await found(ctx.payload, publicQuery('wind farm', { languages: ['en'] }))).toEqual([key(202, 'en')])
  })
})

describe('Lao is found by any substring of two syllables or more', () => {
  // "ແຂວງກວາງຈິ ຕ້ອນຮັບຄະນະຜູ້ແທນສະຫວັນນະເຂດ": Quảng Trị province welcomes the Savannakhet delegation.
  beforeAll(async () => {
    await index(ctx.payload, [
      entry({ docId: 301, language: 'lo', title: 'ແຂວງກວາງຈິ ຕ້ອນຮັບຄະນະຜູ້ແທນສະຫວັນນະເຂດ', text: 'ການຮ່ວມມືດ້ານການຄ້າ' }),
      entry({ docId: 302, language: 'lo', title: 'ງານບຸນກາເຟເຂຊານ', text: 'ນັກທ່ອງທ່ຽວຫຼາຍພັນຄົນ' }),
    ])
  })

  it.each([
    ['ກວາງຈິ', 301], // two syllables at the start of a run, after ແຂວງ
    ['ຜູ້ແທນ', 301], // two syllables inside ຄະນະຜູ້ແທນສະຫວັນນະເຂດ
    ['ນະເຂດ', 301], // the last two syllables of a run
    ['ຮ່ວມມື', 301], // in the body
    ['ກາເຟເຂຊານ', 302], // four syllables
    ['ເຂ ຊານ', 302], // typed with a space that the text does not have
    ['ທ່ອງທ່ຽວ', 302],
  ])('"%s" finds item %i', async (q, id) => {
    expect(await found(ctx.payload, publicQuery(q, { languages: ['lo'] }))).toEqual([key(id, 'lo')])
  })

  it('needs every part of a query with spaces', async () => {
    expect(await found(ctx.payload, publicQuery('ກວາງຈິ ສະຫວັນ', { languages: ['lo'] }))).toEqual([key(301, 'lo')])
    expect(await found(ctx.payload, publicQuery('ກວາງຈິ ກາເຟ', { languages: ['lo'] }))).toEqual([])
  })

  it('finds the parts of a query with spaces one in the title and one in the body, but never one part across the two', async () => {
    expect(await found(ctx.payload, publicQuery('ສະຫວັນນະເຂດ ຮ່ວມມື', { languages: ['lo'] }))).toEqual([key(301, 'lo')])
    // The title ends in ນະເຂດ and the body starts with ການ: "ນະເຂດການ" is in neither.
    expect(await found(ctx.payload, publicQuery('ນະເຂດການ', { languages: ['lo'] }))).toEqual([])
  })

  it('finds a part shorter than three characters too (no trigram: read from the entries)', async () => {
    // ຄ້າ is three code points (ຄ, ້, າ); ຄະ is two.
    expect(await found(ctx.payload, publicQuery('ຄະ', { languages: ['lo'] }))).toEqual([key(301, 'lo')])
  })
})

describe('ranking', () => {
  beforeAll(async () => {
    await index(ctx.payload, [
      // Same words; only where they are (title or body) and when differ.
      entry({ docId: 401, title: 'Tin tổng hợp trong tuần', text: 'Đoàn khảo sát đã đến Hướng Phùng và làm việc cả ngày.', releasedAt: '2026-11-30T00:00:00Z' }),
      entry({ docId: 402, title: 'Đoàn khảo sát đến Hướng Phùng', text: 'Tin tổng hợp trong tuần, làm việc cả ngày.', releasedAt: '2026-10-01T00:00:00Z' }),
      entry({ docId: 403, title: 'Đoàn khảo sát đến Hướng Phùng', text: 'Tin tổng hợp trong tuần, làm việc cả ngày.', releasedAt: '2026-11-15T00:00:00Z' }),
    ])
  })

  it('puts a title match above a body match, then the newer of two equal matches first', async () => {
    expect(await found(ctx.payload, publicQuery('huong phung'))).toEqual([key(403), key(402), key(401)])
  })

  it('gives scores in rank order', async () => {
    const { hits } = await search(ctx.payload, publicQuery('huong phung'))
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a))
    expect(hits[0].score).toBeGreaterThan(hits[2].score)
  })

  it('pages with limit and offset, giving the total', async () => {
    const first = await search(ctx.payload, publicQuery('huong phung', { limit: 2 }))
    const second = await search(ctx.payload, publicQuery('huong phung', { limit: 2, offset: 2 }))
    const past = await search(ctx.payload, publicQuery('huong phung', { limit: 2, offset: 10 }))
    expect(first.hits.map((h) => h.docId)).toEqual([403, 402])
    expect(second.hits.map((h) => h.docId)).toEqual([401])
    expect([first.total, second.total, past.total, past.hits.length]).toEqual([3, 3, 3, 0])
  })
})

describe('writing the index', () => {
  it('replaces an entry indexed again (one per type, document and language)', async () => {
    await index(ctx.payload, [entry({ docId: 501, title: 'Bản tin cũ về Vĩnh Linh' })])
    await index(ctx.payload, [entry({ docId: 501, title: 'Bản tin mới về Gio Linh', topics: ['kinh-te'], embargoUntil: '2026-01-01T00:00:00Z' })])
    expect(await stored(key(501))).toEqual([{ key: key(501), title: 'Bản tin mới về Gio Linh' }])
    const [row] = (await ctx.payload.find({ collection: slugs.searchEntries, where: { key: { equals: key(501) } }, overrideAccess: true })).docs
    expect([row.searchTitle, row.topics, row.embargoUntil, row.withdrawn, row.docId]).toEqual(['ban tin moi ve gio linh', ['kinh-te'], '2026-01-01T00:00:00.000Z', false, '501'])
    expect(await found(ctx.payload, publicQuery('vinh linh'))).not.toContain(key(501))
    expect(await found(ctx.payload, publicQuery('gio linh'))).toEqual([key(501)])
  })

  it('removes one language, or every language of a document', async () => {
    await index(ctx.payload, [
      entry({ docId: 502, language: 'vi', title: 'Cam Lộ trồng rừng' }),
      entry({ docId: 502, language: 'en', title: 'Cam Lo plants forests' }),
      entry({ docId: 503, language: 'vi', title: 'Cam Lộ làm đường' }),
      entry({ docId: 503, language: 'en', title: 'Cam Lo builds roads' }),
    ])
    const req = await createLocalReq({}, ctx.payload)
    await removeEntries(req, [{ type: 'press-releases', docId: 502, language: 'en' }, { type: 'press-releases', docId: 503 }])
    expect((await found(ctx.payload, publicQuery('cam lo'))).sort()).toEqual([key(502)])
    expect(await stored(key(503, 'en'))).toEqual([])
  })

  it('leaves no entry when the transaction that wrote it is rolled back', async () => {
    const req = await createLocalReq({}, ctx.payload)
    // This project's SQLite adapter runs without transactions (no transactionOptions in
    // src/db/adapter.ts): nothing written there can roll back, the index included. Where Payload
    // opens one, the entry must go with it.
    if (!(await initTransaction(req))) {
      expect(ctx.payload.db.name).toBe('sqlite')
      return
    }
    await indexEntries(req, [entry({ docId: 504, title: 'Triệu Phong rút lại thông cáo' })])
    await killTransaction(req)
    expect(await stored(key(504))).toEqual([])
    expect(await found(ctx.payload, publicQuery('trieu phong'))).toEqual([])
  })

  it('keeps an entry when its transaction commits', async () => {
    const req = await createLocalReq({}, ctx.payload)
    const opened = await initTransaction(req)
    await indexEntries(req, [entry({ docId: 505, title: 'Hải Lăng công bố quy hoạch' })])
    if (opened) await commitTransaction(req)
    expect(await found(ctx.payload, publicQuery('hai lang'))).toEqual([key(505)])
  })
})

describe('the schema push in development (SQLite)', () => {
  it('keeps the full-text tables and what they hold', async () => {
    if (!isSqlite(ctx.payload.db)) return // PostgreSQL's index and column are part of the pushed schema
    await index(ctx.payload, [entry({ docId: 601, title: 'Vĩnh Linh đón khách' })])
    // Start again on the same database, pushing the schema as development does.
    await closePayload(ctx.payload)
    forgetPayload()
    ctx.payload = await startPayload(ctx.env, {}, { push: true })
    expect(await found(ctx.payload, publicQuery('vinh linh'))).toEqual([key(601)])
  })
})

describe('a word found in more entries than a search ranks', () => {
  it('ranks the newest matches of each language and counts at most that many', async () => {
    const bound = isSqlite(ctx.payload.db) ? MAX_CANDIDATES : WORD_CANDIDATES
    const start = Date.parse('2020-01-01T00:00:00Z')
    // bound + 20 entries with "Vĩnh Kim" in the body, released one hour apart (ids 7001…).
    const entries = Array.from({ length: bound + 20 }, (_, i) =>
      entry({ docId: 7001 + i, title: `Bản tin số ${i}`, text: 'Xã Vĩnh Kim tổ chức họp dân.', releasedAt: new Date(start + i * 3_600_000).toISOString() }),
    )
    await index(ctx.payload, entries)
    const { hits, total } = await search(ctx.payload, publicQuery('vinh kim', { limit: 100 }))
    expect(total).toBe(bound)
    // Equal matches, so newest first: the last one indexed leads, and the oldest twenty are beyond the bound.
    expect(hits[0].docId).toBe(7001 + bound + 19)
    expect(Math.min(...hits.map((h) => Number(h.docId)))).toBeGreaterThan(7001 + 19)
  })
})
