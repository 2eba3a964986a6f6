/**
 * Who may find a search entry: everyone (`public`), staff only (`staff`: training materials kept
 * for staff), or agency clients with the `briefings` scope (`restricted`: argument briefs for the
 * press). The caller of search() names the audiences it may read.
 */
export const searchAudiences = ['public', 'staff', 'restricted'] as const
export type SearchAudience = (typeof searchAudiences)[number]
