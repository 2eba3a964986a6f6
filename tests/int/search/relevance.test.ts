import { contentCollections, type Locale } from '../../../src/domain'
import { search } from '../../../src/search'
import { bootPayload, type TestContext } from '../../helpers/boot'
import { corpusEntries, relevanceSet } from './corpus'
import { index, publicQuery } from './helpers'

/**
 * The relevance set (tests/int/search/corpus.ts): for each query, the share of the items a reader
 * expects that are among the first ten results (recall@10), averaged per language. At least 0.9 in
 * each language, on each engine; the figures are printed.
 */

let ctx: TestContext
beforeAll(async () => {
  ctx = await bootPayload()
  await index(ctx.payload, corpusEntries())
})
afterAll(async () => {
  await ctx?.destroy()
})

it('holds at least 30 queries, at least 10 per language', () => {
  expect(relevanceSet.length).toBeGreaterThanOrEqual(30)
  for (const language of ['vi', 'en', 'lo'] as const) expect(relevanceSet.filter((r) => r.language === language).length).toBeGreaterThanOrEqual(10)
})

it('finds at least 90% of the expected items among the first ten, in each language', async () => {
  const perLanguage: Record<Locale, number[]> = { vi: [], en: [], lo: [] }
  const firstRight: Record<Locale, number[]> = { vi: [], en: [], lo: [] }
  const misses: string[] = []
  for (const { language, q, expected } of relevanceSet) {
    const { hits } = await search(ctx.payload, publicQuery(q, { languages: [language], types: [...contentCollections], limit: 10 }))
    const top = hits.map((h) => Number(h.docId))
    const got = expected.filter((id) => top.includes(id))
    perLanguage[language].push(got.length / Math.min(expected.length, 10))
    firstRight[language].push(expected.includes(top[0]) ? 1 : 0)
    if (got.length < expected.length) misses.push(`${language} "${q}": expected ${expected.join(',')}, top 10 ${top.join(',')}`)
  }
  const recall = Object.fromEntries(Object.entries(perLanguage).map(([l, r]) => [l, r.reduce((a, b) => a + b, 0) / r.length])) as Record<Locale, number>
  console.log(
    `search relevance on ${ctx.payload.db.name}: recall@10 ` +
      Object.entries(recall)
        .map(([l, r]) => `${l} ${r.toFixed(3)} (${perLanguage[l as Locale].length} queries, first hit expected in ${firstRight[l as Locale].filter(Boolean).length})`)
        .join(', ') +
      (misses.length ? `\nmisses:\n  ${misses.join('\n  ')}` : ''),
  )
  expect(recall.vi).toBeGreaterThanOrEqual(0.9)
  expect(recall.en).toBeGreaterThanOrEqual(0.9)
  expect(recall.lo).toBeGreaterThanOrEqual(0.9)
})
