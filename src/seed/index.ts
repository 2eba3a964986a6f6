import { createLocalReq, type Payload } from 'payload'
import type { Logger } from 'pino'

import { locales, slugs, type Locale } from '../domain'
import { paragraphsToLexical } from '../lib/lexical'
import { slugify } from '../lib/slugify'
import { storyKey } from '../monitoring/canonical'
import { refreshAllMediaVisibility } from '../workflow/mediaVisibility'
import { briefings, clippings, images, partnerMedia, partners, pressReleases, publications, topics, trainingMaterials } from './data'
import type { Localized, LocalizedParagraphs, SeedContact } from './data/types'
import { seedExhibition } from './exhibition'
import { renderSeedImage } from './images'
import { ensureInfoPoints } from './infoPoints'

type SeedOptions = { adminEmail: string; adminPassword: string | undefined; logger: Pick<Logger, 'info' | 'warn'> }
/** Ids are numbers on SQL databases and strings on MongoDB; generated types say number. */
type Id = number
type Ids = Map<string, Id>

const otherLocales = locales.filter((l) => l !== 'vi') as Exclude<Locale, 'vi'>[]

/** Seed only a database that has no users yet: the first `npm run dev`. */
export async function seedIfEmpty(payload: Payload, options: SeedOptions): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: slugs.users, overrideAccess: true })
  if (totalDocs > 0) return false
  await seed(payload, options)
  return true
}

/**
 * Demo content in Vietnamese, English and Lao. Idempotent: every item is found by a natural key
 * (email, slug, filename) and created only when missing, so running it twice changes nothing.
 */
