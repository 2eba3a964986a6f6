import type { CollectionConfig } from 'payload'

/** Drafts and a bounded version history for every content collection. */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: { autosave: false },
  maxPerDoc: 100,
}
