import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

import type { ContentCollectionSlug, Locale } from '../../../src/domain'
import { slugs } from '../../helpers/slugs'

export type Id = number | string
export type StoredMedia = { id: Id; filename: string; thumbnail: string | null }

let counter = 0

/** A real JPEG (a gradient with a shape; every call a different picture), as an editor would upload. */
export async function photo(): Promise<Buffer> {
  counter += 1
  const hue = (counter * 47) % 360
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500">
    <defs><linearGradient id="g"><stop offset="0" stop-color="hsl(${hue},60%,35%)"/><stop offset="1" stop-color="#f2a900"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${200 + counter * 13}" cy="250" r="120" fill="#c8102e"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}

/** A small but valid one-page PDF (attachments and publication files accept documents only). */
export function pdf(title: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    (() => {
      const stream = `BT /F1 14 Tf 20 100 Td (${title.replace(/[()\\]/g, '')}) Tj ET`
      return `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`
    })(),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((content, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${content}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** Upload a file through the Local API, as staff would; returns its id and stored file names. */
export async function upload(payload: Payload, name: string, kind: 'jpeg' | 'pdf' = 'jpeg'): Promise<StoredMedia> {
  const data = kind === 'jpeg' ? await photo() : pdf(name)
  const doc = (await payload.create({
    collection: slugs.media,
    locale: 'vi',
    data: { alt: `Ảnh ${name}` },
    file: { data, mimetype: kind === 'jpeg' ? 'image/jpeg' : 'application/pdf', name: `${name}.${kind === 'jpeg' ? 'jpg' : 'pdf'}`, size: data.length },
  })) as { id: Id; filename: string; sizes?: { thumbnail?: { filename?: string | null } } }
  return { id: doc.id, filename: doc.filename, thumbnail: doc.sizes?.thumbnail?.filename ?? null }
}

/** A Lexical body: one paragraph, then an upload node for each media id (as a bare id or `{ id }`). */
export function bodyWithUploads(text: string, media: Array<{ id: Id; shape?: 'id' | 'object' }>) {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [
        {
          type: 'paragraph',
          format: '',
          indent: 0,
          version: 1,
          direction: 'ltr',
          textFormat: 0,
          textStyle: '',
          children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
        },
        ...media.map(({ id, shape }, i) => ({
          type: 'upload',
          version: 3,
          format: '',
          id: `upload-node-${i}-${String(id)}`,
          fields: null,
          relationTo: slugs.media,
          value: shape === 'object' ? { id } : id,
        })),
      ],
    },
  }
}

/** The fields each content collection requires, besides the ones a test sets. */
export async function baseData(payload: Payload, collection: ContentCollectionSlug, title: string): Promise<Record<string, unknown>> {
  switch (collection) {
    case 'press-releases':
      return { headline: title }
    case 'publications':
      return { title, kind: 'leaflet' }
    case 'training-materials':
      return { title, visibility: 'public' }
    case 'partner-media': {
      const partner = await payload.create({ collection: slugs.partners, data: { name: `Đối tác ${title}`, kind: 'lao-media', country: 'LA' } })
      return { title, kind: 'article', partner: partner.id }
    }
    case 'briefings':
      return { title, audience: 'public' }
  }
}

type Publish = {
  publishedAt: Date
  embargoUntil?: Date
  publishedLocales?: Locale[]
  /** Further localized values, saved after the Vietnamese create: `{ en: { body: … } }`. */
  translations?: Partial<Record<Locale, Record<string, unknown>>>
}

/**
 * A live item, written the way trusted server code does (Local API, access overridden): published
 * main document, workflow state `published`, its publication time, and optionally an embargo.
 */
export async function livePublished(
  payload: Payload,
  collection: ContentCollectionSlug,
  title: string,
  data: Record<string, unknown>,
  { publishedAt, embargoUntil, publishedLocales = ['vi', 'en', 'lo'], translations = {} }: Publish,
): Promise<Id> {
  const workflow = {
    _status: 'published',
    state: 'published',
    publishedAt: publishedAt.toISOString(),
    firstPublishedAt: publishedAt.toISOString(),
    publishedLocales,
    readyLocales: publishedLocales,
    ...(embargoUntil ? { embargoUntil: embargoUntil.toISOString() } : {}),
  }
  const created = await payload.create({
    collection,
    locale: 'vi',
    data: { ...(await baseData(payload, collection, title)), ...data, ...workflow } as never,
  })
  for (const [locale, values] of Object.entries(translations)) {
    await payload.update({ collection, id: created.id, locale: locale as Locale, data: { ...values, ...workflow } as never })
  }
  return created.id
}

/** A draft that was never published. */
export async function draftOnly(payload: Payload, collection: ContentCollectionSlug, title: string, data: Record<string, unknown>): Promise<Id> {
  const created = await payload.create({
    collection,
    locale: 'vi',
    draft: true,
    data: { ...(await baseData(payload, collection, title)), ...data } as never,
  })
  return created.id
}

/** `releasedAt` as stored (hidden from the API), re-read from the database. */
export async function releasedAtOf(payload: Payload, id: Id): Promise<string | null> {
  const collection: CollectionSlug = slugs.media
  const doc = (await payload.findByID({ collection, id, depth: 0, overrideAccess: true, showHiddenFields: true })) as {
    releasedAt?: string | null
  }
  return doc.releasedAt ?? null
}
