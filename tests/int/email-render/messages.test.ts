import { type Locale, slugs } from '../../../src/domain'
import { composeMessage } from '../../../src/email/compose'
import {
  loadSiteInfo,
  renderAlreadySubscribedEmail,
  renderConfirmationEmail,
  renderDigestEmail,
  renderReleaseEmail,
  emailItemOf,
  type EmailItem,
  type SiteInfo,
} from '../../../src/email/render'
import { loadEmailItem } from '../../../src/email/send/items'
import type { AllLocales } from '../../../src/lib/documents'
import type { Media, PressRelease } from '../../../src/payload-types'
import { recordsOf, type LiveDoc } from '../../../src/readModel/record'
import { recordContext } from '../../../src/readModel/write'
import { bootPayload, type TestContext } from '../../helpers/boot'
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp'
import { livePublished, upload, type StoredMedia } from '../media-visibility/fixtures'
import { deliver, FROM, headerOf, SENDER, imageSources, linksFor, plain, PUBLIC_URL, richBody } from './fixtures'

type Doc = AllLocales<PressRelease>

const HEADLINE = {
  vi: 'Quảng Trị đón đoàn phóng viên Lào dự Lễ hội Vì Hòa bình',
  en: 'Quang Tri welcomes Lao reporters to the Peace Festival',
  lo: 'ແຂວງກວາງຈິ ຕ້ອນຮັບຄະນະນັກຂ່າວລາວ ເຂົ້າຮ່ວມງານບຸນເພື່ອສັນຕິພາບ',
}
const SUMMARY = {
  vi: 'Mười hai phóng viên từ sáu cơ quan báo chí Lào tác nghiệp tại Quảng Trị trong năm ngày.',
  lo: 'ນັກຂ່າວສິບສອງຄົນ ຈາກຫົກສຳນັກຂ່າວລາວ ເຮັດວຽກຢູ່ແຂວງກວາງຈິ ເປັນເວລາຫ້າວັນ.',
}
const BODY = {
  vi: ['Đoàn sẽ thăm Cầu Hiền Lương và Thành cổ Quảng Trị.', 'Sở Thông tin và Truyền thông hỗ trợ đưa đón & phiên dịch.'],
  en: ['The group will visit Hien Luong Bridge and the Quang Tri Citadel.', 'The department provides transport & interpreting.'],
  lo: ['ຄະນະຈະໄປຢ້ຽມຊົມຂົວຮຽນເລືອງ ແລະ ປ້ອມບູຮານກວາງຈິ.', 'ພະແນກຈະອຳນວຍຄວາມສະດວກດ້ານການເດີນທາງ ແລະ ການແປພາສາ.'],
}
const ALT = { vi: 'Cầu Hiền Lương lúc hoàng hôn', en: 'Hien Luong Bridge at dusk', lo: 'ຂົວຮຽນເລືອງຍາມແລງ' }
const ORG = { vi: 'Sở Thông tin và Truyền thông tỉnh Quảng Trị', en: 'Quang Tri Department of Information and Communications', lo: 'ພະແນກຖະແຫຼງຂ່າວ ແລະ ການສື່ສານ ແຂວງກວາງຈິ' }
const ADDRESS = {
  vi: '26 Hùng Vương\nĐông Hà, Quảng Trị',
  en: '26 Hung Vuong Street\nDong Ha, Quang Tri, Viet Nam',
  lo: 'ເລກທີ 26 ຖະໜົນຮຸ່ງເວືອງ\nເມືອງດົງຮ່າ, ແຂວງກວາງຈິ',
}
const LINK = { text: 'chương trình lễ hội', url: 'https://festival.quangtri.example/chuong-trinh' }
const PUBLISHED_AT = new Date('2026-11-30T03:00:00Z')
const EMBARGO = new Date('2026-12-01T02:00:00Z') // 09:00 in Đông Hà
const langs: Locale[] = ['vi', 'en', 'lo']

let sink: SmtpSink
let ctx: TestContext
let site: SiteInfo
let photo: StoredMedia
let document: StoredMedia
let release: EmailItem
let releaseId: number | string
const shortReleases: EmailItem[] = []

