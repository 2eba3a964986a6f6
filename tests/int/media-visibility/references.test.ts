import { jest } from '@jest/globals'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Field, type Payload } from 'payload'

import { manualClock } from '../../../src/workflow/clock'
import { mediaIdsOf, refreshAllMediaVisibility, refreshMediaVisibility } from '../../../src/workflow/mediaVisibility'
import { bootPayload, type TestContext } from '../../helpers/boot'
import { testDatabaseKind } from '../../helpers/database'
import { slugs } from '../../helpers/slugs'
import { bodyWithUploads, draftOnly, livePublished, releasedAtOf, upload, type StoredMedia } from './fixtures'

/**
 * Which media an item refers to (every field shape, every language shape), and how `releasedAt` is
 * written: in the caller's transaction, only where it changes, for all media at once with progress.
 */

const sortIds = (ids: Array<number | string>) => ids.map(String).sort()

describe('mediaIdsOf walks any field config (no database)', () => {
  // A collection with every place a media reference can hide, read back with locale 'all'.
  const fields: Field[] = [
    { name: 'title', type: 'text', localized: true },
    { name: 'hero', type: 'upload', relationTo: 'media' },
    { name: 'topic', type: 'relationship', relationTo: 'topics' },
    { name: 'files', type: 'upload', relationTo: 'media', hasMany: true, localized: true },
    { type: 'row', fields: [{ name: 'inRow', type: 'upload', relationTo: 'media' }] },
    { type: 'collapsible', label: 'c', fields: [{ name: 'inCollapsible', type: 'upload', relationTo: 'media', hasMany: true }] },
    { name: 'group', type: 'group', fields: [{ name: 'deep', type: 'group', fields: [{ name: 'picture', type: 'upload', relationTo: 'media' }] }] },
    { name: 'localizedGroup', type: 'group', localized: true, fields: [{ name: 'picture', type: 'upload', relationTo: 'media' }] },
    {
      name: 'gallery',
      type: 'array',
      fields: [
        { name: 'image', type: 'upload', relationTo: 'media' },
        { name: 'caption', type: 'richText', localized: true },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        { label: 'unnamed', fields: [{ name: 'inUnnamedTab', type: 'upload', relationTo: 'media' }] },
        { name: 'seo', fields: [{ name: 'ogImage', type: 'upload', relationTo: 'media' }] },
      ],
    },
    {
      name: 'layout',
      type: 'blocks',
      blocks: [
        { slug: 'figure', fields: [{ name: 'figure', type: 'upload', relationTo: 'media' }] },
        { slug: 'quote', fields: [{ name: 'text', type: 'text' }] },
      ],
    },
    { name: 'either', type: 'relationship', relationTo: ['media', 'topics'], hasMany: true },
    { name: 'body', type: 'richText', localized: true },
    { name: 'notMedia', type: 'upload', relationTo: 'users' },
  ]
  const fake = {
    collections: { things: { config: { fields } } },
    config: { localization: { localeCodes: ['vi', 'en', 'lo'] } },
    blocks: {},
  } as unknown as Payload
  const ids = (doc: Record<string, unknown>) => sortIds(mediaIdsOf(fake, 'things' as never, doc))

  test('finds every reference, in every language shape, and nothing else', () => {
    const doc = {
      id: 99,
      title: { vi: 'Tiêu đề', en: 'Title' },
      hero: 1,
      topic: 500,
      files: { vi: [2, 3], en: [{ id: 4, filename: 'en.pdf' }], lo: null },
      inRow: 5,
      inCollapsible: [6],
      group: { deep: { picture: 7 } },
      localizedGroup: { vi: { picture: 8 }, lo: { picture: 9 } },
      gallery: [{ image: 10, caption: { en: bodyWithUploads('caption', [{ id: 11 }]) } }, { image: null }],
      inUnnamedTab: 12,
      seo: { ogImage: 13 },
      layout: [
        { blockType: 'figure', figure: 14 },
        { blockType: 'quote', text: '15' },
      ],
      either: [
        { relationTo: 'topics', value: 501 },
        { relationTo: 'media', value: 16 },
      ],
      body: { vi: bodyWithUploads('vi', [{ id: 17 }, { id: 1 }]), en: bodyWithUploads('en', [{ id: 18, shape: 'object' }]) },
      notMedia: 502,
    }
    expect(ids(doc)).toEqual(sortIds([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18]))
  })

  test('a document read in one language (plain values) and one with populated relations give the same ids', () => {
    expect(ids({ files: [2, 3], localizedGroup: { picture: 8 }, body: bodyWithUploads('vi', [{ id: 17 }]) })).toEqual(sortIds([2, 3, 8, 17]))
    expect(ids({ hero: { id: 1, filename: 'a.jpg', alt: 'vi' }, gallery: [{ image: { id: 10 } }] })).toEqual(sortIds([1, 10]))
  })

  test('string ids (MongoDB) and empty values', () => {
    expect(ids({ hero: '665f1c2a9b1e8a0012345678', files: { vi: [] }, body: null, gallery: null })).toEqual(['665f1c2a9b1e8a0012345678'])
    expect(ids({})).toEqual([])
  })
})

