import type { CollectionAfterDeleteHook, CollectionSlug, Field, Payload, PayloadRequest } from 'payload'

import { contentCollections, globalSlugs, locales, slugs, type ContentCollectionSlug } from '../domain'
import { releaseRules } from '../access/releasedOrStaff'
import { updateRow } from '../db/updateRow'
import { shownInPublishedExhibition } from '../exhibitions/visibility'

type Id = number | string
const isPlain = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v)
export const idOf = (v: unknown): Id | null => (isPlain(v) ? ((v.id as Id | undefined) ?? null) : typeof v === 'number' || typeof v === 'string' ? v : null)
const isLocaleMap = (v: unknown): v is Record<string, unknown> => isPlain(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => (locales as readonly string[]).includes(k))

/** Media ids in a Lexical document: its `upload` nodes pointing at media. */
function lexicalMediaIds(node: unknown, out: Set<Id>): void {
  if (!isPlain(node)) return
  if (node.type === 'upload' && node.relationTo === slugs.media) {
    const id = idOf(node.value)
    if (id !== null) out.add(id)
  }
  const root = node.root
  if (isPlain(root)) lexicalMediaIds(root, out)
  if (Array.isArray(node.children)) for (const child of node.children) lexicalMediaIds(child, out)
}

function collect(fields: Field[], value: object, out: Set<Id>, only?: readonly string[]): void {
  for (const field of fields) {
    if ('name' in field && field.name) {
      if (field.name === 'releasedMedia') continue // the record of what is released, not a reference
      const raw: unknown = Reflect.get(value, field.name)
      if (raw === undefined || raw === null) continue
      const values =
        'localized' in field && field.localized && isLocaleMap(raw) ? Object.entries(raw).filter(([l]) => !only || only.includes(l)).map(([, v]) => v) : [raw]
      for (const v of values) {
        if (v === undefined || v === null) continue
        if ((field.type === 'upload' || field.type === 'relationship') && field.relationTo === slugs.media) {
          for (const item of Array.isArray(v) ? v : [v]) {
            const id = idOf(item)
            if (id !== null) out.add(id)
          }
        } else if ((field.type === 'upload' || field.type === 'relationship') && Array.isArray(field.relationTo) && field.relationTo.includes(slugs.media)) {
          // Polymorphic: { relationTo, value } pairs; only the media ones count.
          for (const item of Array.isArray(v) ? v : [v]) {
            if (isPlain(item) && item.relationTo === slugs.media) {
              const id = idOf(item.value)
              if (id !== null) out.add(id)
            }
          }
        } else if (field.type === 'richText') {
          lexicalMediaIds(v, out)
        } else if (field.type === 'group' && isPlain(v)) {
          collect(field.fields, v, out, only)
        } else if (field.type === 'array' && Array.isArray(v)) {
          for (const row of v) if (isPlain(row)) collect(field.fields, row, out, only)
        } else if (field.type === 'blocks' && Array.isArray(v)) {
          for (const row of v) {
            if (!isPlain(row)) continue
            const block = field.blocks.find((b) => b.slug === row.blockType)
            if (block) collect(block.fields, row, out, only)
          }
        }
      }
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const v: unknown = Reflect.get(value, tab.name)
          if (isPlain(v)) collect(tab.fields, v, out, only)
        } else collect(tab.fields, value, out, only)
      }
    } else if ('fields' in field && Array.isArray(field.fields)) {
      collect(field.fields, value, out, only)
    }
  }
}

/**
 * Every media id an item refers to: upload fields at any depth and Lexical upload nodes, in every
 * language, or only in `onlyLocales` (an unpublished translation's files are not released).
 */
export function mediaIdsOf(payload: Payload, collection: CollectionSlug, doc: Record<string, unknown>, onlyLocales?: readonly string[]): Id[] {
  const out = new Set<Id>()
  collect(payload.collections[collection].config.fields, doc, out, onlyLocales)
  return [...out]
}

/** The media a live copy was releasing, as last recorded. */
export const releasedMediaOf = (liveDoc: Record<string, unknown>): Id[] =>
  Array.isArray(liveDoc.releasedMedia) ? (liveDoc.releasedMedia as unknown[]).map(idOf).filter((id): id is Id => id !== null) : []

/**
 * When a media file becomes public: the earliest moment any released item using it is public
 * (published, and past its embargo), or since ever for a partner's logo or the site's own media;
 * null (never, for now) when nothing public uses it. The public media rule compares it with the clock,
 * so an embargoed release's pictures appear exactly when the release does.
 */
