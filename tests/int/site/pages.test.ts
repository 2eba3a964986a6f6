import type { AddressInfo } from 'node:net'

import express from 'express'
import { pino } from 'pino'

import { createSiteData } from '../../../src/site/data'
import { SITE_CSP, siteRoutes } from '../../../src/site/router'
import { siteText } from '../../../src/site/strings'
import { slugs } from '../../helpers/slugs'
import { approvedItem, correct, publish, withdraw } from '../feed-items/helpers'
import { makeSite, type Site } from './content'

/**
 * The public website through real HTTP, on every engine: the language redirect, home, lists, item
 * pages with everything an item has, and visibility exactly as on every other channel (drafts,
 * staff-only, unpublished languages and embargoed releases do not exist; a withdrawn item answers
 * 410 with its notice; an embargoed release appears when the embargo passes by the test's clock).
 */

let site: Site
const slugOf: Record<string, Partial<Record<'vi' | 'en' | 'lo', string>>> = {}

type Res = { status: number; text: string; headers: Headers }
async function get(path: string, headers: Record<string, string> = {}): Promise<Res> {
  const res = await fetch(`${site.server.url}${path}`, { headers, redirect: 'manual' })
  return { status: res.status, text: await res.text(), headers: res.headers }
}

const publicUrl = 'http://localhost:3999'

beforeAll(async () => {
  site = await makeSite()
  for (const [name, id] of Object.entries(site.ids)) {
    const collection =
      name === 'viOnly' ? slugs.publications : name === 'training' || name === 'staffOnly' ? slugs.trainingMaterials : name === 'lao' ? slugs.partnerMedia : slugs.pressReleases
    const doc = await site.ctx.payload.findByID({ collection, id, locale: 'all', draft: true, depth: 0, overrideAccess: true })
    slugOf[name] = doc.slug as Partial<Record<'vi' | 'en' | 'lo', string>>
  }
})

afterAll(async () => {
  await site?.server.close()
  await site?.ctx.destroy()
})

describe('languages', () => {
  test.each([
    ['lo-LA,lo;q=0.9,en;q=0.5', '/lo'],
    ['en-GB,en;q=0.9', '/en'],
    ['fr-FR,de;q=0.5', '/vi'],
    [undefined, '/vi'],
  ])('/ with Accept-Language %s sends the visitor to %s', async (accept, location) => {
    const res = await get('/', accept ? { 'accept-language': accept } : {})
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(location)
    expect(res.headers.get('vary')).toMatch(/Accept-Language/)
  })

  test.each(['vi', 'en', 'lo'] as const)('the %s home page is in its language and links the other two', async (lang) => {
    const res = await get(`/${lang}`)
    expect(res.status).toBe(200)
    expect(res.text).toMatch(new RegExp(`^<!doctype html><html lang="${lang}">`))
    expect(res.text).toContain(`<link rel="canonical" href="${publicUrl}/${lang}"/>`)
    for (const other of ['vi', 'en', 'lo']) {
      expect(res.text).toContain(`<link rel="alternate" hrefLang="${other}" href="${publicUrl}/${other}"/>`)
      expect(res.text).toContain(`href="/${other}" lang="${other}" hrefLang="${other}"`)
    }
    expect(res.text).toContain(siteText.in(lang).latestReleases)
    expect(res.text).toContain('"@type":"GovernmentOrganization"')
    expect(res.headers.get('content-security-policy')).toBe(SITE_CSP)
    // No script runs: the only script elements are JSON-LD data.
    expect(res.text.match(/<script[^>]*>/g)?.every((tag) => tag === '<script type="application/ld+json">')).toBe(true)
  })

  test('the home page lists what is released in its language only', async () => {
    const vi = await get('/vi')
    expect(vi.text).toContain('Quảng Trị đón đoàn đầu tư Nhật Bản')
    expect(vi.text).toContain('Sách ảnh Quảng Trị khát vọng hòa bình')
    const en = await get('/en')
    expect(en.text).toContain('Quang Tri welcomes Japanese investors')
    // Coming up: the public training on 20 December.
    expect(en.text).toMatch(/<h2 id="upcoming">Coming up<\/h2><ul class="cards"><li class="card"><div class="text"><h3><a href="\/en\/training-materials\/[^"]+">Media relations workshop handbook<\/a><\/h3><ul class="meta"><li><time dateTime="2026-12-20T00:00:00.000Z">20 Dec 2026<\/time>/)
    expect(en.text).not.toContain('photo book')
    const lo = await get('/lo')
    expect(lo.text).not.toContain('Japanese')
    for (const page of [vi, en, lo]) {
      expect(page.text).not.toMatch(/Bản nháp|cấm đăng trước|Embargoed|thu hồi<\/a>|Withdrawn release|nội bộ/)
    }
  })
})