/** The live copy (for the record mapping itself). */
const read = async (id: number | string): Promise<Doc> => {
  const { docs } = await ctx.payload.find({ collection: slugs.pressReleases, where: { id: { equals: id } }, depth: 1, locale: 'all', draft: false, overrideAccess: true })
  return docs[0]
}
/** The item as email reads it: from the read model, as the sender does. */
const load = async (id: number | string): Promise<EmailItem> => {
  const item = await loadEmailItem(ctx.payload, slugs.pressReleases, id)
  if (!item) throw new Error(`press release ${String(id)} is not in the read model`)
  return item
}
const CONTACT = { name: 'Lê Thị Thanh Hương', email: 'huong@sotttt.quangtri.example', phone: '+84 233 3852 555' }
const ROLE = { vi: 'Phụ trách báo chí', en: 'Press officer', lo: 'ເຈົ້າໜ້າທີ່ສື່ມວນຊົນ' }

beforeAll(async () => {
  sink = await startSmtpSink()
  ctx = await bootPayload({ SMTP_URL: sink.url })
  const { payload } = ctx
  for (const lang of langs) {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: lang,
      data: { organizationName: ORG[lang], address: ADDRESS[lang], contactEmail: 'baochi@sotttt.quangtri.example' } as never,
    })
  }
  photo = await upload(payload, 'cau-hien-luong', 'jpeg')
  for (const lang of langs) await payload.update({ collection: slugs.media, id: photo.id, locale: lang, data: { alt: ALT[lang] } as never })
  document = await upload(payload, 'chuong-trinh-le-hoi', 'pdf')
  const topic = await payload.create({ collection: slugs.topics, locale: 'vi', data: { name: 'Hợp tác Việt – Lào', slug: 'hop-tac-viet-lao' } as never })
  await payload.update({ collection: slugs.topics, id: topic.id, locale: 'en', data: { name: 'Viet Nam – Laos cooperation' } as never })

  // English has a headline and a body but no summary: the summary falls back to Vietnamese.
  const id = await livePublished(
    payload,
    slugs.pressReleases,
    HEADLINE.vi,
    {
      summary: SUMMARY.vi,
      body: richBody(BODY.vi, { link: LINK, imageId: photo.id }),
      datelinePlace: 'Đông Hà',
      images: [photo.id],
      attachments: [document.id],
      topics: [topic.id],
    },
    {
      publishedAt: PUBLISHED_AT,
      translations: {
        en: { headline: HEADLINE.en, body: richBody(BODY.en, { link: LINK, imageId: photo.id }), datelinePlace: 'Dong Ha' },
        lo: { headline: HEADLINE.lo, summary: SUMMARY.lo, body: richBody(BODY.lo, { imageId: photo.id }), datelinePlace: 'ດົງຮ່າ' },
      },
    },
  )
  // The contact as the read model holds it (role per language). Not saved with the item: publishing
  // currently drops the array rows of the live copy (payload.db.updateOne with partial data in the
  // workflow's media sync deletes arrays it was not given), reported to the lead.
  releaseId = id
  const loaded = await load(id)
  release = {
    ...loaded,
    byLanguage: Object.fromEntries(Object.entries(loaded.byLanguage).map(([l, e]) => [l, { ...e, contacts: [{ ...CONTACT, role: ROLE[l as Locale] }] }])),
  }
  for (const [n, title] of ['Thông cáo thứ nhất trong ngày', 'Thông cáo thứ hai trong ngày'].entries()) {
    const other = await livePublished(payload, slugs.pressReleases, title, { summary: `Tóm tắt ${n + 1}` }, {
      publishedAt: new Date(PUBLISHED_AT.getTime() + (n + 1) * 3600_000),
      publishedLocales: ['vi'],
    })
    shortReleases.push(await load(other))
  }
  site = await loadSiteInfo(payload, PUBLIC_URL)
})

afterAll(async () => {
  await ctx?.destroy()
  await sink?.close()
})

const releaseFor = (lang: Locale, extra: Partial<Parameters<typeof renderReleaseEmail>[0]> = {}) =>
  renderReleaseEmail({ kind: 'release', item: release, language: lang, links: linksFor(lang), site, publicUrl: PUBLIC_URL, ...extra })

describe('site information', () => {
  test('loadSiteInfo reads the organization, address and contact of every language from site-settings', () => {
    expect(site).toEqual({
      organizationName: ORG,
      address: ADDRESS,
      contactEmail: 'baochi@sotttt.quangtri.example',
    })
  })
})

