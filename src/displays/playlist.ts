import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { defaultLocale, isLocale, slugs, type ContentCollectionSlug, type Locale } from '../domain'
import { valueIn } from '../lib/localized'
import type { InfoPoint, Media } from '../payload-types'
import { itemsInLanguage, type SiteRecord } from '../readModel/pages'
import { localTimeOf, noticeOver, openingWindows, DISPLAY_TIME_ZONE, type TimeWindow } from './schedule'
import { displayStrings } from './strings'

/**
 * What leaves the system for a border-gate screen: the one module deciding it. Released items come
 * from the read model only (src/readModel: live, public, past any embargo by the injectable clock,
 * not withdrawn; a draft has no record at all), in the point's languages where the item was released
 * in them. Free slides and the urgent notice are the point's own texts. Nothing else of the point
 * (its screens, their tokens, who edited it) is in it.
 *
 * `version` is a hash of everything else, so it changes when anything shown changes (a slide added,
 * an item corrected or withdrawn, an embargo passing, the notice or the hours edited) and also once
 * a day, when the opening windows roll on to the next day.
 */

/** A field read with `locale: 'all'`: one text per language. */
type PerLocale = Partial<Record<Locale, string | null>> | string | null | undefined
type Blocks = NonNullable<InfoPoint['playlist']>[number]
type ItemBlock = Extract<Blocks, { blockType: 'playlist-item' }>
type SlideBlock = Omit<Extract<Blocks, { blockType: 'playlist-slide' }>, 'title' | 'text'> & { title: PerLocale; text?: PerLocale }

/** A point read with `locale: 'all'`, `depth: 0` (its localized fields per language). */
export type PointDoc = Omit<InfoPoint, 'name' | 'playlist' | 'urgentNotice'> & {
  name: PerLocale
  playlist?: (ItemBlock | SlideBlock)[] | null
  urgentNotice?: Omit<NonNullable<InfoPoint['urgentNotice']>, 'text'> & { text?: PerLocale }
}

/** One language's text of a slide. */
export type SlideLine = { lang: Locale; title?: string; text?: string }
export type Slide = { key: string; kind: 'item' | 'slide'; lines: SlideLine[]; image?: { src: string; alt?: string } }

export type Playlist = {
  version: string
  point: { slug: string; name: SlideLine[]; languages: Locale[]; intervalSeconds: number }
  /** Absolute opening windows of the next days (`null`: always open), each with its local opening time. */
  hours: { timeZone: string; windows: (TimeWindow & { opensAt: string })[] | null }
  /** The urgent notice while it is active or ahead (the screen starts and ends it by its own clock). */
  notice: { lines: SlideLine[]; from: string | null; until: string | null } | null
  slides: Slide[]
  strings: ({ lang: Locale } & (typeof displayStrings)[Locale])[]
}

const nonEmpty = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined)

/** The point's languages in its order, Vietnamese when none is valid. */
export const languagesOf = (point: PointDoc): Locale[] => {
  const chosen = (Array.isArray(point.languages) ? point.languages : []).filter(isLocale)
  return chosen.length ? chosen : [defaultLocale]
}

/** A localized pair of fields as lines in the point's languages; Vietnamese alone when none of them has text. */
function linesOf(languages: Locale[], title: unknown, text: unknown): SlideLine[] {
  const line = (lang: Locale): SlideLine | undefined => {
    const t = nonEmpty(valueIn(title, lang))
    const x = nonEmpty(valueIn(text, lang))
    return t || x ? { lang, ...(t ? { title: t } : {}), ...(x ? { text: x } : {}) } : undefined
  }
  const lines = languages.flatMap((l) => line(l) ?? [])
  if (lines.length) return lines
  const fallback = line(defaultLocale)
  return fallback ? [fallback] : []
}

/** An information point by its slug, every language, with its playlist's references as ids. */
export async function findInfoPoint(payload: Payload, slug: string): Promise<PointDoc | undefined> {
  const { docs } = await payload.find({ collection: slugs.infoPoints, where: { slug: { equals: slug } }, locale: 'all', depth: 0, limit: 1, pagination: false, overrideAccess: true, joins: false })
  return docs[0] as PointDoc | undefined
}

type Block = ItemBlock | SlideBlock
type ItemRef = { collection: ContentCollectionSlug; id: string }

const itemRefOf = (block: Block): ItemRef | undefined => {
  if (block.blockType !== 'playlist-item') return undefined
  const { relationTo, value } = block.content
  return { collection: relationTo, id: String(typeof value === 'object' ? value.id : value) }
}

