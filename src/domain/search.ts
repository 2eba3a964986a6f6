/**
 * Who may find a search entry: everyone (`public`), or staff only (`staff`: training materials kept
 * for staff). The caller of search() names the audiences it may read.
 */
export const searchAudiences = ['public', 'staff'] as const
export type SearchAudience = (typeof searchAudiences)[number]