describe('release email', () => {
  test('the stored release has no English summary (the fallback below is real)', () => {
    expect(release.languages).toEqual(['vi', 'en', 'lo'])
    expect(release.byLanguage.en?.summary).toBeUndefined()
    expect(release.byLanguage.en?.title).toBe(HEADLINE.en)
  })

  test.each([
    ['vi', `[Thông cáo báo chí] ${HEADLINE.vi}`],
    ['en', `[Press release] ${HEADLINE.en}`],
    ['lo', `[ຖະແຫຼງການຂ່າວ] ${HEADLINE.lo}`],
  ] as [Locale, string][])('in %s it arrives over SMTP with its subject, language, list headers and one-click unsubscribe', async (lang, subject) => {
    const date = new Date('2026-11-30T03:05:00Z')
    const links = linksFor(lang)
    const { parsed, messageId } = await deliver(ctx.payload, sink, releaseFor(lang), { links, date })
    expect(parsed.subject).toBe(subject)
    expect(headerOf(parsed, 'Content-Language')).toBe(lang)
    expect(headerOf(parsed, 'List-Unsubscribe')).toBe(`<${links.unsubscribeUrl}>, <${links.unsubscribeMailto}>`)
    expect(headerOf(parsed, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    expect(headerOf(parsed, 'List-Id')).toBe('<releases.localhost>')
    expect(headerOf(parsed, 'Auto-Submitted')).toBe('auto-generated')
    expect(headerOf(parsed, 'Precedence')).toBe('bulk')
    expect(parsed.messageId).toBe(`<${messageId}>`)
    expect(new Date(headerOf(parsed, 'Date') as string).toISOString()).toBe(date.toISOString())
    expect(parsed.from?.value).toEqual([{ name: FROM.name, address: FROM.address }])
    expect(parsed.attachments).toEqual([])
  })

  test.each(langs)('in %s the HTML is a whole document with inline styles only, no scripts, absolute images with alt text', async (lang) => {
    const { parsed } = await deliver(ctx.payload, sink, releaseFor(lang), { links: linksFor(lang) })
    const html = parsed.html as string
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).toContain(`<html lang="${lang}" dir="ltr">`)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<style/i)
    expect(html).not.toMatch(/<link\b/i)
    expect(html).not.toMatch(/\sclass="(?!list-|nestedListItem|lexical-)/)
    expect(html).toContain('max-width:640px')
    const sources = imageSources(html)
    expect(sources.length).toBe(2) // the release's image, and the same image inside the body
    for (const src of sources) expect(src.startsWith(`${PUBLIC_URL}/api/media/`)).toBe(true)
    const alts = [...html.matchAll(/<img\b[^>]*\salt="([^"]*)"/g)].map((m) => m[1])
    expect(alts).toEqual([ALT[lang], ALT[lang]])
  })

  test('the document is a link with an absolute URL in both parts, never an attachment', async () => {
    const { parsed } = await deliver(ctx.payload, sink, releaseFor('en'), { links: linksFor('en') })
    const url = `${PUBLIC_URL}/api/media/file/${document.filename}`
    expect(parsed.html).toContain(`href="${url}"`)
    expect(plain(parsed)).toContain(`Attachments:\n- Ảnh chuong-trinh-le-hoi (PDF, 594 B): ${url}`)
    expect(parsed.attachments).toEqual([])
  })

  test('relative media URLs (a server without a public URL in its media links) become absolute on PUBLIC_URL', async () => {
    const relative = (m: number | AllLocales<Media>) => (typeof m === 'object' ? { ...m, url: String(m.url).replace(PUBLIC_URL, ''), sizes: {} } : m)
    const live = await read(releaseId)
    const body = JSON.parse(JSON.stringify(live.body).replaceAll(`${PUBLIC_URL}/api/media/`, '/api/media/')) as Doc['body']
    expect(JSON.stringify(body)).not.toContain(PUBLIC_URL)
    const doc = { ...live, body, images: (live.images ?? []).map(relative), attachments: (live.attachments ?? []).map(relative) } as LiveDoc
    // The record mapping makes them absolute; email shows what the record holds.
    const item = emailItemOf(recordsOf(slugs.pressReleases, doc, await recordContext(ctx.payload))) as EmailItem
    const { html, text } = renderReleaseEmail({ kind: 'release', item, language: 'vi', links: linksFor('vi'), site, publicUrl: PUBLIC_URL })
    const sources = imageSources(html)
    expect(sources).toEqual([`${PUBLIC_URL}/api/media/file/${photo.filename}`, sources[1]])
    expect(sources[1].startsWith(`${PUBLIC_URL}/api/media/file/`)).toBe(true)
    expect(html).toContain(`href="${PUBLIC_URL}/api/media/file/${document.filename}"`)
    expect(text).toContain(`: ${PUBLIC_URL}/api/media/file/${document.filename}`)
  })

  test('the text part carries the body, the summary, the links spelled out and the footer', async () => {
    const links = linksFor('vi')
    const { parsed } = await deliver(ctx.payload, sink, releaseFor('vi'), { links })
    const text = plain(parsed)
    for (const p of BODY.vi) expect(text).toContain(p)
    expect(text).toContain(SUMMARY.vi)
    expect(text).toContain(`${LINK.text} <${LINK.url}>`)
    expect(text).toContain(`[${ALT.vi}] ${PUBLIC_URL}/api/media/`)
    expect(text).toContain(`Số: ${release.byLanguage.vi?.releaseNumber as string}`)
    expect(text).toContain('Ngày phát hành: 30/11/2026')
    expect(text).toContain('Nơi phát hành: Đông Hà')
    expect(text).toContain('Chủ đề: Hợp tác Việt – Lào')
    expect(text).toContain(`Liên hệ báo chí:\n- ${CONTACT.name}, ${ROLE.vi} (${CONTACT.email} · ${CONTACT.phone}): mailto:${CONTACT.email}`)
    expect(text).toContain(`${ORG.vi}\n26 Hùng Vương\nĐông Hà, Quảng Trị`)
    expect(text).toContain(`Tùy chọn nhận tin: ${links.preferencesUrl}`)
    expect(text).toContain(`Hủy đăng ký: ${links.unsubscribeUrl}`)
    expect(text).toContain(`Quý vị nhận được email này vì đã đăng ký nhận thông cáo báo chí của ${ORG.vi}.`)
    expect(text).not.toContain('Vietnamese')
    expect(parsed.html).toContain(`href="${links.unsubscribeUrl}"`)
    expect(parsed.html).toContain(`href="${links.preferencesUrl}"`)
  })

  test('in English, a field without English text is shown in Vietnamese, marked lang="vi", with a note', async () => {
    const rendered = releaseFor('en')
    expect(rendered.language).toBe('en')
    const { parsed } = await deliver(ctx.payload, sink, rendered, { links: linksFor('en') })
    const html = parsed.html as string
    const text = plain(parsed)
    expect(text).toContain(HEADLINE.en)
    expect(text).toContain(`- ${CONTACT.name}, ${ROLE.en} (`)
    for (const p of BODY.en) expect(text).toContain(p)
    for (const p of BODY.vi) expect(text).not.toContain(p)
    expect(text).toContain(SUMMARY.vi)
    expect(html).toMatch(new RegExp(`<p lang="vi" style="[^"]*">${SUMMARY.vi}</p>`))
    expect(text).toContain('Place: Dong Ha')
    expect(text).toContain('Topics: Viet Nam – Laos cooperation')
    expect(text).toContain('Parts not yet translated into English are shown in Vietnamese.')
    expect(text).toContain(`${ORG.en}\n26 Hung Vuong Street`)
  })

  test('in Lao, the Lao texts are used, with the Lao role of the press contact and the Lao address', () => {
    const { text, html } = releaseFor('lo')
    expect(text).toContain(SUMMARY.lo)
    for (const p of BODY.lo) expect(text).toContain(p)
    expect(text).toContain('ສະຖານທີ່: ດົງຮ່າ')
    expect(text).toContain(`- ${CONTACT.name}, ${ROLE.lo} (`)
    expect(text).toContain(`${ORG.lo}\n${ADDRESS.lo}`)
    expect(html).toContain('ຍົກເລີກການຮັບຂ່າວ')
    expect(text).toContain('ຫົວຂໍ້: Hợp tác Việt – Lào') // the topic has no Lao name
    expect(text).toContain('ສ່ວນທີ່ຍັງບໍ່ໄດ້ແປເປັນພາສາລາວ ແມ່ນສະແດງເປັນພາສາຫວຽດນາມ.')
  })

  test('site texts missing in a language fall back to Vietnamese', () => {
    const { text } = releaseFor('lo', { site: { ...site, address: { vi: ADDRESS.vi } } })
    expect(text).toContain(`${ORG.lo}\n${ADDRESS.vi}`)
  })

  test('a language that is not published is never mailed: the English text of a Vietnamese-only release is not used', async () => {
    // English is written but only Vietnamese is published: the read model has no English record.
    const id = await livePublished(ctx.payload, slugs.pressReleases, HEADLINE.vi, { summary: SUMMARY.vi, body: richBody(BODY.vi) }, {
      publishedAt: PUBLISHED_AT,
      publishedLocales: ['vi'],
      translations: { en: { headline: HEADLINE.en, body: richBody(BODY.en) } },
    })
    const item = await load(id)
    expect(item.languages).toEqual(['vi'])
    const rendered = renderReleaseEmail({ kind: 'release', item, language: 'en', links: linksFor('en'), site, publicUrl: PUBLIC_URL })
    expect(rendered.subject).toBe(`[Press release] ${HEADLINE.vi}`)
    expect(rendered.language).toBe('vi')
    expect(rendered.text).not.toContain(HEADLINE.en)
    for (const p of BODY.vi) expect(rendered.text).toContain(p)
  })

  test('no embargo banner when the release is not embargoed', () => {
    for (const lang of langs) {
      const { html, text } = releaseFor(lang)
      for (const part of [html, text]) {
        expect(part).not.toContain('Embargoed')
        expect(part).not.toContain('Cấm đăng trước')
        expect(part).not.toContain('ຫ້າມເຜີຍແຜ່ກ່ອນ')
      }
    }
  })

  test.each([
    ['vi', `[CẤM ĐĂNG TRƯỚC 09:00 ngày 01/12/2026 (UTC+7)] [Thông cáo báo chí] ${HEADLINE.vi}`, 'Cấm đăng trước 09:00 ngày 01/12/2026 (UTC+7) — không đăng trước thời điểm này'],
    ['en', `[EMBARGOED UNTIL 1 Dec 2026 09:00 (UTC+7)] [Press release] ${HEADLINE.en}`, 'Embargoed until 1 Dec 2026 09:00 (UTC+7) — do not publish before'],
    ['lo', `[ຫ້າມເຜີຍແຜ່ກ່ອນ 01/12/2026 ເວລາ 09:00 (UTC+7)] [ຖະແຫຼງການຂ່າວ] ${HEADLINE.lo}`, 'ຫ້າມເຜີຍແຜ່ກ່ອນ 01/12/2026 ເວລາ 09:00 (UTC+7) — ກະລຸນາຢ່າເຜີຍແຜ່ກ່ອນເວລານີ້'],
  ] as [Locale, string, string][])('embargoed, in %s: the subject and a banner give the time in Đông Hà', async (lang, subject, banner) => {
    const { parsed } = await deliver(ctx.payload, sink, releaseFor(lang, { embargoUntil: EMBARGO }), { links: linksFor(lang) })
    expect(parsed.subject).toBe(subject)
    expect(parsed.html).toContain(banner)
    expect(plain(parsed)).toContain(`*** ${banner} ***\n`)
  })

  test('a correction says so, gives the note, refers to the original message and carries the corrected text', async () => {
    const original = 'release-original-1@newsroom.local'
    const note = 'Sửa số phóng viên: mười hai, không phải mười.'
    const rendered = releaseFor('vi', { kind: 'correction', note })
    const { parsed } = await deliver(ctx.payload, sink, rendered, { links: linksFor('vi'), references: original })
    expect(parsed.subject).toBe(`[Đính chính] ${HEADLINE.vi}`)
    expect(headerOf(parsed, 'In-Reply-To')).toBe(`<${original}>`)
    expect(headerOf(parsed, 'References')).toBe(`<${original}>`)
    expect(parsed.text).toContain('*** Đính chính: bản dưới đây thay thế bản đã gửi trước đó ***')
    expect(parsed.text).toContain(`Nội dung đính chính: ${note}`)
    for (const p of BODY.vi) expect(parsed.text).toContain(p)
    expect(releaseFor('en', { kind: 'correction', note }).subject).toBe(`[Correction] ${HEADLINE.en}`)
    expect(releaseFor('lo', { kind: 'correction', note }).subject).toBe(`[ແກ້ໄຂ] ${HEADLINE.lo}`)
  })

  test('a withdrawal says it is withdrawn and why, and carries none of the withdrawn content', async () => {
    const reason = 'Thông tin về lịch trình chưa được xác nhận.'
    const { parsed } = await deliver(ctx.payload, sink, releaseFor('en', { kind: 'withdrawal', note: reason, embargoUntil: EMBARGO }), {
      links: linksFor('en'),
      references: 'release-original-1@newsroom.local',
    })
    expect(parsed.subject).toBe(`[Withdrawn] ${HEADLINE.en}`)
    const html = parsed.html as string
    const text = plain(parsed)
    expect(text).toContain('*** Press release withdrawn ***')
    expect(text).toContain(`Reason: ${reason}`)
    expect(html).toContain(`Reason: ${reason}`)
    for (const part of [html, text]) {
      for (const p of [...BODY.en, ...BODY.vi, SUMMARY.vi, LINK.url, 'Embargoed']) expect(part).not.toContain(p)
      expect(part).not.toContain('/api/media/')
    }
    expect(imageSources(html)).toEqual([])
    expect(releaseFor('vi', { kind: 'withdrawal', note: reason }).subject).toBe(`[Thu hồi] ${HEADLINE.vi}`)
    expect(releaseFor('lo', { kind: 'withdrawal', note: reason }).subject).toBe(`[ຖອນຄືນ] ${HEADLINE.lo}`)
  })

  test('markup in a headline, summary or body is shown as text, never as HTML', async () => {
    const evil = '<script>alert("x")</script> Tin & <b>đậm</b>'
    const id = await livePublished(ctx.payload, slugs.pressReleases, evil, {
      summary: '<img src=x onerror=alert(1)>',
      body: richBody(['<a href="javascript:alert(1)">bấm</a>'], { link: { text: 'xem', url: 'javascript:alert(2)' } }),
    }, { publishedAt: PUBLISHED_AT, publishedLocales: ['vi'] })
    const rendered = renderReleaseEmail({ kind: 'release', item: await load(id), language: 'vi', links: linksFor('vi'), site, publicUrl: PUBLIC_URL })
    const { parsed } = await deliver(ctx.payload, sink, rendered, { links: linksFor('vi') })
    const html = parsed.html as string
    expect(parsed.subject).toBe(`[Thông cáo báo chí] ${evil}`)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<b>/)
    expect(html).not.toMatch(/<img src=x/)
    expect(html).not.toMatch(/href="javascript:/i)
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Tin &amp; &lt;b&gt;đậm&lt;/b&gt;')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('&lt;a href=&quot;javascript:alert(1)&quot;&gt;bấm&lt;/a&gt;')
  })
})

describe('digest email', () => {
  const period = { periodStart: new Date('2026-11-29T17:00:00Z'), periodEnd: new Date('2026-11-30T17:00:00Z') }
  const digestFor = (lang: Locale, frequency: 'daily' | 'weekly' = 'daily') =>
    renderDigestEmail({
      frequency,
      items: [release, ...shortReleases].map((item) => ({ item })),
      language: lang,
      ...period,
      links: linksFor(lang),
      site,
      publicUrl: PUBLIC_URL,
    })

  test.each([
    ['vi', 'Bản tin tổng hợp hằng ngày 30/11/2026 — 3 thông cáo'],
    ['en', 'Daily digest 30 Nov 2026 — 3 press releases'],
    ['lo', 'ສະຫຼຸບຂ່າວປະຈຳວັນ 30/11/2026 — 3 ຖະແຫຼງການ'],
  ] as [Locale, string][])('in %s it lists every release in order, each in the language or in Vietnamese', async (lang, subject) => {
    const links = linksFor(lang)
    const { parsed } = await deliver(ctx.payload, sink, digestFor(lang), { links })
    expect(parsed.subject).toBe(subject)
    expect(headerOf(parsed, 'Content-Language')).toBe(lang)
    expect(headerOf(parsed, 'List-Unsubscribe')).toBe(`<${links.unsubscribeUrl}>, <${links.unsubscribeMailto}>`)
    const titles = [HEADLINE[lang], 'Thông cáo thứ nhất trong ngày', 'Thông cáo thứ hai trong ngày']
    for (const part of [plain(parsed), parsed.html as string]) {
      const positions = titles.map((t) => part.indexOf(t))
      expect(positions.every((p) => p >= 0)).toBe(true)
      expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    }
    expect(parsed.text).toContain('Tóm tắt 1')
    expect(parsed.text).toContain(lang === 'en' ? SUMMARY.vi : SUMMARY[lang])
    if (lang !== 'vi') expect((parsed.html as string).match(/<h2 lang="vi"/g)?.length).toBe(2)
  })

  test('a weekly digest names the week and counts one item in the singular', () => {
    const rendered = renderDigestEmail({
      frequency: 'weekly',
      items: [{ item: release }],
      language: 'en',
      periodStart: new Date('2026-11-23T17:00:00Z'),
      periodEnd: new Date('2026-11-30T17:00:00Z'),
      links: linksFor('en'),
      site,
      publicUrl: PUBLIC_URL,
    })
    expect(rendered.subject).toBe('Weekly digest 24 Nov 2026 – 30 Nov 2026 — 1 press release')
  })
})

describe('sign-up emails', () => {
  const confirmUrl = `${PUBLIC_URL}/email/confirm?token=abc.def&lang=vi`

  test.each([
    ['vi', `Xác nhận đăng ký nhận thông cáo báo chí — ${ORG.vi}`, 'Liên kết có hiệu lực trong 48 giờ.'],
    ['en', `Confirm your subscription to press releases from ${ORG.en}`, 'This link expires in 48 hours.'],
    ['lo', `ຢືນຢັນການລົງທະບຽນຮັບຖະແຫຼງການຂ່າວ — ${ORG.lo}`, 'ລິ້ງນີ້ຈະໝົດອາຍຸພາຍໃນ 48 ຊົ່ວໂມງ.'],
  ] as [Locale, string, string][])('the confirmation in %s carries the confirm link in both parts and no list headers', async (lang, subject, expiry) => {
    const { parsed } = await deliver(ctx.payload, sink, renderConfirmationEmail({ language: lang, confirmUrl, expiresHours: 48, site }))
    expect(parsed.subject).toBe(subject)
    expect(headerOf(parsed, 'Content-Language')).toBe(lang)
    expect(headerOf(parsed, 'Auto-Submitted')).toBe('auto-generated')
    expect(headerOf(parsed, 'List-Unsubscribe')).toBeUndefined()
    expect(headerOf(parsed, 'Precedence')).toBeUndefined()
    expect(parsed.html).toContain(`href="${confirmUrl.replace('&', '&amp;')}"`)
    expect(plain(parsed)).toContain(`\n${confirmUrl}\n`)
    expect(parsed.text).toContain(expiry)
    expect(parsed.html).not.toMatch(/<script|<style/i)
  })

  test('the already-subscribed notice links to the preferences and says nothing more is needed', async () => {
    const preferencesUrl = `${PUBLIC_URL}/email/preferences?token=p-1`
    const { parsed } = await deliver(ctx.payload, sink, renderAlreadySubscribedEmail({ language: 'en', preferencesUrl, site }))
    expect(parsed.subject).toBe(`You are already subscribed to press releases from ${ORG.en}`)
    expect(parsed.html).toContain(`href="${preferencesUrl}"`)
    expect(plain(parsed)).toContain(`Your preferences:\n${preferencesUrl}`)
  })
})

describe('composeMessage', () => {
  const rendered = { subject: 's', html: '<p>h</p>', text: 't', language: 'vi' as const }

  test('accepts a Message-ID with or without angle brackets and completes a bare one with the sender domain', () => {
    expect(composeMessage(rendered, { to: 'a@example.org', sender: SENDER, messageId: 'x1@newsroom.local' }).messageId).toBe('<x1@newsroom.local>')
    expect(composeMessage(rendered, { to: 'a@example.org', sender: SENDER, messageId: '<x1@newsroom.local>' }).messageId).toBe('<x1@newsroom.local>')
    expect(composeMessage(rendered, { to: 'a@example.org', sender: SENDER, messageId: 'x2' }).messageId).toBe('<x2@newsroom.local>')
  })

  test('refuses a Message-ID with spaces or brackets inside', () => {
    expect(() => composeMessage(rendered, { to: 'a@example.org', sender: SENDER, messageId: 'a b@c' })).toThrow('invalid Message-ID: "a b@c"')
  })
})
