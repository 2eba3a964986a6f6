import { createLocalReq } from 'payload'

import type { ContentCollectionSlug, Locale } from '../../../src/domain'
import { untrackFeedState } from '../../../src/feed/etag'
import { closeFeed } from '../../../src/feed/shutdown'
import { indexEntries } from '../../../src/search'
import { manualClock } from '../../../src/workflow/clock'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/boot'
import { createUser } from '../../helpers/users'
import { call, createClient } from '../feed-keys/helpers'
import { approvedItem, publish } from '../feed-items/helpers'

/**
 * `q` on GET /feed/v1/items: the search index names the items, the list reads them in that order
 * within the key's scope. Items are published through the workflow and indexed here (the workflow
 * does not index yet).
 */

const clock = manualClock()
let ctx: TestContext
let server: TestServer
let all: string // every type and language, no embargo privilege
let privileged: string
let scoped: string // press releases in English only

type Texts = Partial<Record<Locale, string>>

/** Index an item as the read model will: one entry per language, title and body. */
async function indexItem(collection: ContentCollectionSlug, id: number, texts: Texts, at: string, embargoUntil: string | null = null) {
  await indexEntries(
    await createLocalReq({}, ctx.payload),
    (Object.keys(texts) as Locale[]).map((language) => ({
      type: collection,
      docId: id,
      language,
      title: texts[language]!,
      text: '',
      topics: [],
      releasedAt: at,
      embargoUntil,
      audience: 'public',
      withdrawn: false,
    })),
  )
}

let prLaoBao: number // vi + en, published first
let pubLaoBao: number // vi, published later
let prEmbargoed: number // vi, under embargo
let prPeace: number // vi, does not match
let prUnpublished: number // vi, approved, never published (but indexed, as a stale index might hold it)

beforeAll(async () => {
  clock.set(new Date('2026-12-01T01:00:00Z'))
  ctx = await bootPayload({}, { custom: { clock } })
  server = await startServer(ctx)
  const admin = await createUser(ctx.payload, ['admin'], 'admin')
  const contributor = await createUser(ctx.payload, ['contributor'], 'contributor')
  const publisher = await createUser(ctx.payload, ['publisher'], 'publisher')
  all = (await createClient(server, admin, { name: 'Báo Quảng Trị' })).key
  privileged = (await createClient(server, admin, { name: 'TTXVN', embargoPrivilege: true })).key
  scoped = (await createClient(server, admin, { name: 'Foreign desk', types: ['press-release'], languages: ['en'] })).key

  const release = async (collection: ContentCollectionSlug, texts: Texts, shared: Record<string, unknown> = {}, doPublish = true) => {
    const id = await approvedItem(ctx.payload, collection, Object.fromEntries(Object.entries(texts).map(([l, t]) => [l, { title: t }])), contributor, shared)
    if (doPublish) await publish(server, publisher, collection, id)
    await indexItem(collection, id, texts, clock.now().toISOString(), (shared.embargoUntil as string | undefined) ?? null)
    clock.advance(60_000)
    return id
  }
  prLaoBao = await release('press-releases', { vi: 'Cửa khẩu Lao Bảo thông quan kỷ lục', en: 'Lao Bao border gate clears a record' })
  pubLaoBao = await release('publications', { vi: 'Cẩm nang du lịch Lao Bảo' })
  prEmbargoed = await release('press-releases', { vi: 'Lao Bảo đón đoàn Savannakhet' }, { embargoUntil: '2026-12-20T01:00:00Z' })
  prPeace = await release('press-releases', { vi: 'Lễ hội Vì hòa bình' })
  prUnpublished = await release('press-releases', { vi: 'Lao Bảo: bản chưa công bố' }, {}, false)
})
afterAll(async () => {
  await server?.close()
  if (ctx) {
    await untrackFeedState(ctx.payload)
    await closeFeed(ctx.payload)
  }
  await ctx?.destroy()
})

type Item = { uri: string; language: string; headlines: { value: string }[]; embargoedUntil?: string }
async function list(query: string, key = all): Promise<{ status: number; items: Item[]; next: string | null; body: Record<string, unknown> }> {
  const res = await call(server, `/feed/v1/items?${query}`, { key })
  const body = res.json()
  return { status: res.status, items: (body.items as Item[]) ?? [], next: (body.next as string | null) ?? null, body }
}
const shown = (items: Item[]) => items.map((i) => `${i.headlines[0].value} (${i.language})`)