const mediaIdOf = (block: Block): number | undefined => {
  if (block.blockType !== 'playlist-slide') return undefined
  const image = block.image
  return typeof image === 'object' && image !== null ? image.id : (image ?? undefined)
}

/** The file a screen is served of a free slide's image: the 1600-wide rendition when there is one. */
export function screenFileOf(media: Pick<Media, 'filename' | 'mimeType' | 'sizes'>): { filename: string; mimeType: string } | undefined {
  const feature = media.sizes?.feature
  if (feature?.filename) return { filename: feature.filename, mimeType: feature.mimeType ?? media.mimeType ?? 'application/octet-stream' }
  return media.filename ? { filename: media.filename, mimeType: media.mimeType ?? 'application/octet-stream' } : undefined
}

/** The media ids of a point's free slides: the only media its display route serves. */
export const slideMediaIds = (point: PointDoc): number[] => (point.playlist ?? []).flatMap((b) => mediaIdOf(b) ?? [])

/** The playlist of a point at `now`. */
export async function playlistOf(payload: Payload, point: PointDoc, now: Date): Promise<Playlist> {
  const languages = languagesOf(point)
  const blocks = point.playlist ?? []
  const items = blocks.flatMap((b) => itemRefOf(b) ?? [])

  // One read of the read model per language shown.
  const records = new Map<string, SiteRecord[]>()
  for (const language of languages) {
    for (const r of await itemsInLanguage(payload, { items, language, now })) {
      const key = `${r.itemCollection}:${r.itemId}`
      records.set(key, [...(records.get(key) ?? []), r])
    }
  }
  const mediaIds = slideMediaIds(point)
  const media = mediaIds.length
    ? (await payload.find({ collection: slugs.media, where: { id: { in: mediaIds } }, locale: 'all', depth: 0, limit: 0, pagination: false, overrideAccess: true })).docs
    : []

  const slides: Slide[] = []
  for (const [index, block] of blocks.entries()) {
    const key = block.id ?? String(index)
    const ref = itemRefOf(block)
    if (ref) {
      const found = (records.get(`${ref.collection}:${ref.id}`) ?? []).sort((a, b) => languages.indexOf(a.language) - languages.indexOf(b.language))
      const lines: SlideLine[] = []
      let image: Slide['image']
      for (const r of found) {
        const site = r.page.site?.kind === 'item' ? r.page.site : undefined
        if (!site || lines.some((l) => l.lang === site.title.lang)) continue
        lines.push({ lang: site.title.lang, title: site.title.text, ...(site.summary && site.summary.lang === site.title.lang ? { text: site.summary.text } : {}) })
        const picture = site.images[0] ?? site.image
        image ??= picture ? { src: picture.src, ...(picture.alt ? { alt: picture.alt.text } : {}) } : undefined
      }
      if (lines.length) slides.push({ key, kind: 'item', lines, ...(image ? { image } : {}) })
      continue
    }
    if (block.blockType !== 'playlist-slide') continue
    const lines = linesOf(languages, block.title, block.text)
    if (!lines.length) continue
    const m = media.find((d) => d.id === mediaIdOf(block))
    const file = m ? screenFileOf(m) : undefined
    const alt = m ? nonEmpty(valueIn(m.alt, languages[0])) : undefined
    slides.push({
      key,
      kind: 'slide',
      lines,
      ...(m && file ? { image: { src: `/displays/${encodeURIComponent(point.slug as string)}/media/${m.id}/${encodeURIComponent(file.filename)}`, ...(alt ? { alt } : {}) } } : {}),
    })
  }

  const notice = point.urgentNotice ?? {}
  const noticeLines = linesOf(languages, undefined, notice.text)
  const windows = openingWindows(
    (point.openingHours ?? []).map((h) => ({ day: h.day, from: String(h.from), to: String(h.to) })),
    now,
  )
  const body: Omit<Playlist, 'version'> = {
    point: { slug: String(point.slug), name: linesOf(languages, point.name, undefined), languages, intervalSeconds: point.intervalSeconds ?? 12 },
    hours: { timeZone: DISPLAY_TIME_ZONE, windows: windows && windows.map((w) => ({ ...w, opensAt: localTimeOf(new Date(w.from)) })) },
    notice:
      noticeLines.length && !noticeOver(notice, now)
        ? { lines: noticeLines, from: notice.from ? new Date(notice.from).toISOString() : null, until: notice.until ? new Date(notice.until).toISOString() : null }
        : null,
    slides,
    strings: languages.map((lang) => ({ lang, ...displayStrings[lang] })),
  }
  const version = createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 16)
  return { version, ...body }
}
