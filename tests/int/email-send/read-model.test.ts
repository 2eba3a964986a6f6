import { createLocalReq } from 'payload'

import { readLiveDocs, recordContext, storeRecords } from '../../../src/readModel/write'
import { recordsOf, type ReleasedEmail, type ReleasedRecord } from '../../../src/readModel/record'
import { rebuildReleased } from '../../../src/readModel/rebuild'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp'
import { createUser, type TestUser } from '../../helpers/users'
import { approvedItem, correct, publish, withdraw } from '../feed-items/helpers'
import { addSubscriber, deliveriesOf, pass } from './helpers'

/**
 * Email reads the read model (`released-items`), never the live copies: what it mails is what the
 * agency API and the feeds serve, re-read when each message goes out.
 */
const clock = manualClock()
let ctx: TestContext
let server: TestServer
let sink: SmtpSink
let contributor: TestUser
let publisher: TestUser

const received = (address: string) => sink.messages.filter((m) => m.to.includes(address))

/** The item's records as the read model's mapping makes them from its live copy now. */
async function currentRecords(id: number): Promise<ReleasedRecord[]> {
  const { docs } = await readLiveDocs(ctx.payload, slugs.pressReleases, { id: { equals: id } })
  return recordsOf(slugs.pressReleases, docs[0], await recordContext(ctx.payload))
}

/** Store records through the read model's write path (as a transition would), changed by `change`. */
async function storeChanged(id: number, change: (r: ReleasedRecord) => ReleasedRecord): Promise<void> {
  const req = await createLocalReq({}, ctx.payload)
  await storeRecords(ctx.payload, req, slugs.pressReleases, [{ id, records: (await currentRecords(id)).map(change) }])
}

/** The email fields the item's records hold now, per language, re-read from the database. */
async function storedEmail(id: number): Promise<Record<string, ReleasedEmail | null>> {
  const { docs } = await ctx.payload.db.find<{ language: string; email: ReleasedEmail | null }>({
    collection: slugs.releasedItems,
    where: { and: [{ itemCollection: { equals: slugs.pressReleases } }, { itemId: { equals: String(id) } }] },
    limit: 0,
    pagination: false,
  })
  return Object.fromEntries(docs.map((d) => [d.language, d.email]))
}

beforeAll(async () => {
  clock.set(new Date('2026-12-01T01:00:00Z'))
  sink = await startSmtpSink()
  ctx = await bootPayload({ SMTP_URL: sink.url, EMAIL_RETRY_BASE_SECONDS: '60' }, { custom: { clock } })
  server = await startServer(ctx)
  await pass(ctx)
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  await addSubscriber(ctx.payload, { email: 'vi@bao.vn', language: 'vi' })
  await addSubscriber(ctx.payload, { email: 'en@press.com', language: 'en' })
})

afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
  await sink?.close()
})

