/**
 * Who an argument brief (`briefings`) is for: `public` (the website and feeds, like any release) or
 * `restricted` (accredited journalists by email and agency clients with the `briefings` scope only).
 * The read model stores the same word as its record's audience (src/readModel/record.ts).
 */
export const briefingAudiences = ['public', 'restricted'] as const
export type BriefingAudience = (typeof briefingAudiences)[number]
