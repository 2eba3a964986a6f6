/**
 * Who an argument brief (`briefings`) is for: `public` (the website and feeds, like any release) or
 * `restricted` (accredited journalists by email and agency clients with the `briefings` scope only).
 * The read model stores the same word as its record's audience (src/readModel/record.ts).
 */
export const briefingAudiences = ['public', 'restricted'] as const
export type BriefingAudience = (typeof briefingAudiences)[number]

/** Whether a version of an item is a restricted brief: anything but an explicit `public`, so a brief never leaks by a missing value. */
export const isRestrictedBrief = (collection: string, doc: { audience?: unknown }): boolean => collection === 'briefings' && doc.audience !== 'public'
