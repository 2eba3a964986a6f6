/**
 * The benchmarks' bulk seeding (bench:feed, bench:site): published press releases in three
 * languages with topics and images, written through `payload.db.create` (the adapter, no hooks)
 * inside transactions, each the way a trusted publish leaves it (`_status` and `state` published,
 * all three languages published and approved, `publishedVersion` 1, staggered
 * `firstPublishedAt`/`publishedAt`, slugs `bench-{lang}-{n}`) with one `content-events` row
 * (`published`, seq n); then the read model, built as `npm run reindex` builds it.
 * No version rows are written: nothing measured reads versions of these items.
 */
import type { Payload, PayloadRequest } from 'payload'
import sharp from 'sharp'

import { locales, slugs, type Locale } from '../../src/domain'
import { paragraphsToLexical } from '../../src/lib/lexical'
import { rebuildReleased } from '../../src/readModel/rebuild'

export type Id = number | string
export type Fixtures = { topics: Id[]; images: Id[] }

const topicNames: Record<Locale, string>[] = [
  { vi: 'Kinh tế', en: 'Economy', lo: 'ເສດຖະກິດ' },
  { vi: 'Du lịch', en: 'Tourism', lo: 'ການທ່ອງທ່ຽວ' },
  { vi: 'Đối ngoại', en: 'Foreign affairs', lo: 'ການຕ່າງປະເທດ' },
  { vi: 'Văn hóa', en: 'Culture', lo: 'ວັດທະນະທໍາ' },
  { vi: 'Hạ tầng', en: 'Infrastructure', lo: 'ພື້ນຖານໂຄງລ່າງ' },
]
const topicSlugs = ['kinh-te', 'du-lich', 'doi-ngoai', 'van-hoa', 'ha-tang']