describe('email reads the read model', () => {
  it('a release email shows the item as its records hold it, not as the live copy says', async () => {
    sink.messages.length = 0
    const id = await approvedItem(
      ctx.payload,
      slugs.pressReleases,
      { vi: { title: 'Tiêu đề của bản làm việc', body: ['Nội dung của bản công khai.'] }, en: { title: 'Title of the live copy', body: ['Text of the live copy.'] } },
      contributor,
    )
    await publish(server, publisher, slugs.pressReleases, id)
    // The records change (as a later transition would write them) while the live copy stays.
    await storeChanged(id, (r) => ({
      ...r,
      email: {
        ...r.email,
        title: `${r.language === 'vi' ? 'Tiêu đề trong bản đã lưu' : 'Title as the read model holds it'}`,
        body: { html: `<p>${r.language}: body from the record</p>`, text: `${r.language}: body from the record` },
      },
    }))
    const live = await ctx.payload.findByID({ collection: slugs.pressReleases, id, locale: 'en', depth: 0, draft: false, overrideAccess: true })
    expect(live.headline).toBe('Title of the live copy')

    const report = await pass(ctx)
    expect(report.sent).toBe(2)
    const [vi] = received('vi@bao.vn')
    const [en] = received('en@press.com')
    expect(vi.parsed.subject).toBe('[Thông cáo báo chí] Tiêu đề trong bản đã lưu')
    expect(en.parsed.subject).toBe('[Press release] Title as the read model holds it')
    expect(vi.parsed.text).toContain('vi: body from the record')
    expect(en.parsed.text).toContain('en: body from the record')
    expect(en.parsed.html).toContain('<p style="')
    for (const mail of [vi, en]) {
      expect(mail.parsed.text).not.toContain('live copy')
      expect(mail.parsed.text).not.toContain('Nội dung của bản công khai.')
    }
  })

  it("a correction's email shows the corrected text, as the correction wrote it to the read model", async () => {
    sink.messages.length = 0
    const id = await approvedItem(ctx.payload, slugs.pressReleases, { vi: { title: 'Lịch làm việc của đoàn', body: ['Khai mạc lúc 8 giờ.'] } }, contributor)
    await publish(server, publisher, slugs.pressReleases, id)
    await pass(ctx)
    expect(received('vi@bao.vn').map((m) => m.parsed.subject)).toEqual(['[Thông cáo báo chí] Lịch làm việc của đoàn'])
    sink.messages.length = 0
    await correct(ctx.payload, server, publisher, contributor, slugs.pressReleases, id, 'vi', 'Lịch làm việc của đoàn (đính chính)', 'Sửa giờ khai mạc')
    expect((await storedEmail(id)).vi?.title).toBe('Lịch làm việc của đoàn (đính chính)')
    await pass(ctx)
    const [mail] = received('vi@bao.vn')
    expect(mail.parsed.subject).toBe('[Đính chính] Lịch làm việc của đoàn (đính chính)')
    expect(mail.parsed.text).toContain('Sửa giờ khai mạc')

    // The withdrawal: the records keep none of the content, and the notice carries none.
    sink.messages.length = 0
    await withdraw(server, publisher, slugs.pressReleases, id, 'Sự kiện hủy')
    const stored = await storedEmail(id)
    expect(Object.keys(stored)).toEqual(['vi'])
    expect(stored.vi).toEqual({
      slug: expect.any(String),
      title: 'Lịch làm việc của đoàn (đính chính)',
      releaseNumber: expect.any(String),
      publishedAt: expect.any(String),
      firstPublishedAt: expect.any(String),
      withdrawnAt: clock.now().toISOString(),
      withdrawalReason: 'Sự kiện hủy',
      topics: [],
      images: [],
      attachments: [],
      files: [],
      otherMedia: [],
      contacts: [],
    })
    await pass(ctx)
    const [notice] = received('vi@bao.vn')
    expect(notice.parsed.subject).toBe('[Thu hồi] Lịch làm việc của đoàn (đính chính)')
    expect(notice.parsed.text).toContain('Sự kiện hủy')
    expect(notice.parsed.text).not.toContain('Khai mạc')
  })

  it('a record written before records carried email fields holds its mail back (retried) until the reindex fills it', async () => {
    sink.messages.length = 0
    const id = await approvedItem(ctx.payload, slugs.pressReleases, { vi: { title: 'Thông cáo trước khi lập lại chỉ mục' } }, contributor)
    await publish(server, publisher, slugs.pressReleases, id)
    // As the migration that adds the column leaves the records: no email fields.
    await storeChanged(id, (r) => ({ ...r, email: null as unknown as ReleasedEmail }))
    expect((await storedEmail(id)).vi).toBeNull()

    const first = await pass(ctx)
    expect(first.sent).toBe(0)
    expect(sink.messages).toHaveLength(0)
    const waiting = (await deliveriesOf(ctx.payload)).filter((d) => d.status === 'queued')
    expect(waiting.map((d) => d.email).sort()).toEqual(['en@press.com', 'vi@bao.vn'])
    for (const d of waiting) expect(d.lastError).toBe(`render failed: the read model's record press-releases:${id}:vi has no email fields yet: it is refilled when a job-running process starts, or by npm run reindex`)

    await rebuildReleased(ctx.payload)
    expect((await storedEmail(id)).vi?.title).toBe('Thông cáo trước khi lập lại chỉ mục')
    clock.set(new Date(clock.now().getTime() + 61_000))
    const second = await pass(ctx)
    expect(second.sent).toBe(2)
    expect(sink.messages.map((m) => m.to[0]).sort()).toEqual(['en@press.com', 'vi@bao.vn'])
    expect(received('en@press.com')[0].parsed.subject).toBe('[Press release] Thông cáo trước khi lập lại chỉ mục')
  })
})
