import sharp from 'sharp'
import { sitePath } from '../../../src/site/media'

import { manualClock, type ManualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'
import { authHeader, createUser, type TestUser } from '../../helpers/users'
import { act } from '../../helpers/workflow'
import { pdf as pdfFile } from '../media-visibility/fixtures'

/**
 * The website's test content, made the way editors make it: written by a contributor over REST,
 * submitted, approved and published by others through the workflow API, with the test's clock.
 */

export type Site = {
  ctx: TestContext
  server: TestServer
  clock: ManualClock
  publisher: TestUser
  contributor: TestUser
  ids: Record<'bilingual' | 'viOnly' | 'training' | 'staffOnly' | 'lao' | 'draft' | 'withdrawn' | 'embargoed', number | string>
  embargoUntil: Date
  partnerSlug: string
  imageUrl: string
  pdfUrl: string
}

type Spec = {
  collection: string
  texts: Partial<Record<'vi' | 'en' | 'lo', Record<string, string>>>
  extra?: Record<string, unknown>
  publish?: ('vi' | 'en' | 'lo')[]
  stop?: 'draft'
}

export async function makeSite(): Promise<Site> {
  const clock = manualClock(new Date('2026-12-01T01:00:00Z'))
  const ctx = await bootPayload({}, { custom: { clock } })
  const server = await startServer(ctx)
  const { payload } = ctx
  const contributor = await createUser(payload, ['contributor'], 'contributor')
  const editor = await createUser(payload, ['editor'], 'editor')
  const publisher = await createUser(payload, ['publisher'], 'publisher')

  const call = async (path: string, method: string, body: unknown) => {
    const res = await fetch(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json', ...authHeader(contributor) }, body: JSON.stringify(body) })
    const json = (await res.json()) as { doc?: { id: number | string } }
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
    return json
  }
  const throughWorkflow = async (spec: Spec): Promise<number | string> => {
    const [first, ...rest] = Object.entries(spec.texts) as [string, Record<string, string>][]
    const id = (await call(`/api/${spec.collection}?draft=true&locale=${first[0]}`, 'POST', { ...spec.extra, ...first[1] })).doc!.id
    for (const [locale, text] of rest) await call(`/api/${spec.collection}/${id}?draft=true&locale=${locale}`, 'PATCH', text)
    if (spec.stop === 'draft') return id
    const locales = spec.publish ?? Object.keys(spec.texts)
    expect((await act(server, contributor, spec.collection, id, { action: 'submit' })).status).toBe(200)
    expect((await act(server, editor, spec.collection, id, { action: 'approve', locales })).status).toBe(200)
    expect(await act(server, publisher, spec.collection, id, { action: 'publish', locales })).toMatchObject({ status: 200, body: { state: 'published' } })
    return id
  }

  const topic = await payload.create({ collection: slugs.topics, locale: 'vi', data: { name: 'Hợp tác & đầu tư', slug: 'hop-tac-dau-tu' } as never })
  await payload.update({ collection: slugs.topics, id: topic.id, locale: 'en', data: { name: 'Cooperation & investment' } as never })
  await payload.update({ collection: slugs.topics, id: topic.id, locale: 'lo', data: { name: 'ການຮ່ວມມື ແລະ ການລົງທຶນ' } as never })
  const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#0b4f8a' } }).png().toBuffer()
  const image = await payload.create({
    collection: slugs.media,
    data: { alt: 'Cảng Cửa Việt', credit: 'Sở TTTT' } as never,
    file: { data: png, mimetype: 'image/png', name: 'cang-cua-viet.png', size: png.length },
  })
  await payload.update({ collection: slugs.media, id: image.id, locale: 'en', data: { alt: 'Cua Viet port' } as never })
  const pdfBytes = pdfFile('Thong cao')
  const pdf = await payload.create({
    collection: slugs.media,
    data: { alt: 'Toàn văn thông cáo' } as never,
    file: { data: pdfBytes, mimetype: 'application/pdf', name: 'thong-cao.pdf', size: pdfBytes.length },
  })
  const partner = await payload.create({ collection: slugs.partners, data: { name: 'Đài Phát thanh Savannakhet', kind: 'lao-media', slug: 'dai-savannakhet' } as never })

  clock.set(new Date('2026-12-01T02:00:00Z'))
  const ids = {} as Site['ids']
  ids.bilingual = await throughWorkflow({
    collection: slugs.pressReleases,
    texts: {
      vi: { headline: 'Quảng Trị đón đoàn đầu tư Nhật Bản', summary: 'Đoàn 20 doanh nghiệp làm việc tại Khu kinh tế Đông Nam.', datelinePlace: 'Đông Hà' },
      en: { headline: 'Quang Tri welcomes Japanese investors', summary: 'A delegation of 20 companies visited the Southeast Economic Zone.' },
    },
    extra: { topics: [topic.id], images: [image.id], attachments: [pdf.id], pressContacts: [{ name: 'Nguyễn Văn An', email: 'an@quangtri.gov.vn', phone: '+84 233 3852 000' }] },
  })
  clock.set(new Date('2026-12-01T03:00:00Z'))
  ids.viOnly = await throughWorkflow({
    collection: slugs.publications,
    texts: { vi: { title: 'Sách ảnh Quảng Trị khát vọng hòa bình' }, en: { title: 'Quang Tri photo book (unfinished translation)' } },
    extra: { kind: 'photo-book', cover: image.id, topics: [topic.id] },
    publish: ['vi'],
  })
  clock.set(new Date('2026-12-01T04:00:00Z'))
  ids.training = await throughWorkflow({
    collection: slugs.trainingMaterials,
    texts: { vi: { title: 'Sổ tay tập huấn quan hệ báo chí' }, en: { title: 'Media relations workshop handbook' }, lo: { title: 'ຄູ່ມືຝຶກອົບຮົມ ການພົວພັນສື່' } },
    extra: { visibility: 'public', date: '2026-12-20T00:00:00.000Z' },
    publish: ['en', 'lo'],
  })
  ids.staffOnly = await throughWorkflow({ collection: slugs.trainingMaterials, texts: { vi: { title: 'Tài liệu nội bộ cho cán bộ' } }, extra: { visibility: 'staff' } })
  clock.set(new Date('2026-12-01T05:00:00Z'))
  ids.lao = await throughWorkflow({
    collection: slugs.partnerMedia,
    texts: { vi: { title: 'Phóng sự Quảng Trị – Savannakhet' }, lo: { title: 'ສາລະຄະດີ ກວາງຈິ – ສະຫວັນນະເຂດ' } },
    extra: { partner: partner.id, kind: 'video', media: [image.id] },
    publish: ['vi', 'lo'],
  })
  ids.draft = await throughWorkflow({ collection: slugs.pressReleases, texts: { vi: { headline: 'Bản nháp chưa duyệt' } }, stop: 'draft' })
  ids.withdrawn = await throughWorkflow({ collection: slugs.pressReleases, texts: { vi: { headline: 'Thông cáo đã thu hồi' }, en: { headline: 'Withdrawn release' } } })
  expect((await act(server, publisher, slugs.pressReleases, ids.withdrawn, { action: 'withdraw', note: 'Sự kiện bị hủy' })).status).toBe(200)
  clock.set(new Date('2026-12-01T06:00:00Z'))
  const embargoUntil = new Date('2026-12-01T09:00:00Z')
  ids.embargoed = await throughWorkflow({
    collection: slugs.pressReleases,
    texts: { vi: { headline: 'Thông cáo cấm đăng trước giờ G' }, en: { headline: 'Embargoed release' } },
    extra: {
      embargoUntil: embargoUntil.toISOString(),
      related: [
        { relationTo: slugs.pressReleases, value: ids.bilingual },
        { relationTo: slugs.publications, value: ids.viOnly },
      ],
    },
  })
  return {
    ctx,
    server,
    clock,
    publisher,
    contributor,
    ids,
    embargoUntil,
    partnerSlug: 'dai-savannakhet',
    imageUrl: sitePath((image as { url: string }).url),
    pdfUrl: sitePath((pdf as { url: string }).url),
  }
}
