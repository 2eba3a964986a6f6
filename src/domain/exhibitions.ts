/** What an exhibit of a digital exhibition is. */
export const exhibitKinds = ['map', 'document', 'photograph', 'object'] as const
export type ExhibitKind = (typeof exhibitKinds)[number]