export async function seedFixtures(payload: Payload): Promise<Fixtures> {
  const topics: Id[] = []
  for (const [i, name] of topicNames.entries()) {
    const created = await payload.create({ collection: slugs.topics, locale: 'vi', data: { name: name.vi, slug: topicSlugs[i] }, overrideAccess: true })
    for (const l of ['en', 'lo'] as const) {
      await payload.update({ collection: slugs.topics, id: created.id, locale: l, data: { name: name[l] }, overrideAccess: true })
    }
    topics.push(created.id)
  }
  const images: Id[] = []
  const colours = ['#1d4e89', '#2a9d8f', '#e76f51']
  for (const [i, colour] of colours.entries()) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><rect width="1600" height="1000" fill="${colour}"/><circle cx="${400 + i * 400}" cy="500" r="260" fill="#f4f1de"/></svg>`
    const data = await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
    const created = await payload.create({
      collection: slugs.media,
      locale: 'vi',
      data: { alt: `Ảnh minh họa ${i + 1}`, credit: 'Sở TT&TT Quảng Trị', copyright: '© Quảng Trị' },
      file: { data, mimetype: 'image/jpeg', name: `bench-${i + 1}.jpg`, size: data.length },
      overrideAccess: true,
    })
    for (const l of ['en', 'lo'] as const) {
      await payload.update({ collection: slugs.media, id: created.id, locale: l, data: { alt: l === 'en' ? `Illustration ${i + 1}` : `ຮູບປະກອບ ${i + 1}` }, overrideAccess: true })
    }
    images.push(created.id)
  }
  return { topics, images }
}


const text = {
  vi: (n: number) => ({
    headline: `Thông cáo báo chí số ${n}: Quảng Trị đẩy mạnh hợp tác phát triển khu vực biên giới`,
    summary: `Tóm tắt thông cáo ${n}: tỉnh Quảng Trị công bố các hoạt động hợp tác kinh tế, văn hóa và du lịch với các đối tác trong và ngoài nước.`,
    body: [
      `Ngày hôm nay, Ủy ban nhân dân tỉnh Quảng Trị đã tổ chức họp báo công bố thông cáo số ${n}.`,
      'Các nội dung chính gồm hợp tác thương mại qua cửa khẩu Lao Bảo, phát triển hành lang kinh tế Đông – Tây và quảng bá du lịch di sản.',
      'Sở Thông tin và Truyền thông đề nghị các cơ quan báo chí phản ánh đầy đủ, chính xác các thông tin trên.',
    ],
    place: 'Đông Hà',
  }),
  en: (n: number) => ({
    headline: `Press release no. ${n}: Quang Tri steps up cooperation for border-area development`,
    summary: `Summary of release ${n}: Quang Tri province announces economic, cultural and tourism cooperation with domestic and foreign partners.`,
    body: [
      `Today the People's Committee of Quang Tri province held a press conference to announce release no. ${n}.`,
      'The main points are trade through the Lao Bao border gate, the East–West Economic Corridor and the promotion of heritage tourism.',
      'The Department of Information and Communications asks the press to report this information fully and accurately.',
    ],
    place: 'Dong Ha',
  }),
  lo: (n: number) => ({
    headline: `ຖະແຫຼງການຂ່າວ ສະບັບທີ ${n}: ແຂວງກວາງຈິ ຊຸກຍູ້ການຮ່ວມມືພັດທະນາເຂດຊາຍແດນ`,
    summary: `ສະຫຼຸບຖະແຫຼງການ ${n}: ແຂວງກວາງຈິ ປະກາດການຮ່ວມມືດ້ານເສດຖະກິດ, ວັດທະນະທໍາ ແລະ ການທ່ອງທ່ຽວ.`,
    body: [
      `ມື້ນີ້ ຄະນະກໍາມະການປະຊາຊົນແຂວງກວາງຈິ ໄດ້ຈັດກອງປະຊຸມຖະແຫຼງຂ່າວ ສະບັບທີ ${n}.`,
      'ເນື້ອໃນຫຼັກແມ່ນການຄ້າຜ່ານດ່ານລາວບາວ ແລະ ແລວເສດຖະກິດຕາເວັນອອກ–ຕາເວັນຕົກ.',
      'ພະແນກຖະແຫຼງຂ່າວ ແລະ ການສື່ສານ ຂໍໃຫ້ສື່ມວນຊົນລາຍງານຂໍ້ມູນນີ້ຢ່າງຄົບຖ້ວນ.',
    ],
    place: 'ດົງຮ່າ',
  }),
}

const perLocale = <T>(fn: (l: Locale) => T) => Object.fromEntries(locales.map((l) => [l, fn(l)])) as Record<Locale, T>

/** Press release number n as a trusted publish leaves it, every language in one write. */
function releaseData(n: number, fx: Fixtures, at: string): Record<string, unknown> {
  const t = perLocale((l) => text[l](n))
  return {
    headline: perLocale((l) => t[l].headline),
    summary: perLocale((l) => t[l].summary),
    body: perLocale((l) => paragraphsToLexical(t[l].body)),
    datelinePlace: perLocale((l) => t[l].place),
    slug: perLocale((l) => `bench-${l}-${n}`),
    topics: [fx.topics[n % fx.topics.length], fx.topics[(n + 2) % fx.topics.length]],
    images: [fx.images[n % fx.images.length]],
    releaseNumber: `${n}/2026`,
    releaseYear: 2026,
    releaseSequence: n,
    _status: 'published',
    state: 'published',
    publishedLocales: [...locales],
    readyLocales: [...locales],
    publishedVersion: 1,
    forcePublished: false,
    firstPublishedAt: at,
    publishedAt: at,
    createdAt: at,
    updatedAt: at,
  }
}

export type SeedOptions = {
  database: 'sqlite' | 'postgres'
  /** Items per transaction; PostgreSQL runs `parallel` of them at once, SQLite one (single writer). */
  batch: number
  parallel: number
  /** When item n was published. */
  publishedAtOf: (n: number) => string
  say: (line?: string) => void
  /** Called after every item instead of printing a line every 1,000 (a progress bar). */
  onProgress?: (done: number) => void
}

