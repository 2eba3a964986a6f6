import { WORKFLOW_QUEUE } from '../../../src/workflow/service'
import { latestPeriod } from '../../../src/email/send/digests'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp'
import { createUser, type TestUser } from '../../helpers/users'
import { approvedItem, correct, publish, withdraw } from '../feed-items/helpers'
import { addSubscriber, deliveriesOf, pass } from './helpers'

const clock = manualClock()
let ctx: TestContext
let server: TestServer
let sink: SmtpSink
let contributor: TestUser
let publisher: TestUser
let economy: number | string
let culture: number | string

/** The job queue waits by the real clock: make the queued jobs due now, as time passing would. */
async function runWorkflowQueue() {
  await ctx.payload.update({ collection: 'payload-jobs', where: { queue: { equals: WORKFLOW_QUEUE } }, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } as never, overrideAccess: true })
  await ctx.payload.jobs.run({ queue: WORKFLOW_QUEUE, limit: 10 })
}

/** A raw header line's value, as the message carried it. */
const header = (mail: SmtpSink['messages'][number], name: string) => mail.parsed.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, ' ')

const received = (address: string) => sink.messages.filter((m) => m.to.includes(address))
const subjects = (address: string) => received(address).map((m) => m.parsed.subject)

beforeAll(async () => {
  clock.set(new Date('2026-12-01T01:00:00Z'))
  sink = await startSmtpSink()
  ctx = await bootPayload({ SMTP_URL: sink.url, EMAIL_RETRY_BASE_SECONDS: '60', EMAIL_FROM_ADDRESS: 'releases@quangtri.gov.vn' }, { custom: { clock } })
  server = await startServer(ctx)
  // Email starts on this database now, while it holds no events (see start-and-age.test.ts).
  await pass(ctx)
  contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  economy = (await ctx.payload.create({ collection: slugs.topics, data: { name: 'Kinh tế', slug: 'kinh-te' } as never })).id
  culture = (await ctx.payload.create({ collection: slugs.topics, data: { name: 'Văn hóa', slug: 'van-hoa' } as never })).id
  await addSubscriber(ctx.payload, { email: 'vi@bao.vn', language: 'vi' })
  await addSubscriber(ctx.payload, { email: 'en@press.com', language: 'en' })
  await addSubscriber(ctx.payload, { email: 'lo@kpl.la', language: 'lo' })
  await addSubscriber(ctx.payload, { email: 'economy@bao.vn', topics: [economy] })
  await addSubscriber(ctx.payload, { email: 'culture@bao.vn', topics: [culture] })
  await addSubscriber(ctx.payload, { email: 'publications@bao.vn', contentTypes: ['publications'] })
  await addSubscriber(ctx.payload, { email: 'accredited@ttxvn.vn', accredited: true })
  await addSubscriber(ctx.payload, { email: 'pending@bao.vn', status: 'pending' })
  await addSubscriber(ctx.payload, { email: 'left@bao.vn', status: 'unsubscribed' })
  await addSubscriber(ctx.payload, { email: 'daily@bao.vn', frequency: 'daily', language: 'en' })
  await addSubscriber(ctx.payload, { email: 'suppressed@bao.vn' })
  await ctx.payload.create({ collection: slugs.suppressions, data: { email: 'suppressed@bao.vn', reason: 'manual' } as never, overrideAccess: true })
})

afterAll(async () => {
  await server?.close()
  await ctx?.destroy()
  await sink?.close()
})

const immediateReaders = ['vi@bao.vn', 'en@press.com', 'lo@kpl.la', 'economy@bao.vn', 'accredited@ttxvn.vn']