export async function seed(payload: Payload, { adminEmail, adminPassword, logger }: SeedOptions): Promise<void> {
  const step = (n: number, total: number, what: string) => logger.info(`seed [${n}/${total}] ${what}`)
  const total = 14

  step(1, total, 'administrator')
  await ensureAdmin(payload, adminEmail, adminPassword)

  step(2, total, `${images.length} images`)
  const imageIds: Ids = new Map()
  for (const image of images) {
    imageIds.set(
      image.key,
      await findOrCreate(payload, slugs.media, { filename: { equals: image.filename } }, async () => {
        const data = await renderSeedImage(image)
        const created = await payload.create({
          collection: slugs.media,
          locale: 'vi',
          data: { alt: image.alt.vi, caption: image.caption.vi, credit: image.credit, copyright: image.copyright },
          file: { data, mimetype: 'image/jpeg', name: image.filename, size: data.length },
        })
        await translate(payload, slugs.media, created.id, (l) => ({ alt: image.alt[l], caption: image.caption[l] }))
        return created.id
      }),
    )
  }

  step(3, total, `${topics.length} topics`)
  const topicIds: Ids = new Map()
  for (const topic of topics) {
    topicIds.set(
      topic.slug,
      await findOrCreate(payload, slugs.topics, { slug: { equals: topic.slug } }, async () => {
        const created = await payload.create({
          collection: slugs.topics,
          locale: 'vi',
          data: { name: topic.name.vi, description: topic.description.vi, slug: topic.slug },
        })
        await translate(payload, slugs.topics, created.id, (l) => ({ name: topic.name[l], description: topic.description[l] }))
        return created.id
      }),
    )
  }

  step(4, total, `${partners.length} media partners`)
  const partnerIds: Ids = new Map()
  for (const partner of partners) {
    partnerIds.set(
      partner.key,
      await findOrCreate(payload, slugs.partners, { slug: { equals: partner.slug } }, async () => {
        const created = await payload.create({
          collection: slugs.partners,
          locale: 'vi',
          data: {
            name: partner.name.vi,
            slug: partner.slug,
            kind: partner.kind,
            country: partner.country,
            website: partner.website,
            agreement: partner.agreement ?? {},
            contacts: contacts(partner.contacts, 'vi'),
          },
        })
        await translate(payload, slugs.partners, created.id, (l) => ({
          name: partner.name[l],
          contacts: contacts(partner.contacts, l, created.contacts),
        }))
        return created.id
      }),
    )
  }

  const ref = (ids: Ids, keys: string[]) => keys.map((k) => must(ids, k))

  step(5, total, `${pressReleases.length} press releases`)
  const releaseIds: Ids = new Map()
  for (const release of pressReleases) {
    const id = await findOrCreateContent(payload, slugs.pressReleases, release.headline, release.status, (l) => ({
      headline: release.headline[l],
      summary: release.summary[l],
      body: body(release.body, l),
      datelinePlace: release.datelinePlace[l],
      ...(l === 'vi'
        ? {
            topics: ref(topicIds, release.topics),
            images: ref(imageIds, release.images),
            pressContacts: contacts(release.contacts, 'vi'),
          }
        : {}),
    }))
    releaseIds.set(release.key, id)
  }
  step(6, total, 'related press releases')
  for (const release of pressReleases) {
    if (!release.related?.length) continue
    await payload.update({
      collection: slugs.pressReleases,
      id: must(releaseIds, release.key),
      data: {
        related: release.related.map((k) => ({ relationTo: slugs.pressReleases, value: must(releaseIds, k) })),
        ...(release.status === 'published' ? { _status: 'published' as const } : {}),
      },
      draft: release.status !== 'published',
      context: { seed: true },
    })
  }

  step(7, total, `${publications.length} publications`)
  for (const p of publications) {
    await findOrCreateContent(payload, slugs.publications, p.title, p.status, (l) => ({
      title: p.title[l],
      summary: p.summary[l],
      body: body(p.body, l),
      publisher: p.publisher[l],
      ...(l === 'vi'
        ? {
            kind: p.kind,
            cover: must(imageIds, p.cover),
            isbn: p.isbn,
            publicationNumber: p.publicationNumber,
            year: p.year,
            topics: ref(topicIds, p.topics),
          }
        : {}),
    }))
  }

  step(8, total, `${trainingMaterials.length} training materials`)
  for (const t of trainingMaterials) {
    await findOrCreateContent(payload, slugs.trainingMaterials, t.title, t.status, (l) => ({
      title: t.title[l],
      summary: t.summary[l],
      body: body(t.body, l),
      course: t.course[l],
      audience: t.audience[l],
      ...(l === 'vi' ? { date: t.date, visibility: t.visibility, topics: ref(topicIds, t.topics) } : {}),
    }))
  }

  step(9, total, `${partnerMedia.length} partner media items`)
  for (const m of partnerMedia) {
    await findOrCreateContent(payload, slugs.partnerMedia, m.title, m.status, (l) => ({
      title: m.title[l],
      summary: m.summary[l],
      ...(l === 'vi'
        ? {
            partner: must(partnerIds, m.partner),
            kind: m.kind,
            originalUrl: m.originalUrl,
            date: m.date,
            media: ref(imageIds, m.images),
            topics: ref(topicIds, m.topics),
          }
        : {}),
    }))
  }

  step(10, total, `${briefings.length} argument briefs`)
  for (const b of briefings) {
    await findOrCreateContent(payload, slugs.briefings, b.title, b.status, (l) => ({
      title: b.title[l],
      summary: b.summary[l],
      body: body(b.body, l),
      ...(l === 'vi' ? { audience: b.audience, topics: ref(topicIds, b.topics) } : {}),
    }))
  }

  // Payload 3.90 checks a global's upload filterOptions as the request's user, even with overrideAccess, and
  // media are not public before they are released: save the site settings as the administrator.
  const admin = (await payload.find({ collection: slugs.users, where: { email: { equals: adminEmail } }, limit: 1, depth: 0 })).docs[0]
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'vi',
    user: admin,
    data: {
      organizationName: 'Sở Thông tin và Truyền thông tỉnh Quảng Trị',
      address: '185 Hùng Vương, phường Đông Lương, thành phố Đông Hà, tỉnh Quảng Trị',
      contactEmail: 'ttdn@sotttt.quangtri.example',
      contactPhone: '+84 233 3852 555',
      logo: must(imageIds, images[0]!.key),
      socialLinks: [{ platform: 'website', url: 'https://quangtri.example' }],
    },
  })
  const siteNames: Record<Exclude<Locale, 'vi'>, { organizationName: string; address: string }> = {
    en: {
      organizationName: 'Quang Tri Department of Information and Communications',
      address: '185 Hung Vuong Street, Dong Luong Ward, Dong Ha City, Quang Tri Province, Viet Nam',
    },
    lo: {
      organizationName: 'ພະແນກຖະແຫຼງຂ່າວ ແລະ ການສື່ສານ ແຂວງກວາງຈິ',
      address: '185 ຖະໜົນຫຸ່ງເວືອງ, ເມືອງດົງຮ່າ, ແຂວງກວາງຈິ, ຫວຽດນາມ',
    },
  }
  for (const l of otherLocales) {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: l,
      user: admin,
      data: { organizationName: siteNames[l].organizationName, address: siteNames[l].address },
    })
  }

  step(11, total, 'digital exhibition')
  await seedExhibition(payload)

  step(12, total, 'media visibility')
  await refreshAllMediaVisibility({ payload, req: await createLocalReq({}, payload) })

  step(13, total, `${clippings.length} press-monitoring clippings`)
  await seedClippings(payload, topicIds)
  step(14, total, 'border-gate information points')
  await ensureInfoPoints(payload, { releaseIds, imageIds })
  logger.info('seed complete')
}