describe('lists', () => {
  test('a list shows the released items of its type, newest first, with filters', async () => {
    const res = await get('/en/press-releases')
    expect(res.status).toBe(200)
    expect(res.text).toContain(`<a href="/en/press-releases/${slugOf.bilingual.en}">Quang Tri welcomes Japanese investors</a>`)
    expect(res.text).not.toMatch(/Embargoed release|Withdrawn release|Unreviewed/)
    expect(res.text).toContain('<select id="f-topic" name="topic">')
    const filtered = await get('/vi/publications?topic=hop-tac-dau-tu')
    expect(filtered.text).toContain('Sách ảnh Quảng Trị khát vọng hòa bình')
    const otherYear = await get('/vi/publications?year=2025')
    expect(otherYear.text).not.toContain('Sách ảnh')
    expect(otherYear.text).toContain(siteText.in('vi').noItems)
    const partner = await get(`/lo/partner-media?partner=${site.partnerSlug}`)
    expect(partner.text).toContain('ສາລະຄະດີ ກວາງຈິ – ສະຫວັນນະເຂດ')
  })

  test.each([
    ['/en/press-releases?page=abc', siteText.in('en').bad.page],
    ['/en/press-releases?page=0', siteText.in('en').bad.page],
    ['/vi/press-releases?year=99', siteText.in('vi').bad.year],
    ['/lo/publications?topic=khong-co', siteText.in('lo').bad.topic],
    ['/en/press-releases?partner=dai-savannakhet', siteText.in('en').bad.partner],
    ['/en/press-releases?page=1&page=2', siteText.in('en').bad.page],
  ])('%s answers 400 naming the problem', async (path, message) => {
    const res = await get(path)
    expect(res.status).toBe(400)
    expect(res.text).toContain(`<p>${message}</p>`)
  })

  test('a staff-only training material and a draft exist nowhere', async () => {
    expect((await get('/vi/training-materials')).text).not.toContain('nội bộ')
    expect((await get(`/vi/training-materials/${slugOf.staffOnly.vi}`)).status).toBe(404)
    expect((await get(`/vi/press-releases/${slugOf.draft.vi}`)).status).toBe(404)
  })
})

