import { seed } from '../../../src/seed'
import { briefings, clippings, partnerMedia, partners, pressReleases, publications, topics, trainingMaterials } from '../../../src/seed/data'
import { exhibits } from '../../../src/seed/data/exhibition'
import { bootPayload, type TestContext } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'

let ctx: TestContext
const quiet = { info: () => undefined, warn: () => undefined }
const options = { adminEmail: 'admin@newsroom.test', adminPassword: 'a long enough password', logger: quiet }

const countAll = async () => {
  const out: Record<string, number> = {}
  for (const collection of [slugs.users, slugs.media, slugs.topics, slugs.partners, slugs.pressReleases, slugs.publications, slugs.trainingMaterials, slugs.partnerMedia, slugs.clippings, slugs.briefings, slugs.exhibitions, slugs.exhibits]) {
    out[collection] = (await ctx.payload.count({ collection })).totalDocs
  }
  return out
}

// The seed draws and uploads the exhibition's three pictures (and their renditions): on a busy
// shared machine that alone can take half a minute.
beforeAll(async () => {
  ctx = await bootPayload()
  await seed(ctx.payload, options)
}, 240_000)
afterAll(async () => {
  await ctx?.destroy()
})

describe('demo content', () => {
  test('creates the admin and every item of the seed data', async () => {
    expect(await countAll()).toEqual({
      users: 1,
      media: 8 + exhibits.length,
      topics: topics.length,
      partners: partners.length,
      'press-releases': pressReleases.length,
      publications: publications.length,
      'training-materials': trainingMaterials.length,
      'partner-media': partnerMedia.length,
      clippings: clippings.length,
      briefings: briefings.length,
      exhibitions: 1,
      exhibits: exhibits.length,
    })
    const admin = await ctx.payload.find({ collection: slugs.users, where: { email: { equals: 'admin@newsroom.test' } } })
    expect(admin.docs[0]?.roles).toEqual(['admin'])
  })

  test('demo clippings come in every triage state and the three languages, an answered one with its time', async () => {
    const { docs } = await ctx.payload.find({ collection: slugs.clippings, sort: 'publishedAt', depth: 0, pagination: false })
    expect([...new Set(docs.map((c) => c.status))].sort()).toEqual(['answered', 'new', 'reviewed'])
    expect([...new Set(docs.map((c) => c.language))].sort()).toEqual(['en', 'lo', 'vi'])
    expect(docs.filter((c) => c.status === 'answered').every((c) => typeof c.answeredAt === 'string' && c.needsAnswer)).toBe(true)
    expect(docs.every((c) => (c.matches ?? []).length > 0)).toBe(true)
  })

  test('adds one public and one restricted argument brief in three languages; the public reads only the public one', async () => {
    const staff = await ctx.payload.find({ collection: slugs.briefings, locale: 'all', limit: 10, depth: 0, overrideAccess: true })
    expect(staff.docs.map((d) => d.audience).sort()).toEqual(['public', 'restricted'])
    for (const d of staff.docs) expect(Object.keys(d.title as unknown as Record<string, string>).sort()).toEqual(['en', 'lo', 'vi'])
    for (const locale of ['vi', 'en', 'lo'] as const) {
      const found = await ctx.payload.find({ collection: slugs.briefings, locale, limit: 10, overrideAccess: false })
      expect(found.docs.map((d) => d.title)).toEqual([briefings.find((b) => b.audience === 'public')!.title[locale]])
    }
    const records = await ctx.payload.find({ collection: slugs.releasedItems, where: { itemCollection: { equals: slugs.briefings } }, limit: 10, depth: 0, overrideAccess: true })
    expect(records.docs.map((r) => `${r.audience}:${r.language}`).sort()).toEqual(['public:en', 'public:lo', 'public:vi', 'restricted:en', 'restricted:lo', 'restricted:vi'])
  })

  test('running it again changes nothing', async () => {
    const before = await countAll()
    await seed(ctx.payload, options)
    expect(await countAll()).toEqual(before)
  })

  test('published items carry their text in Vietnamese, English and Lao; drafts stay hidden from the public', async () => {
    const first = pressReleases[0]!
    for (const locale of ['vi', 'en', 'lo'] as const) {
      const found = await ctx.payload.find({
        collection: slugs.pressReleases,
        where: { slug: { exists: true } },
        locale,
        limit: 100,
        overrideAccess: false,
      })
      expect(found.docs.map((d) => d.headline)).toContain(first.headline[locale])
      expect(found.totalDocs).toBe(pressReleases.filter((r) => r.status === 'published').length)
    }
  })

  test('the admin can sign in with the documented credentials', async () => {
    const { token } = await ctx.payload.login({ collection: slugs.users, data: { email: options.adminEmail, password: options.adminPassword } })
    expect(typeof token).toBe('string')
    expect(token!.split('.')).toHaveLength(3)
  })
})