describe('with a database', () => {
  const T0 = new Date('2026-05-04T03:00:00.000Z')
  const clock = manualClock(T0)
  let ctx: TestContext
  const m: Record<string, StoredMedia> = {}

  beforeAll(async () => {
    ctx = await bootPayload({}, { custom: { clock } })
    for (const name of ['image', 'attachment', 'bodyVi', 'bodyEn', 'cover', 'fileVi', 'fileEn', 'later']) {
      m[name] = await upload(ctx.payload, `ref-${name}`, ['attachment', 'fileVi', 'fileEn'].includes(name) ? 'pdf' : 'jpeg')
    }
  })
  afterAll(async () => {
    await ctx?.destroy()
  })

  test('mediaIdsOf on stored items: upload fields, localized hasMany files and Lexical bodies, in every language', async () => {
    const p = ctx.payload
    const release = await livePublished(
      p,
      slugs.pressReleases,
      'Thông cáo nhiều tệp',
      { images: [m.image.id], attachments: [m.attachment.id], body: bodyWithUploads('vi', [{ id: m.bodyVi.id }]) },
      { publishedAt: T0, translations: { en: { headline: 'Release with files', body: bodyWithUploads('en', [{ id: m.bodyEn.id, shape: 'object' }]) } } },
    )
    const publication = await draftOnly(p, slugs.publications, 'Ấn phẩm', { cover: m.cover.id, files: [m.fileVi.id] })
    await p.update({ collection: slugs.publications, id: publication, locale: 'en', draft: true, data: { title: 'Publication', files: [m.fileEn.id] } as never })

    const read = async (collection: typeof slugs.pressReleases | typeof slugs.publications, id: number | string, locale: 'all' | 'vi' | 'en', depth = 0) =>
      (await p.findByID({ collection, id, locale, depth, draft: true, overrideAccess: true })) as unknown as Record<string, unknown>

    const ids = (collection: typeof slugs.pressReleases | typeof slugs.publications, doc: Record<string, unknown>) => sortIds(mediaIdsOf(p, collection, doc))
    expect(ids(slugs.pressReleases, await read(slugs.pressReleases, release, 'all'))).toEqual(sortIds([m.image.id, m.attachment.id, m.bodyVi.id, m.bodyEn.id]))
    expect(ids(slugs.pressReleases, await read(slugs.pressReleases, release, 'vi'))).toEqual(sortIds([m.image.id, m.attachment.id, m.bodyVi.id]))
    expect(ids(slugs.pressReleases, await read(slugs.pressReleases, release, 'en', 1))).toEqual(sortIds([m.image.id, m.attachment.id, m.bodyEn.id]))
    expect(ids(slugs.publications, await read(slugs.publications, publication, 'all'))).toEqual(sortIds([m.cover.id, m.fileVi.id, m.fileEn.id]))
  })

  test('refreshMediaVisibility writes in the caller’s transaction: rolled back, nothing changes', async () => {
    const p = ctx.payload
    await livePublished(p, slugs.partnerMedia, 'Sản phẩm', { media: [m.later.id] }, { publishedAt: T0 })
    // The trusted publish released it already (its hook); start from "not released" to see the transaction's effect.
    await p.db.updateOne({ collection: slugs.media, id: m.later.id, data: { releasedAt: null }, returning: false })
    const req = await createLocalReq({}, p)
    // Payload's SQLite adapter runs without transactions unless configured: there is nothing to roll back.
    if (await initTransaction(req)) {
      await refreshMediaVisibility({ payload: p, req, collection: slugs.partnerMedia, mediaIds: [m.later.id, m.later.id, String(m.later.id)] })
      expect(await releasedAtOf(p, m.later.id)).toBeNull() // not visible outside the transaction yet
      await killTransaction(req)
      expect(await releasedAtOf(p, m.later.id)).toBeNull()
    } else {
      expect(testDatabaseKind).toBe('sqlite')
    }

    // The caller's request keeps its language: the refresh reads every language without changing it.
    const committed = await createLocalReq({ locale: 'en', fallbackLocale: 'vi' }, p)
    await initTransaction(committed)
    await refreshMediaVisibility({ payload: p, req: committed, collection: slugs.partnerMedia, mediaIds: [m.later.id] })
    expect({ locale: committed.locale, fallbackLocale: committed.fallbackLocale }).toEqual({ locale: 'en', fallbackLocale: 'vi' })
    await commitTransaction(committed)
    expect(await releasedAtOf(p, m.later.id)).toBe(T0.toISOString())
  })

  test('refreshAllMediaVisibility recomputes every media document and logs its progress; the hooks had kept them current already', async () => {
    const p = ctx.payload
    const info = jest.spyOn(p.logger, 'info')
    try {
      const first = await refreshAllMediaVisibility({ payload: p, req: await createLocalReq({}, p) })
      // The items were published by trusted writes, whose hook released their media already: nothing to change.
      expect(first).toEqual({ checked: Object.keys(m).length, changed: 0, referenced: 5 })
      const messages = info.mock.calls.map((call) => call.find((a): a is string => typeof a === 'string') ?? '')
      expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^media visibility: 8\/8 media checked, 0 changed$/), 'media visibility: done']))
      expect(await refreshAllMediaVisibility({ payload: p, req: await createLocalReq({}, p) })).toEqual({ checked: 8, changed: 0, referenced: 5 })
    } finally {
      info.mockRestore()
    }
    // The live press release releases its image, attachment and both bodies' pictures; the publication is a draft.
    for (const key of ['image', 'attachment', 'bodyVi', 'bodyEn', 'later']) expect([key, await releasedAtOf(p, m[key].id)]).toEqual([key, T0.toISOString()])
    for (const key of ['cover', 'fileVi', 'fileEn']) expect([key, await releasedAtOf(p, m[key].id)]).toEqual([key, null])
  })
})