describe('item pages', () => {
  test('a press release shows everything it has, with its languages, cards and caching headers', async () => {
    const path = `/vi/press-releases/${slugOf.bilingual.vi}`
    const res = await get(path)
    expect(res.status).toBe(200)
    const html = res.text
    expect(html).toContain('<h1>Quảng Trị đón đoàn đầu tư Nhật Bản</h1>')
    expect(html).toMatch(/<dt>Số<\/dt><dd>\d+\/2026<\/dd>/)
    expect(html).toContain('<dd><time dateTime="2026-12-01T02:00:00.000Z">01/12/2026</time></dd>')
    expect(html).toContain('<dd>Đông Hà</dd>')
    expect(html).toContain('<p class="lead">Đoàn 20 doanh nghiệp làm việc tại Khu kinh tế Đông Nam.</p>')
    expect(html).toMatch(/<img src="\/api\/media\/file\/cang-cua-viet-1600x900\.png" srcSet="\/api\/media\/file\/cang-cua-viet-1600x900\.png 1600w" sizes="\(min-width: 48rem\) 46rem, 100vw" width="1600" height="900" alt="Cảng Cửa Việt"/)
    expect(html).toContain('alt="Cảng Cửa Việt"')
    expect(html).toContain('<span class="credit">Ảnh: Sở TTTT</span>')
    expect(html).toContain(`<a href="${site.pdfUrl}" download=""><span>Toàn văn thông cáo</span></a> <span class="detail">(PDF, `)
    expect(html).toContain('<strong>Nguyễn Văn An</strong>')
    expect(html).toContain('<a href="/vi/topics/hop-tac-dau-tu">Hợp tác &amp; đầu tư</a>')
    expect(html).toContain(`<link rel="canonical" href="${publicUrl}${path}"/>`)
    expect(html).toContain(`<link rel="alternate" hrefLang="en" href="${publicUrl}/en/press-releases/${slugOf.bilingual.en}"/>`)
    expect(html).not.toContain('hrefLang="lo" href="http')
    expect(html).toMatch(/<meta property="og:image" content="http:\/\/localhost:3999\/api\/media\/file\/[^"]+-1200x630\.jpg"\/>/)
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>')
    expect(html).toContain('"@type":"NewsArticle"')
    expect(res.headers.get('cache-control')).toBe('public, max-age=1, stale-while-revalidate=30')
    expect(res.headers.get('last-modified')).toMatch(/GMT$/)
    const etag = res.headers.get('etag') as string
    // fetch would add `Cache-Control: no-cache` to a conditional request (the Fetch standard), as a reload does.
    expect((await get(path, { 'if-none-match': etag, 'cache-control': 'max-age=0' })).status).toBe(304)
  })

  test('the same item in English, and its Vietnamese slug under /en moves to the English one', async () => {
    const en = await get(`/en/press-releases/${slugOf.bilingual.en}`)
    expect(en.status).toBe(200)
    expect(en.text).toContain('<h1>Quang Tri welcomes Japanese investors</h1>')
    expect(en.text).toContain('alt="Cua Viet port"')
    // Not translated: the place is Vietnamese, marked as such.
    expect(en.text).toContain('<dd lang="vi">Đông Hà</dd>')
    const moved = await get(`/en/press-releases/${slugOf.bilingual.vi}`)
    expect(moved.status).toBe(301)
    expect(moved.headers.get('location')).toBe(`/en/press-releases/${slugOf.bilingual.en}`)
  })

  test('an item not released in the language says so in that language and links where it is', async () => {
    const res = await get(`/lo/press-releases/${slugOf.bilingual.vi}`)
    expect(res.status).toBe(404)
    expect(res.text).toContain('<html lang="lo">')
    expect(res.text).toContain(siteText.in('lo').otherLanguageTitle)
    expect(res.text).toContain(`<li lang="vi"><a href="/vi/press-releases/${slugOf.bilingual.vi}" hrefLang="vi">`)
    expect(res.text).toContain(`<li lang="en"><a href="/en/press-releases/${slugOf.bilingual.en}" hrefLang="en">`)
  })

  test('a translation that was never published does not exist, not even its title', async () => {
    const res = await get(`/en/publications/${slugOf.viOnly.en}`)
    expect(res.status).toBe(404)
    expect(res.text).not.toContain('unfinished translation')
    expect(res.text).toContain(siteText.in('en').notFoundTitle)
    const elsewhere = await get(`/en/publications/${slugOf.viOnly.vi}`)
    expect(elsewhere.status).toBe(404)
    expect(elsewhere.text).toContain(siteText.in('en').otherLanguageTitle)
    expect(elsewhere.text).not.toContain('unfinished translation')
  })

  test('a withdrawn item answers 410 with its notice and reason, and none of its content', async () => {
    for (const [lang, slug] of [
      ['vi', slugOf.withdrawn.vi],
      ['en', slugOf.withdrawn.en],
    ] as const) {
      const res = await get(`/${lang}/press-releases/${slug}`)
      expect(res.status).toBe(410)
      expect(res.text).toContain(`<html lang="${lang}">`)
      expect(res.text).toContain(siteText.in(lang).withdrawnTitle)
      expect(res.text).toContain(`${siteText.in(lang).reason}: Sự kiện bị hủy`)
      expect(res.text).toContain('<meta name="robots" content="noindex"/>')
    }
  })

  test('an embargoed release does not exist before its time and is everywhere after it', async () => {
    const path = `/en/press-releases/${slugOf.embargoed.en}`
    const before = await get(path)
    expect(before.status).toBe(404)
    // No cache may keep the 404 past the embargo.
    expect(before.headers.get('cache-control')).toBe('no-cache')
    expect((await get('/en/press-releases')).text).not.toContain('Embargoed release')
    expect((await get('/sitemap.xml')).text).not.toContain(slugOf.embargoed.en as string)
    site.clock.set(new Date(site.embargoUntil.getTime() + 1000))
    const after = await get(path)
    expect(after.status).toBe(200)
    expect(after.text).toContain('<h1>Embargoed release</h1>')
    // Related: the English press release (its card with its image, as in a list), not the
    // publication released in Vietnamese only.
    expect(after.text).toContain(
      `<h2 id="related">Related</h2><ul class="cards"><li class="card"><img src="/api/media/file/cang-cua-viet-768x432.png" srcSet="/api/media/file/cang-cua-viet-768x432.png 768w" sizes="(min-width: 48rem) 22rem, 100vw" width="768" height="432" alt="" loading="lazy" decoding="async"/><div class="text"><h3><a href="/en/press-releases/${slugOf.bilingual.en}">Quang Tri welcomes Japanese investors</a>`,
    )
    expect(after.text).not.toContain('photo book')
    expect((await get(`/vi/press-releases/${slugOf.embargoed.vi}`)).text).toContain(`<a href="/vi/publications/${slugOf.viOnly.vi}">Sách ảnh Quảng Trị khát vọng hòa bình</a>`)
    expect((await get('/en/press-releases')).text).toContain('Embargoed release')
    expect((await get('/en')).text).toContain('Embargoed release')
  })

  test('a release withdrawn before its embargo never existed: 404 in every language, not even its title', async () => {
    const now = new Date(site.clock.now().getTime() + 3_600_000)
    site.clock.set(now)
    const embargoUntil = new Date(now.getTime() + 3 * 3_600_000)
    const texts = { vi: { title: 'Thông cáo cấm đăng rồi thu hồi' }, en: { title: 'Embargoed then withdrawn' } }
    const id = await approvedItem(site.ctx.payload, slugs.pressReleases, texts, site.contributor, { embargoUntil: embargoUntil.toISOString() })
    await publish(site.server, site.publisher, slugs.pressReleases, id)
    await withdraw(site.server, site.publisher, slugs.pressReleases, id, 'Hủy trước giờ công bố')
    const doc = await site.ctx.payload.findByID({ collection: slugs.pressReleases, id, locale: 'all', depth: 0, overrideAccess: true })
    const slugIn = doc.slug as unknown as Record<'vi' | 'en', string>
    for (const lang of ['vi', 'en'] as const) {
      const res = await get(`/${lang}/press-releases/${slugIn[lang]}`)
      expect([lang, res.status]).toEqual([lang, 404])
      expect(res.text).not.toContain(texts[lang].title)
      expect(res.text).not.toContain('Hủy trước giờ công bố')
    }
    expect((await get('/sitemap.xml')).text).not.toContain(slugIn.en)
  })

  test('partner media shows its partner, and the partner page lists it', async () => {
    const item = await get(`/lo/partner-media/${slugOf.lao.lo}`)
    expect(item.status).toBe(200)
    expect(item.text).toContain(`<a href="/lo/partners/${site.partnerSlug}">Đài Phát thanh Savannakhet</a>`)
    const partner = await get(`/lo/partners/${site.partnerSlug}`)
    expect(partner.status).toBe(200)
    expect(partner.text).toContain('ສາລະຄະດີ ກວາງຈິ – ສະຫວັນນະເຂດ')
    expect((await get('/lo/partners/khong-co')).status).toBe(404)
  })
})

