import type { Payload } from 'payload'
import sharp from 'sharp'

import { slugs } from '../../helpers/slugs'

/** Ids are numbers on the SQL databases (what the generated types say). */
export type Id = number

/** A map-like JPEG of the given size, drawn by sharp (every `seed` a different picture). */
export async function mapPicture(width: number, height: number, seed: number): Promise<Buffer> {
  const lines = Array.from({ length: 12 }, (_, i) => `<line x1="${((i + 1) * width) / 13}" y1="0" x2="${((i + 1) * width) / 13}" y2="${height}"/>`).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="hsl(${(seed * 67) % 360},40%,85%)"/>
    <path d="M${width / 2} 0 C ${width / 3} ${height / 3} ${width * 0.6} ${height / 2} ${width / 2} ${height} H ${width} V 0 Z" fill="#6fa3c2"/>
    <g stroke="#553" stroke-width="4">${lines}</g>
    <circle cx="${(seed * 331) % width}" cy="${height / 2}" r="${height / 8}" fill="#a0412d"/>
  </svg>`
  return sharp(Buffer.from(svg), { limitInputPixels: false }).jpeg({ quality: 80 }).toBuffer()
}

export async function uploadPicture(payload: Payload, name: string, width: number, height: number, seed: number): Promise<Id> {
  const data = await mapPicture(width, height, seed)
  const doc = await payload.create({
    collection: slugs.media,
    locale: 'vi',
    data: { alt: `Bản đồ ${name}` },
    file: { data, mimetype: 'image/jpeg', name: `${name}.jpg`, size: data.length },
  })
  return doc.id
}

/** An exhibition in Vietnamese (and optionally other languages), published or a draft. */
export async function makeExhibition(payload: Payload, slug: string, published: boolean, titles: { vi: string; en?: string; lo?: string }): Promise<Id> {
  const created = await payload.create({
    collection: slugs.exhibitions,
    locale: 'vi',
    draft: !published,
    data: { title: titles.vi, introduction: `Giới thiệu ${titles.vi}`, slug, _status: published ? 'published' : 'draft' },
  })
  for (const l of ['en', 'lo'] as const) {
    const title = titles[l]
    if (title) await payload.update({ collection: slugs.exhibitions, id: created.id, locale: l, draft: !published, data: { title, _status: published ? 'published' : 'draft' } })
  }
  return created.id
}

export type ExhibitTexts = { caption: string; provenance?: string; source?: string; description?: string; dateText?: string }

export async function makeExhibit(
  payload: Payload,
  exhibition: Id,
  order: number,
  image: Id,
  texts: { vi: ExhibitTexts; en?: Partial<ExhibitTexts>; lo?: Partial<ExhibitTexts> },
  extra: { slug?: string; kind?: 'map' | 'document' | 'photograph' | 'object'; year?: number } = {},
): Promise<Id> {
  const created = await payload.create({
    collection: slugs.exhibits,
    locale: 'vi',
    data: { exhibition, order, image, kind: extra.kind ?? 'map', year: extra.year, slug: extra.slug, ...texts.vi },
  })
  for (const l of ['en', 'lo'] as const) {
    const t = texts[l]
    if (t) await payload.update({ collection: slugs.exhibits, id: created.id, locale: l, data: t })
  }
  return created.id
}