describe('GET /feed/v1/items?q=', () => {
  it('finds released items whatever the case and diacritics, most relevant then newest first', async () => {
    for (const q of ['lao bao', 'LAO BẢO', 'Lao%20B%E1%BA%A3o']) {
      const { status, items, next } = await list(`q=${encodeURIComponent(decodeURIComponent(q))}`)
      expect({ status, next }).toEqual({ status: 200, next: null })
      // Every title holds both words, so the order among them is the engine's score: the set is checked.
      expect(shown(items).sort()).toEqual(['Cẩm nang du lịch Lao Bảo (vi)', 'Cửa khẩu Lao Bảo thông quan kỷ lục (vi)', 'Lao Bao border gate clears a record (en)'].sort())
    }
  })

  it('leaves out what the key may not see: under embargo, unpublished, out of its scope', async () => {
    const { items } = await list('q=lao%20bao')
    const uris = items.map((i) => i.uri)
    expect(uris.some((u) => u.includes(`:${prEmbargoed}`) && u.includes('press-release'))).toBe(false)
    expect(uris.some((u) => u.includes(`:${prUnpublished}`) && u.includes('press-release'))).toBe(false)
    const foreign = await list('q=lao%20bao', scoped)
    expect(shown(foreign.items)).toEqual(['Lao Bao border gate clears a record (en)'])
  })

  it('gives a key with the embargo privilege the embargoed item, marked', async () => {
    const { items } = await list('q=savannakhet', privileged)
    expect(shown(items)).toEqual(['Lao Bảo đón đoàn Savannakhet (vi)'])
    expect(items[0].embargoedUntil).toBe('2026-12-20T01:00:00.000Z')
    expect((await list('q=savannakhet')).items).toEqual([])
  })

  it('narrows by type and language like the list', async () => {
    expect(shown((await list('q=lao%20bao&type=publication')).items)).toEqual(['Cẩm nang du lịch Lao Bảo (vi)'])
    expect(shown((await list('q=lao%20bao&lang=en')).items)).toEqual(['Lao Bao border gate clears a record (en)'])
  })

  it('pages with cursor through the same results', async () => {
    const whole = shown((await list('q=lao%20bao')).items)
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page = await list(`q=lao%20bao&limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      expect(page.status).toBe(200)
      seen.push(...shown(page.items))
      cursor = page.next
      pages += 1
    } while (cursor && pages < 10)
    // Four pages for three items: the index also holds the never-published item (a stale entry),
    // which counts in the total and is left out when its page is read.
    expect({ seen, pages }).toEqual({ seen: whole, pages: 4 })
  })

  it('finds nothing for a text no item has, and is not fooled by the peace festival', async () => {
    expect((await list('q=khe%20sanh')).items).toEqual([])
    expect(shown((await list('q=hoa%20binh')).items)).toEqual(['Lễ hội Vì hòa bình (vi)'])
    expect(prPeace).toBeGreaterThan(0)
    expect(pubLaoBao).toBeGreaterThan(0)
    expect(prLaoBao).toBeGreaterThan(0)
  })

  it.each([
    ['q=', 'Invalid parameter "q": must be 1 to 200 characters (spaces at either end do not count)'],
    ['q=%20%20%20', 'Invalid parameter "q": must be 1 to 200 characters (spaces at either end do not count)'],
    [`q=${'a'.repeat(201)}`, 'Invalid parameter "q": must be 1 to 200 characters (spaces at either end do not count)'],
    ['q=a&q=b', 'Invalid parameter "q": give it once, as a single value'],
    ['q=lao&topic=kinh-te', 'Invalid parameter "q": cannot be combined with topic or updatedSince'],
    ['q=lao&updatedSince=2026-12-01', 'Invalid parameter "q": cannot be combined with topic or updatedSince'],
    ['q=lao&cursor=abc', 'Invalid parameter "cursor": is not a cursor this API handed out'],
  ])('refuses %s with 400 naming the problem', async (query, message) => {
    const res = await call(server, `/feed/v1/items?${query}`, { key: all })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json())).toContain(message.replace(/"/g, '\\"'))
  })

  it('accepts 200 characters, spaces around them not counted', async () => {
    const { status, items } = await list(`q=${encodeURIComponent(`  ${'lao bao '.repeat(25).slice(0, 200)}  `)}`)
    expect(status).toBe(200)
    expect(items.length).toBe(3)
  })
})
