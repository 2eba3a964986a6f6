import type { Payload } from 'payload'

import { locales, slugs, type ExhibitKind, type Locale } from '../../domain'
import { fallbackOrder, textIn, type LocalText } from '../../lib/localized'
import type { Exhibit, Exhibition } from '../../payload-types'
import { isImage, pictureOf, populatedMedia, sitePath } from '../media'
import type { Picture, SitemapEntry } from '../model'
import { exhibitionPath, exhibitPath, tilesDescriptorPath } from '../urls'

/**
 * What the exhibition pages show, read through Payload's public rules (`overrideAccess: false`,
 * no user): published exhibitions, exhibits of published exhibitions, released media only. Read
 * with `locale: 'all'` so each text carries the language it is really in (Vietnamese fallback).
 */

export type ExhibitionCard = { slug: string; path: string; title: LocalText; introduction?: LocalText; cover?: Picture }

export type ExhibitView = {
  slug: string
  number: number
  path: string
  kind: ExhibitKind
  caption: LocalText
  dateText?: LocalText
  year?: number
  source?: LocalText
  provenance?: LocalText
  description?: LocalText
  picture?: Picture
  /** The original file (full resolution), for readers without the zoom viewer. */
  original?: string
  /** The Deep Zoom descriptor, once the tiles job has made it. */
  zoom?: string
}

export type ExhibitionView = ExhibitionCard & { exhibits: ExhibitView[]; modified: Date; fellBack: boolean }

export type ExhibitionData = ReturnType<typeof createExhibitionData>

const pictureIn = (value: unknown, order: Locale[]): Picture | undefined => {
  const media = populatedMedia(value)[0]
  return media && isImage(media) ? pictureOf(media, order, 'full') : undefined
}

function cardOf(doc: Exhibition, lang: Locale): ExhibitionCard | undefined {
  const order = fallbackOrder(lang)
  const title = textIn(doc.title, order)
  if (!doc.slug || !title) return undefined
  const cover = populatedMedia(doc.cover)[0]
  return {
    slug: doc.slug,
    path: exhibitionPath(lang, doc.slug),
    title,
    introduction: textIn(doc.introduction, order),
    cover: cover && isImage(cover) ? pictureOf(cover, order, 'card') : undefined,
  }
}

function exhibitOf(doc: Exhibit, exhibitionSlug: string, lang: Locale): ExhibitView | undefined {
  const order = fallbackOrder(lang)
  const caption = textIn(doc.caption, order)
  if (!doc.slug || !caption) return undefined
  const media = populatedMedia(doc.image)[0]
  return {
    slug: doc.slug,
    number: doc.order,
    path: exhibitPath(lang, exhibitionSlug, doc.slug),
    kind: doc.kind,
    caption,
    dateText: textIn(doc.dateText, order),
    year: typeof doc.year === 'number' ? doc.year : undefined,
    source: textIn(doc.source, order),
    provenance: textIn(doc.provenance, order),
    description: textIn(doc.description, order),
    picture: pictureIn(doc.image, order),
    original: media?.url ? sitePath(media.url) : undefined,
    zoom: media && doc.zoomTiles ? tilesDescriptorPath(doc.zoomTiles) : undefined,
  }
}

export function createExhibitionData(payload: Payload) {
  const publicRead = { overrideAccess: false, locale: 'all', fallbackLocale: false, depth: 1 } as const

  async function list(lang: Locale): Promise<ExhibitionCard[]> {
    const { docs } = await payload.find({ collection: slugs.exhibitions, ...publicRead, sort: '-updatedAt', limit: 100, pagination: false })
    return docs.map((d) => cardOf(d, lang)).filter((c): c is ExhibitionCard => !!c)
  }

  async function exhibition(lang: Locale, slug: string): Promise<ExhibitionView | undefined> {
    const { docs } = await payload.find({ collection: slugs.exhibitions, ...publicRead, where: { slug: { equals: slug } }, limit: 1 })
    const doc = docs[0]
    const card = doc ? cardOf(doc, lang) : undefined
    if (!doc || !card) return undefined
    const { docs: rows } = await payload.find({
      collection: slugs.exhibits,
      ...publicRead,
      where: { exhibition: { equals: doc.id } },
      sort: 'order',
      limit: 0,
      pagination: false,
    })
    const exhibits = rows.map((r) => exhibitOf(r, card.slug, lang)).filter((e): e is ExhibitView => !!e)
    const texts = [card.title, card.introduction, ...exhibits.flatMap((e) => [e.caption, e.dateText, e.source, e.provenance, e.description])]
    const modified = [doc.updatedAt, ...rows.map((r) => r.updatedAt)].map((d) => new Date(d)).reduce((a, b) => (b > a ? b : a))
    return { ...card, exhibits, modified, fellBack: texts.some((t) => t && t.lang !== lang) }
  }

  /** Every published exhibition and exhibit, in every language (the pages exist in each, by fallback). */
  async function sitemapEntries(): Promise<SitemapEntry[]> {
    const entries: SitemapEntry[] = []
    for (const card of await list('vi')) {
      const view = await exhibition('vi', card.slug)
      if (!view) continue
      const all = (path: (l: Locale) => string) => ({ alternates: Object.fromEntries(locales.map((l) => [l, path(l)])), modified: view.modified })
      entries.push(all((l) => exhibitionPath(l, card.slug)))
      for (const e of view.exhibits) entries.push(all((l) => exhibitPath(l, card.slug, e.slug)))
    }
    return entries
  }

  return { list, exhibition, sitemapEntries }
}
