import { seed } from '../../../src/seed'
import { partnerMedia, partners, pressReleases, publications, topics, trainingMaterials } from '../../../src/seed/data'
import { exhibits } from '../../../src/seed/data/exhibition'
import { bootPayload, type TestContext } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'

let ctx: TestContext
const quiet = { info: () => undefined, warn: () => undefined }
const options = { adminEmail: 'admin@newsroom.test', adminPassword: 'a long enough password', logger: quiet }

const countAll = async () => {
  const out: Record<string, number> = {}
  for (const collection of [slugs.users, slugs.media, slugs.topics, slugs.partners, slugs.pressReleases, slugs.publications, slugs.trainingMaterials, slugs.partnerMedia, slugs.exhibitions, slugs.exhibits]) {
    out[collection] = (await ctx.payload.count({ collection })).totalDocs
  }
  return out
}

// The seed draws and uploads the exhibition's three 12-megapixel pictures (and their renditions):
// on a busy shared machine that alone can take a minute.
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
      exhibitions: 1,
      exhibits: exhibits.length,
    })
    const admin = await ctx.payload.find({ collection: slugs.users, where: { email: { equals: 'admin@newsroom.test' } } })
    expect(admin.docs[0]?.roles).toEqual(['admin'])
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