async function releasedAtOf(payload: Payload, req: PayloadRequest, mediaId: Id): Promise<Date | null> {
  let earliest: number | null = null
  for (const collection of contentCollections) {
    const rule = releaseRules[collection]
    const { docs } = await payload.find({
      collection,
      where: {
        and: [{ _status: { equals: 'published' } }, { state: { equals: 'published' } }, { releasedMedia: { in: [mediaId] } }, ...(rule.also ? [rule.also] : [])],
      },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      const embargoUntil = 'embargoUntil' in doc ? doc.embargoUntil : null
      const at = Math.max(doc.publishedAt ? Date.parse(doc.publishedAt) : 0, embargoUntil ? Date.parse(embargoUntil) : 0)
      earliest = earliest === null ? at : Math.min(earliest, at)
    }
  }
  const partners = await payload.count({ collection: slugs.partners, where: { logo: { equals: mediaId } }, overrideAccess: true, req })
  const settings = await payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0, overrideAccess: true, req })
  const globalConfig = payload.config.globals.find((g) => g.slug === globalSlugs.siteSettings)
  const inSettings = new Set<Id>()
  if (globalConfig) collect(globalConfig.fields, settings, inSettings)
  if (partners.totalDocs > 0 || [...inSettings].some((id) => String(id) === String(mediaId))) earliest = 0
  // Exhibitions are published outside the workflow, at once: their pictures are public while they are.
  else if (await shownInPublishedExhibition(payload, req, mediaId)) earliest = 0
  return earliest === null ? null : new Date(earliest)
}

/**
 * Recompute when each of these media files becomes public (in the caller's transaction); writes
 * only what changed. Answers how many changed and how many are released at all.
 */
export async function refreshMediaVisibility({ payload, req, mediaIds }: { payload: Payload; req: PayloadRequest; collection?: CollectionSlug; mediaIds: Id[] }): Promise<{ changed: number; referenced: number }> {
  const unique = [...new Map(mediaIds.map((id) => [String(id), id])).values()]
  let changed = 0
  let referenced = 0
  for (const id of unique) {
    const releasedAt = await releasedAtOf(payload, req, id)
    const next = releasedAt ? releasedAt.toISOString() : null
    const current = (await payload.db.findOne<{ id: Id; releasedAt?: string | null }>({ collection: slugs.media, where: { id: { equals: id } }, req }))?.releasedAt ?? null
    if (next !== null) referenced += 1
    if ((current ? new Date(current).toISOString() : null) === next) continue
    await updateRow(payload, { collection: slugs.media, id, data: { releasedAt: next }, req })
    changed += 1
  }
  return { changed, referenced }
}

/**
 * After a change of what is public about an item: remember which media its live copy uses (only
 * while it is released) and recompute those and the ones it used before.
 */
export async function syncReleasedMedia({ payload, req, collection, liveDoc, before = [] }: { payload: Payload; req: PayloadRequest; collection: ContentCollectionSlug; liveDoc: Record<string, unknown> & { id: Id }; before?: Id[] }): Promise<void> {
  const released = liveDoc._status === 'published' && liveDoc.state === 'published'
  const publishedLocales = Array.isArray(liveDoc.publishedLocales) ? (liveDoc.publishedLocales as string[]) : []
  const used = released ? mediaIdsOf(payload, collection, liveDoc, publishedLocales) : []
  const previous = releasedMediaOf(liveDoc)
  await updateRow(payload, { collection, id: liveDoc.id, data: { releasedMedia: used }, req })
  await refreshMediaVisibility({ payload, req, mediaIds: [...previous, ...before, ...used] })
}

/** Recompute every media file (after an import, or to repair): progress in the log every 500 files. */
export async function refreshAllMediaVisibility({ payload, req }: { payload: Payload; req: PayloadRequest }): Promise<{ checked: number; changed: number; referenced: number }> {
  const { docs } = await payload.find({ collection: slugs.media, limit: 0, pagination: false, depth: 0, overrideAccess: true, req, select: {} })
  let changed = 0
  let referenced = 0
  for (let i = 0; i < docs.length; i += 500) {
    const result = await refreshMediaVisibility({ payload, req, mediaIds: docs.slice(i, i + 500).map((d) => d.id) })
    changed += result.changed
    referenced += result.referenced
    payload.logger.info(`media visibility: ${Math.min(i + 500, docs.length)}/${docs.length} media checked, ${changed} changed`)
  }
  payload.logger.info('media visibility: done')
  return { checked: docs.length, changed, referenced }
}

/** A deleted item stops releasing its media. */
export const refreshMediaOfDeletedItem: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const ids = releasedMediaOf(doc as Record<string, unknown>)
  if (ids.length) await refreshMediaVisibility({ payload: req.payload, req, mediaIds: ids })
  return doc
}
