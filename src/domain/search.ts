import { contentCollections, slugs } from './slugs'

/**
 * Who may find a search entry: everyone (`public`), staff only (`staff`: training materials kept
 * for staff), or agency clients with the `briefings` scope (`restricted`: argument briefs for the
 * press). The caller of search() names the audiences it may read.
 */
export const searchAudiences = ['public', 'staff', 'restricted'] as const
export type SearchAudience = (typeof searchAudiences)[number]

/**
 * What the search index holds: the released content collections, and press clippings (staff only,
 * audience `staff`: the office's own record of what the press wrote, never found by the public).
 */
export const searchTypes = [...contentCollections, slugs.clippings] as const
export type SearchType = (typeof searchTypes)[number]
