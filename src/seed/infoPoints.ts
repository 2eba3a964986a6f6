import type { Payload } from 'payload'

import { slugs } from '../domain'
import { weekdays } from '../displays/schedule'
import { infoPoints } from './data/infoPoints'

type Ids = Map<string, number>

/** The two border-gate information points with a playlist of released releases and a free slide in Vietnamese and Lao; only those missing are created. */
export async function ensureInfoPoints(payload: Payload, { releaseIds, imageIds }: { releaseIds: Ids; imageIds: Ids }): Promise<void> {
  for (const p of infoPoints) {
    const found = await payload.find({ collection: slugs.infoPoints, where: { slug: { equals: p.slug } }, limit: 1, depth: 0, pagination: false })
    if (found.docs[0]) continue
    const id = (key: string, ids: Ids) => {
      const value = ids.get(key)
      if (value === undefined) throw new Error(`seed data refers to unknown key "${key}"`)
      return value
    }
    const created = await payload.create({
      collection: slugs.infoPoints,
      locale: 'vi',
      data: {
        name: p.name.vi,
        slug: p.slug,
        location: p.location,
        languages: ['vi', 'lo'],
        intervalSeconds: 12,
        openingHours: weekdays.map((day) => ({ day, ...p.hours })),
        playlist: [
          ...p.releases.map((key) => ({ blockType: 'playlist-item' as const, content: { relationTo: slugs.pressReleases, value: id(key, releaseIds) } })),
          { blockType: 'playlist-slide' as const, title: p.slide.title.vi, text: p.slide.text.vi, image: id(p.slide.image, imageIds) },
        ],
      },
    })
    // Localized fields inside blocks keep their rows by id across languages.
    await payload.update({
      collection: slugs.infoPoints,
      id: created.id,
      locale: 'lo',
      data: {
        name: p.name.lo,
        playlist: (created.playlist ?? []).map((block) => (block.blockType === 'playlist-slide' ? { ...block, title: p.slide.title.lo, text: p.slide.text.lo } : block)),
      },
    })
  }
}