/** Items from..to (1-based, inclusive), each with its `published` event seq = n. */
export async function seedItems(payload: Payload, fx: Fixtures, from: number, to: number, options: SeedOptions): Promise<void> {
  const { database, batch, parallel, publishedAtOf, say, onProgress } = options
  const started = performance.now()
  let done = 0
  let reported = 0
  const report = (force = false) => {
    if (onProgress) return onProgress(done)
    while (force ? reported < done : done - reported >= 1000) {
      reported = force ? done : reported + 1000
      const seconds = (performance.now() - started) / 1000
      say(`  seeded ${(from - 1 + reported).toLocaleString('en-US')} / ${to.toLocaleString('en-US')} items (${Math.round(reported / seconds)} items/s)`)
    }
  }
  const batches: [number, number][] = []
  for (let start = from; start <= to; start += batch) batches.push([start, Math.min(to, start + batch - 1)])

  // The SQLite adapter runs without transactions (beginTransaction gives null), so every statement
  // would commit, and sync, on its own: a batch is one BEGIN … COMMIT on its single connection instead.
  const sqlite = database === 'sqlite' ? (payload.db as unknown as { client: { execute(sql: string): Promise<unknown> } }).client : null
  const runBatch = async ([first, last]: [number, number]) => {
    if (sqlite) await sqlite.execute('BEGIN')
    const transactionID = sqlite ? null : await payload.db.beginTransaction()
    const req = { transactionID, payload, context: {} } as PayloadRequest
    try {
      for (let n = first; n <= last; n++) {
        // Id n, and no read-back of the row (Payload's read-back query grows with the table on SQLite).
        const id = n
        await payload.db.create({ collection: slugs.pressReleases, data: releaseData(n, fx, publishedAtOf(n)), customID: id, returning: false, req })
        await payload.db.create({
          returning: false,
          collection: slugs.contentEvents,
          data: {
            key: `${slugs.pressReleases}:${id}:1:published`,
            seq: n,
            type: 'published',
            itemCollection: slugs.pressReleases,
            itemId: String(id),
            version: 1,
            locales: [...locales],
            occurredAt: publishedAtOf(n),
            createdAt: publishedAtOf(n),
            updatedAt: publishedAtOf(n),
          },
          req,
        })
        done += 1
        report()
      }
      if (transactionID) await payload.db.commitTransaction(transactionID)
      if (sqlite) await sqlite.execute('COMMIT')
    } catch (error) {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      if (sqlite) await sqlite.execute('ROLLBACK')
      throw error
    }
  }
  let next = 0
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < batches.length) await runBatch(batches[next++])
    }),
  )
  report(true)
  const seconds = (performance.now() - started) / 1000
  say(`  ${(to - from + 1).toLocaleString('en-US')} items in ${seconds.toFixed(1)} s (${Math.round((to - from + 1) / seconds)} items/s)`)
}

/** The seed writes around Payload's hooks: build the read model from the live copies, as `npm run reindex` does. */
export async function buildReadModel(payload: Payload, say: (line?: string) => void): Promise<void> {
  const started = performance.now()
  let reported = 0
  const result = await rebuildReleased(payload, (p) => {
    if (p.done - reported >= 2000 || p.done === p.total) {
      reported = p.done
      say(`  read model: ${p.done.toLocaleString('en-US')} / ${p.total.toLocaleString('en-US')} items`)
    }
  })
  const seconds = (performance.now() - started) / 1000
  say(`  read model rebuilt (npm run reindex): ${result.items.toLocaleString('en-US')} items, ${result.records.toLocaleString('en-US')} records in ${seconds.toFixed(1)} s (${Math.round(result.items / seconds)} items/s)`)
}

