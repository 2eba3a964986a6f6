import type { CollectionConfig } from 'payload'

/**
 * Drafts and a bounded version history for every content collection. Drafts are validated too:
 * every write from outside is a draft (only the workflow publishes), so without this a bad ISBN or
 * a missing partner would be accepted and found only at publication.
 */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: { autosave: false, validate: true },
  maxPerDoc: 100,
}
