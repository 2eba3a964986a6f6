import type { Payload } from 'payload'
import sharp from 'sharp'

import { locales, slugs, type Locale } from '../domain'
import { exhibition, exhibits, type SeedExhibit } from './data/exhibition'

const otherLocales = locales.filter((l) => l !== 'vi') as Exclude<Locale, 'vi'>[]

/**
 * Large enough for the zoom viewer to matter (4.3 megapixels: 5 × 4 tiles at the deepest level),
 * small enough that seeding (every first `npm run dev`, the seed and browser tests) stays quick:
 * at 12 megapixels the three uploads with their renditions took a minute on a busy machine.
 */
const W = 2400
const H = 1800
/** The drawing's own coordinates (scaled to W × H). */
const DW = 4000
const DH = 3000

/** A generated map-like picture: parchment, a graticule, a coast, islands, a title cartouche. */
export async function renderExhibitImage(exhibit: SeedExhibit): Promise<Buffer> {
  const [paper, sea, ink] = exhibit.palette
  const grid = Array.from({ length: 9 }, (_, i) => `<line x1="${(i + 1) * 400}" y1="0" x2="${(i + 1) * 400}" y2="${DH}"/><line x1="0" y1="${(i + 1) * 300}" x2="${DW}" y2="${(i + 1) * 300}"/>`).join('')
  const islands = Array.from({ length: 40 }, (_, i) => {
    const x = 2400 + ((i * 379) % 1400)
    const y = 300 + ((i * 211 + exhibit.order * 97) % 2400)
    return `<ellipse cx="${x}" cy="${y}" rx="${14 + ((i * 7) % 30)}" ry="${10 + ((i * 11) % 20)}" fill="${ink}" opacity="0.8"/>`
  }).join('')
  // Drawn at a quarter of the size and scaled up: rasterizing the SVG at full size costs seconds.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W / 4}" height="${H / 4}" viewBox="0 0 ${DW} ${DH}">
    <rect width="${DW}" height="${DH}" fill="${paper}"/>
    <path d="M2000 0 C 1700 600 2200 900 1800 1500 S 1500 2500 1900 ${DH} H ${DW} V 0 Z" fill="${sea}" opacity="0.75"/>
    <g stroke="${ink}" stroke-width="3" opacity="0.25">${grid}</g>
    ${islands}
    <rect x="200" y="200" width="1300" height="420" fill="none" stroke="${ink}" stroke-width="14"/>
    ${Array.from({ length: exhibit.order }, (_, i) => `<circle cx="${500 + i * 250}" cy="410" r="90" fill="${ink}"/>`).join('')}
  </svg>`
  return sharp(Buffer.from(svg)).resize(W, H).jpeg({ quality: 85 }).toBuffer()
}

/**
 * The demo exhibition with its three exhibits, published, in three languages. Only what is missing
 * is added (found by slug, the picture by file name); the tiles job makes the zoom tiles.
 */
export async function seedExhibition(payload: Payload): Promise<void> {
  const found = await payload.find({ collection: slugs.exhibitions, where: { slug: { equals: exhibition.slug } }, draft: true, limit: 1, depth: 0 })
  const exhibitionId =
    found.docs[0]?.id ??
    (await (async () => {
      const created = await payload.create({
        collection: slugs.exhibitions,
        locale: 'vi',
        data: { title: exhibition.title.vi, introduction: exhibition.introduction.vi, slug: exhibition.slug, _status: 'published' },
      })
      for (const l of otherLocales) {
        await payload.update({ collection: slugs.exhibitions, id: created.id, locale: l, data: { title: exhibition.title[l], introduction: exhibition.introduction[l], _status: 'published' } })
      }
      return created.id
    })())

  for (const exhibit of exhibits) {
    const existing = await payload.find({ collection: slugs.exhibits, where: { slug: { equals: exhibit.slug } }, limit: 1, depth: 0 })
    if (existing.docs[0]) continue
    const filename = `trien-lam-${exhibit.slug}.jpg`
    const media = await payload.find({ collection: slugs.media, where: { filename: { equals: filename } }, limit: 1, depth: 0 })
    const imageId =
      media.docs[0]?.id ??
      (await (async () => {
        const data = await renderExhibitImage(exhibit)
        const created = await payload.create({ collection: slugs.media, locale: 'vi', data: { alt: exhibit.caption.vi }, file: { data, mimetype: 'image/jpeg', name: filename, size: data.length } })
        for (const l of otherLocales) await payload.update({ collection: slugs.media, id: created.id, locale: l, data: { alt: exhibit.caption[l] } })
        return created.id
      })())
    const texts = (l: Locale) => ({ caption: exhibit.caption[l], dateText: exhibit.dateText[l], source: exhibit.source[l], provenance: exhibit.provenance[l], description: exhibit.description[l] })
    const created = await payload.create({
      collection: slugs.exhibits,
      locale: 'vi',
      data: { exhibition: exhibitionId, order: exhibit.order, kind: exhibit.kind, year: exhibit.year, image: imageId, slug: exhibit.slug, ...texts('vi') },
    })
    for (const l of otherLocales) await payload.update({ collection: slugs.exhibits, id: created.id, locale: l, data: texts(l) })
  }
}