/** Demo clippings in triage states, found by URL (unique) and created only when missing. */
async function seedClippings(payload: Payload, topicIds: Ids): Promise<void> {
  for (const c of clippings) {
    const found = await payload.find({ collection: slugs.clippings, where: { url: { equals: c.url } }, limit: 1, depth: 0, pagination: false })
    if (found.docs[0]) continue
    await payload.create({
      collection: slugs.clippings,
      data: {
        url: c.url,
        title: c.title,
        excerpt: c.excerpt,
        outlet: c.outlet,
        country: c.country,
        language: c.language,
        publishedAt: c.publishedAt,
        firstSeenAt: c.publishedAt,
        matches: c.keywords,
        storyKey: storyKey(c.title),
        status: c.status,
        tone: c.tone ?? null,
        topic: c.topic ? must(topicIds, c.topic) : null,
        needsAnswer: c.needsAnswer ?? false,
        answerNote: c.answerNote ?? null,
      },
    })
  }
}

async function ensureAdmin(payload: Payload, email: string, password: string | undefined): Promise<void> {
  const existing = await payload.find({ collection: slugs.users, where: { email: { equals: email } }, limit: 1, depth: 0 })
  if (existing.docs.length > 0) return
  if (!password) throw new Error('ADMIN_PASSWORD is required to create the first administrator in production')
  await payload.create({
    collection: slugs.users,
    data: { email, password, name: 'Quản trị hệ thống', roles: ['admin'] },
  })
}

type SlugWithId = typeof slugs.media | typeof slugs.topics | typeof slugs.partners

async function findOrCreate(
  payload: Payload,
  collection: SlugWithId,
  where: Record<string, { equals: string }>,
  create: () => Promise<Id>,
): Promise<Id> {
  const found = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false })
  return found.docs[0]?.id ?? create()
}

type ContentSlug = typeof slugs.pressReleases | typeof slugs.publications | typeof slugs.trainingMaterials | typeof slugs.partnerMedia | typeof slugs.briefings

/** Create (or find, by the Vietnamese slug) a content item and fill in the other two languages. */
async function findOrCreateContent(
  payload: Payload,
  collection: ContentSlug,
  title: Localized,
  status: 'published' | 'draft',
  dataFor: (l: Locale) => Record<string, unknown>,
): Promise<Id> {
  const slug = slugify(title.vi)
  const found = await payload.find({ collection, where: { slug: { equals: slug } }, locale: 'vi', draft: true, limit: 1, depth: 0 })
  if (found.docs[0]) return found.docs[0].id
  const publish = status === 'published'
  const created = await payload.create({
    collection,
    locale: 'vi',
    draft: !publish,
    data: { ...dataFor('vi'), slug, ...(publish ? { _status: 'published' } : {}) } as never,
    context: { seed: true },
  })
  for (const l of otherLocales) {
    await payload.update({
      collection,
      id: created.id,
      locale: l,
      draft: !publish,
      data: { ...dataFor(l), ...(publish ? { _status: 'published' } : {}) } as never,
      context: { seed: true },
    })
  }
  return created.id
}

async function translate(
  payload: Payload,
  collection: SlugWithId,
  id: Id,
  dataFor: (l: Exclude<Locale, 'vi'>) => Record<string, unknown>,
): Promise<void> {
  for (const l of otherLocales) {
    await payload.update({ collection, id, locale: l, data: dataFor(l) as never })
  }
}

function body(paragraphs: LocalizedParagraphs, l: Locale) {
  return paragraphsToLexical(paragraphs[l])
}

/** Contacts with their localized role; array rows keep their ids across locales. */
function contacts(list: SeedContact[], l: Locale, existing?: { id?: string | null }[] | null) {
  return list.map((c, i) => ({ ...(existing?.[i]?.id ? { id: existing[i]!.id } : {}), name: c.name, role: c.role[l], email: c.email, phone: c.phone }))
}

function must(ids: Ids, key: string): Id {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`seed data refers to unknown key "${key}"`)
  return id
}