describe('email releases', () => {
  it('sends a published release once to each active subscriber who wants it, in their language, and nothing on a second pass', async () => {
    const id = await approvedItem(
      ctx.payload,
      'press-releases',
      { vi: { title: 'Hội nghị xúc tiến đầu tư', body: ['Nội dung tiếng Việt.'] }, en: { title: 'Investment promotion conference', body: ['English text.'] } },
      contributor,
      { topics: [economy] },
    )
    await publish(server, publisher, 'press-releases', id)
    const report = await pass(ctx)
    expect(report.sent).toBe(immediateReaders.length)
    expect(sink.messages.map((m) => m.to[0]).sort()).toEqual([...immediateReaders].sort())
    expect(received('en@press.com')[0].parsed.headers.get('content-language')).toBe('en')
    expect(received('en@press.com')[0].parsed.text).toContain('English text.')
    expect(received('vi@bao.vn')[0].parsed.text).toContain('Nội dung tiếng Việt.')
    // Lao was not written: Vietnamese stands in.
    expect(received('lo@kpl.la')[0].parsed.text).toContain('Nội dung tiếng Việt.')
    const rows = await deliveriesOf(ctx.payload)
    expect(rows.map((r) => [r.email, r.status, r.smtpCode]).sort()).toEqual(immediateReaders.map((e) => [e, 'sent', 250]).sort())
    const again = await pass(ctx)
    expect(again.claimed).toBe(0)
    expect(sink.messages).toHaveLength(immediateReaders.length)
  })

  it('carries one-click unsubscribe headers (RFC 8058) with a personal link, and a fixed Message-ID', async () => {
    const mail = received('vi@bao.vn')[0]
    const unsubscribe = String(header(mail, 'list-unsubscribe'))
    expect(unsubscribe).toMatch(/^<http:\/\/localhost:3999\/subscribe\/unsubscribe\?token=[^>]+>, <mailto:releases@quangtri\.gov\.vn\?subject=unsubscribe%20[^>]+>$/)
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    const other = String(header(received('en@press.com')[0], 'list-unsubscribe'))
    expect(other).not.toBe(unsubscribe)
    expect(mail.parsed.messageId).toMatch(/^<newsroom\.m\d+\.s\d+@quangtri\.gov\.vn>$/)
  })

  it('sends an embargoed release to accredited subscribers at once, marked, and to the others when the embargo lifts', async () => {
    sink.messages.length = 0
    const embargoUntil = new Date(clock.now().getTime() + 2 * 3_600_000)
    const id = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Thông cáo cấm đăng trước' } }, contributor, { embargoUntil: embargoUntil.toISOString() })
    await publish(server, publisher, 'press-releases', id)
    await pass(ctx)
    expect(sink.messages.map((m) => m.to[0])).toEqual(['accredited@ttxvn.vn'])
    expect(sink.messages[0].parsed.subject).toMatch(/CẤM ĐĂNG/)
    // One second before: still nothing for the others.
    clock.set(new Date(embargoUntil.getTime() - 1000))
    await pass(ctx)
    expect(sink.messages).toHaveLength(1)
    clock.set(new Date(embargoUntil.getTime() + 1000))
    await runWorkflowQueue()
    await pass(ctx)
    expect(sink.messages.map((m) => m.to[0]).sort()).toEqual(['accredited@ttxvn.vn', 'en@press.com', 'lo@kpl.la', 'vi@bao.vn'])
    const late = received('vi@bao.vn')[0]
    expect(late.parsed.subject).not.toMatch(/CẤM ĐĂNG/)
  })

  it('sends a correction and then a withdrawal to exactly those who received the release', async () => {
    sink.messages.length = 0
    const id = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Lịch làm việc của đoàn', body: ['Chương trình chi tiết của đoàn.'] } }, contributor, { topics: [culture] })
    await publish(server, publisher, 'press-releases', id)
    await pass(ctx)
    const firstReaders = ['culture@bao.vn', 'vi@bao.vn', 'en@press.com', 'lo@kpl.la', 'accredited@ttxvn.vn'].sort()
    expect(sink.messages.map((m) => m.to[0]).sort()).toEqual(firstReaders)
    // Someone who subscribes afterwards gets neither the correction nor the withdrawal.
    await addSubscriber(ctx.payload, { email: 'newcomer@bao.vn' })
    sink.messages.length = 0
    await correct(ctx.payload, server, publisher, contributor, 'press-releases', id, 'vi', 'Lịch làm việc của đoàn (đính chính)', 'Sửa giờ khai mạc')
    await pass(ctx)
    expect(sink.messages.map((m) => m.to[0]).sort()).toEqual(firstReaders)
    expect(sink.messages[0].parsed.subject).toMatch(/Đính chính/i)
    sink.messages.length = 0
    await withdraw(server, publisher, 'press-releases', id, 'Sự kiện hủy')
    await pass(ctx)
    expect(sink.messages.map((m) => m.to[0]).sort()).toEqual(firstReaders)
    expect(sink.messages[0].parsed.text).toContain('Sự kiện hủy')
    // The withdrawn text itself is no longer given out.
    expect(sink.messages[0].parsed.text).not.toContain('Chương trình chi tiết của đoàn.')
  })

  it('marks a 550 refusal bounced and suppresses the address, and retries a 451 refusal later', async () => {
    sink.messages.length = 0
    sink.refuse((address) =>
      address === 'vi@bao.vn' ? { code: 550, message: 'No such user' } : address === 'en@press.com' ? { code: 451, message: 'Try again later' } : undefined,
    )
    const id = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Thông cáo thứ năm' } }, contributor)
    await publish(server, publisher, 'press-releases', id)
    const first = await pass(ctx)
    expect(first.bounced).toBe(1)
    expect(first.retried).toBe(1)
    const bounced = (await ctx.payload.find({ collection: slugs.subscribers, where: { email: { equals: 'vi@bao.vn' } }, overrideAccess: true })).docs[0] as { status: string; statusReason: string }
    expect(bounced.status).toBe('bounced')
    expect(bounced.statusReason).toContain('550')
    const suppressed = await ctx.payload.find({ collection: slugs.suppressions, where: { email: { equals: 'vi@bao.vn' } }, overrideAccess: true })
    expect((suppressed.docs[0] as { reason: string }).reason).toBe('bounced')
    const waiting = (await deliveriesOf(ctx.payload)).filter((r) => r.email === 'en@press.com' && r.status === 'queued')
    expect(waiting).toHaveLength(1)
    expect(waiting[0].smtpCode).toBe(451)
    expect(new Date(waiting[0].nextAttemptAt as string).getTime()).toBe(clock.now().getTime() + 60_000)
    // Not due yet: nothing happens.
    sink.refuse(undefined)
    expect((await pass(ctx)).claimed).toBe(0)
    clock.advance(61_000)
    const retry = await pass(ctx)
    expect(retry.sent).toBe(1)
    expect(received('en@press.com').map((m) => m.parsed.subject)).toEqual([expect.stringContaining('Thông cáo thứ năm')])
    expect(received('vi@bao.vn')).toHaveLength(0)
  })

  it('sends daily-digest subscribers one email with the releases of the period, once', async () => {
    sink.messages.length = 0
    // The periods so far are old news for this test: digests start from the next period.
    const next = latestPeriod('daily', new Date(clock.now().getTime() + 86_400_000)).periodEnd
    clock.set(new Date(next.getTime() + 60_000))
    await pass(ctx)
    sink.messages.length = 0
    const a = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Tin sáng' }, en: { title: 'Morning news' } }, contributor)
    await publish(server, publisher, 'press-releases', a)
    clock.advance(3_600_000)
    const b = await approvedItem(ctx.payload, 'press-releases', { vi: { title: 'Tin chiều' } }, contributor)
    await publish(server, publisher, 'press-releases', b)
    await pass(ctx)
    expect(received('daily@bao.vn')).toHaveLength(0)
    clock.set(new Date(next.getTime() + 86_400_000 + 60_000))
    await pass(ctx)
    const digest = received('daily@bao.vn')
    expect(digest).toHaveLength(1)
    expect(digest[0].parsed.headers.get('content-language')).toBe('en')
    // Newest first; the second has no English text and falls back to Vietnamese.
    const text = digest[0].parsed.text ?? ''
    expect(text.indexOf('Tin chiều')).toBeGreaterThan(-1)
    expect(text.indexOf('Morning news')).toBeGreaterThan(text.indexOf('Tin chiều'))
    // Each links its page on the website, in the language it is shown in.
    const slugOf = async (id: number, locale: 'vi' | 'en') => ((await ctx.payload.findByID({ collection: 'press-releases', id, locale, depth: 0, overrideAccess: true })) as { slug?: string }).slug
    expect(text).toContain(`http://localhost:3999/en/press-releases/${await slugOf(a, 'en')}`)
    expect(text).toContain(`http://localhost:3999/vi/press-releases/${await slugOf(b, 'vi')}`)
    await pass(ctx)
    expect(received('daily@bao.vn')).toHaveLength(1)
    expect(subjects('daily@bao.vn')[0]).toMatch(/2/)
  })
})
