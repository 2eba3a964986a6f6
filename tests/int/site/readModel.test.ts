import type { Where } from 'payload'

import { slugs } from '../../../src/domain'
import { closeFeed } from '../../../src/feed/shutdown'
import { rebuildReleased } from '../../../src/readModel/rebuild'
import { siteText } from '../../../src/site/strings'
import { act } from '../../helpers/workflow'
import { makeSite, type Site } from './content'

/**
 * The website reads released content from the read model (`released-items`): what a page shows is
 * what the records hold, a transition shows on the next request because it rewrites the records in
 * its transaction, and `npm run reindex` (rebuildReleased) writes records that render the very
 * same pages.
 */

let site: Site
const slugOf: Record<string, Partial<Record<'vi' | 'en' | 'lo', string>>> = {}

async function get(path: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${site.server.url}${path}`, { redirect: 'manual' })
  return { status: res.status, text: await res.text() }
}

beforeAll(async () => {
  site = await makeSite()
  for (const name of ['bilingual', 'viOnly'] as const) {
    const collection = name === 'viOnly' ? slugs.publications : slugs.pressReleases
    const doc = await site.ctx.payload.findByID({ collection, id: site.ids[name], locale: 'all', depth: 0, overrideAccess: true })
    slugOf[name] = doc.slug as Partial<Record<'vi' | 'en' | 'lo', string>>
  }
})

afterAll(async () => {
  await site?.server.close()
  if (site) await closeFeed(site.ctx.payload)
  await site?.ctx.destroy()
})

/** An item's records (ids are per collection: the test's press release and publication may share one). */
const itemRecords = (itemCollection: string, itemId: number | string): Where => ({ and: [{ itemCollection: { equals: itemCollection } }, { itemId: { equals: String(itemId) } }] })
const records = (itemCollection: string, itemId: number | string) =>
  site.ctx.payload.db.find<{ id: number | string; page: Record<string, unknown> }>({
    collection: slugs.releasedItems,
    where: itemRecords(itemCollection, itemId),
    limit: 0,
    pagination: false,
  })

test('pages show what the records hold: without them an item is nowhere; rebuilt, every page is byte for byte the same', async () => {
  const { payload } = site.ctx
  const pages = [`/vi/press-releases/${slugOf.bilingual.vi}`, `/en/press-releases/${slugOf.bilingual.en}`, '/vi/press-releases', '/en', '/vi/topics/hop-tac-dau-tu', '/sitemap.xml']
  const before = await Promise.all(pages.map(get))
  expect(before.map((p) => p.status)).toEqual([200, 200, 200, 200, 200, 200])
  expect(before[2].text).toContain('Quảng Trị đón đoàn đầu tư Nhật Bản')

  // The live copy is untouched; only its records go.
  await payload.db.deleteMany({ collection: slugs.releasedItems, where: itemRecords(slugs.pressReleases, site.ids.bilingual) })
  expect((await get(pages[0])).status).toBe(404)
  expect((await get(pages[1])).status).toBe(404)
  expect((await get('/vi/press-releases')).text).not.toContain('Quảng Trị đón đoàn đầu tư Nhật Bản')
  expect((await get('/sitemap.xml')).text).not.toContain(slugOf.bilingual.vi as string)

  // A record written before the website's part of it existed (no `page.site`) shows nowhere either.
  const { docs } = await records(slugs.publications, site.ids.viOnly)
  expect(docs).toHaveLength(1)
  const { site: _site, ...withoutSite } = docs[0].page
  await payload.db.updateOne({ collection: slugs.releasedItems, id: docs[0].id, data: { page: withoutSite }, returning: false })
  expect((await get(`/vi/publications/${slugOf.viOnly.vi}`)).status).toBe(404)

  await rebuildReleased(payload)
  const after = await Promise.all(pages.map(get))
  expect(after.map((p) => p.status)).toEqual(before.map((p) => p.status))
  for (const [i, page] of after.entries()) expect([pages[i], page.text]).toEqual([pages[i], before[i].text])
  expect((await get(`/vi/publications/${slugOf.viOnly.vi}`)).status).toBe(200)
})

test('a withdrawal shows on the next request: 410 with the notice, none of the content, gone from lists, the home page and the sitemap', async () => {
  const path = `/en/press-releases/${slugOf.bilingual.en}`
  const live = await get(path)
  expect(live.status).toBe(200)
  expect(live.text).toContain('A delegation of 20 companies')
  site.clock.set(new Date('2026-12-03T08:00:00Z'))
  expect((await act(site.server, site.publisher, slugs.pressReleases, site.ids.bilingual, { action: 'withdraw', note: 'Đoàn hoãn chuyến thăm' })).status).toBe(200)
  for (const [lang, slug] of [
    ['en', slugOf.bilingual.en],
    ['vi', slugOf.bilingual.vi],
    // Its Vietnamese address under /lo too: the notice, in Lao, titled in Vietnamese.
    ['lo', slugOf.bilingual.vi],
  ] as const) {
    const res = await get(`/${lang}/press-releases/${slug}`)
    expect(res.status).toBe(410)
    expect(res.text).toContain(`<html lang="${lang}">`)
    expect(res.text).toContain(`${siteText.in(lang).reason}: Đoàn hoãn chuyến thăm`)
    expect(res.text).not.toMatch(/A delegation of 20 companies|Đoàn 20 doanh nghiệp|Nguyễn Văn An|cang-cua-viet/)
  }
  expect((await get(path)).text).toContain('<p>The issuing office withdrew this item on 3 Dec 2026.</p>')
  expect((await get('/lo/press-releases/' + slugOf.bilingual.vi)).text).toContain('Quảng Trị đón đoàn đầu tư Nhật Bản')
  for (const page of ['/en/press-releases', '/en', '/vi', '/en/topics/hop-tac-dau-tu', '/sitemap.xml']) {
    expect([page, (await get(page)).text]).not.toEqual([page, expect.stringMatching(/Quang Tri welcomes Japanese investors|Quảng Trị đón đoàn|quang-tri-welcomes/)])
  }
})