describe('the other pages', () => {
  test('topic, topics, partners, press and search pages answer in their language', async () => {
    const topic = await get('/en/topics/hop-tac-dau-tu')
    expect(topic.status).toBe(200)
    expect(topic.text).toContain('<h1>Cooperation &amp; investment</h1>')
    expect(topic.text).toContain('Quang Tri welcomes Japanese investors')
    expect((await get('/vi/topics')).text).toContain('Hợp tác &amp; đầu tư')
    expect((await get('/vi/partners')).text).toContain('Đài Phát thanh Savannakhet')
    const press = await get('/lo/press')
    expect(press.status).toBe(200)
    expect(press.text).toContain('href="/subscribe?lang=lo"')
    expect(press.text).toContain('href="/feed/v1/lo/rss.xml"')
    expect(press.text).toContain('href="/feed/v1/docs"')
    const search = await get('/vi/search?q=quang%20tri')
    expect(search.status).toBe(200)
    expect(search.text).toContain('<form role="search" action="/vi/search" method="get">')
    expect((await get(`/vi/search?q=${'a'.repeat(201)}`)).status).toBe(400)
  })

  test('search finds Vietnamese without diacritics, English word forms and Lao substrings, and nothing the public may not read', async () => {
    const vi = (await get('/vi/search?q=QUANG%20TRI')).text
    expect(vi).toContain('Quảng Trị đón đoàn đầu tư Nhật Bản')
    expect(vi).toContain('Sách ảnh Quảng Trị khát vọng hòa bình')
    const viNoMarks = (await get('/vi/search?q=doan%20dau%20tu')).text
    expect(viNoMarks).toContain('Quảng Trị đón đoàn đầu tư Nhật Bản')
    expect((await get('/en/search?q=investor')).text).toContain('Quang Tri welcomes Japanese investors')
    // ສະຫວັນ: two syllables inside ສະຫວັນນະເຂດ.
    expect((await get(`/lo/search?q=${encodeURIComponent('ສະຫວັນ')}`)).text).toContain('ສາລະຄະດີ ກວາງຈິ – ສະຫວັນນະເຂດ')
    // Withdrawn, staff-only and a language not published: not found.
    expect((await get('/vi/search?q=thu%20hoi')).text).not.toContain('Thông cáo đã thu hồi')
    expect((await get('/vi/search?q=noi%20bo')).text).not.toContain('Tài liệu nội bộ cho cán bộ')
    expect((await get('/lo/search?q=quang%20tri')).text).not.toContain('Quảng Trị đón đoàn đầu tư Nhật Bản')
    // Embargoed: not found a minute before its time, found at it.
    const then = site.clock.now()
    try {
      site.clock.set(new Date(site.embargoUntil.getTime() - 60_000))
      expect((await get('/en/search?q=embargoed')).text).not.toContain('Embargoed release')
      site.clock.set(site.embargoUntil)
      expect((await get('/en/search?q=embargoed')).text).toContain('Embargoed release')
    } finally {
      site.clock.set(then)
    }
  })

  test('an unknown address under a language is that language’s 404 page', async () => {
    const res = await get('/lo/khong-co-trang-nay')
    expect(res.status).toBe(404)
    expect(res.text).toContain('<html lang="lo">')
    expect(res.text).toContain(siteText.in('lo').notFoundTitle)
    expect((await get('/vi/press-releases/khong-co')).text).toContain(siteText.in('vi').notFoundText)
  })

  test('sitemap.xml lists every released page with its language alternates; robots.txt points to it', async () => {
    const sitemap = await get('/sitemap.xml')
    expect(sitemap.status).toBe(200)
    expect(sitemap.headers.get('content-type')).toMatch(/^application\/xml/)
    const vi = `${publicUrl}/vi/press-releases/${slugOf.bilingual.vi}`
    const en = `${publicUrl}/en/press-releases/${slugOf.bilingual.en}`
    expect(sitemap.text).toContain(
      `<url><loc>${vi}</loc><lastmod>`,
    )
    expect(sitemap.text).toContain(`<xhtml:link rel="alternate" hreflang="vi" href="${vi}"/><xhtml:link rel="alternate" hreflang="en" href="${en}"/></url>`)
    expect(sitemap.text).not.toContain(slugOf.draft.vi as string)
    expect(sitemap.text).not.toContain(slugOf.staffOnly.vi as string)
    expect(sitemap.text).not.toContain(slugOf.withdrawn.vi as string)
    const robots = await get('/robots.txt')
    expect(robots.text).toBe(`User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /subscribe/\nSitemap: ${publicUrl}/sitemap.xml\n`)
  })

  test('the style sheet and fonts come from this server, cached for good', async () => {
    const home = await get('/lo')
    const css = home.text.match(/<link rel="stylesheet" href="([^"]+)"/)?.[1] as string
    const font = home.text.match(/<link rel="preload" href="([^"]+)" as="font"/)?.[1] as string
    expect(font).toBe('/_site/fonts/noto-sans-lao-lao-400-normal.woff2')
    const sheet = await get(css)
    expect(sheet.status).toBe(200)
    expect(sheet.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(sheet.text).toContain("font-family:'Noto Sans Lao'")
    expect(sheet.text).not.toMatch(/https?:\/\//)
    const woff = await fetch(`${site.server.url}${font}`)
    expect(woff.status).toBe(200)
    expect(woff.headers.get('content-type')).toBe('font/woff2')
    expect((await woff.arrayBuffer()).byteLength).toBeGreaterThan(1000)
    expect((await get('/_site/fonts/..%2F..%2Fpackage.json')).status).toBe(404)
  })

  test('the API and the sign-up pages are untouched by the website', async () => {
    const api = await get('/api/press-releases?limit=1')
    expect(api.status).toBe(200)
    expect(api.headers.get('content-type')).toMatch(/^application\/json/)
    expect((await get('/subscribe?lang=en')).status).toBe(200)
  })

  test('the office’s name, address and footer links come from the site settings, in the page’s language', async () => {
    const { payload } = site.ctx
    const settings = await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'vi',
      data: { organizationName: 'Sở Thông tin và Truyền thông Quảng Trị', address: '185 Hùng Vương, Đông Hà', footerLinks: [{ label: 'Cổng thông tin tỉnh', url: 'https://quangtri.gov.vn/' }] },
    })
    const linkId = settings.footerLinks?.[0]?.id as string
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      data: { organizationName: 'Quang Tri Department of Information and Communications', footerLinks: [{ id: linkId, label: 'Provincial portal', url: 'https://quangtri.gov.vn/' }] },
    })
    const en = await get('/en')
    expect(en.text).toContain('<title>Quang Tri Department of Information and Communications</title>')
    expect(en.text).toContain('<h2 id="footer-links">Links</h2><ul><li><a href="https://quangtri.gov.vn/">Provincial portal</a></li></ul>')
    const lo = await get('/lo')
    // Nothing in Lao yet: the Vietnamese texts, marked as such.
    expect(lo.text).toContain('<p lang="vi">185 Hùng Vương, Đông Hà</p>')
    expect(lo.text).toContain('<li lang="vi"><a href="https://quangtri.gov.vn/">Cổng thông tin tỉnh</a></li>')
  })

  test('a page that fails answers 500 with the error page in its language, never cached, without the cause', async () => {
    const { payload, env } = site.ctx
    const failing = { ...createSiteData(payload), latest: async () => Promise.reject(new Error('database connection lost')) }
    const app = express().use(siteRoutes({ payload, env, logger: pino({ level: 'silent' }), data: failing }))
    const server = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/lo/press-releases`)
      const html = await res.text()
      expect(res.status).toBe(500)
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(html).toContain('<html lang="lo">')
      expect(html).toContain(`<h1>${siteText.in('lo').errorTitle}</h1>`)
      expect(html).not.toContain('database connection lost')
    } finally {
      server.close()
      server.closeAllConnections()
    }
  })

  test('a correction shows on the next request, with its note and date, at the same address', async () => {
    const path = `/en/training-materials/${slugOf.training.en}`
    expect((await get(path)).text).not.toContain('class="notice warn"')
    site.clock.set(new Date('2026-12-02T03:00:00Z'))
    await correct(site.ctx.payload, site.server, site.publisher, site.contributor, slugs.trainingMaterials, Number(site.ids.training), 'en', 'Media relations handbook, second edition', 'The course date was wrong.', ['en', 'lo'])
    const res = await get(path)
    expect(res.status).toBe(200)
    expect(res.text).toContain('<h1>Media relations handbook, second edition</h1>')
    expect(res.text).toContain('<aside class="notice warn" aria-labelledby="correction"><h2 id="correction">Correction</h2><p>Corrected on 2 Dec 2026</p><p>The course date was wrong.</p></aside>')
  })
})
