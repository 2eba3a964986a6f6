/** Every collection and global slug, spelled once. Integrations rely on these: do not rename. */
export const slugs = {
  users: 'users',
  media: 'media',
  topics: 'topics',
  pressReleases: 'press-releases',
  publications: 'publications',
  trainingMaterials: 'training-materials',
  partners: 'partners',
  partnerMedia: 'partner-media',
  releaseNumbers: 'release-numbers',
  auditLog: 'audit-log',
  reviewNotes: 'review-notes',
  contentEvents: 'content-events',
  apiClients: 'api-clients',
  apiUsage: 'api-usage',
  apiFetches: 'api-fetches',
  webhookEndpoints: 'webhook-endpoints',
  webhookDeliveries: 'webhook-deliveries',
  subscribers: 'subscribers',
  mailings: 'mailings',
  emailDeliveries: 'email-deliveries',
  suppressions: 'suppressions',
} as const

export const globalSlugs = {
  siteSettings: 'site-settings',
} as const

/** Collections whose items go through the editorial workflow and reach the public. */
export const contentCollections = [
  slugs.pressReleases,
  slugs.publications,
  slugs.trainingMaterials,
  slugs.partnerMedia,
] as const

export type ContentCollectionSlug = (typeof contentCollections)[number]

export const locales = ['vi', 'en', 'lo'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'vi'

/** Subscriber preferences and states (email releases). */
export const frequencies = ['immediately', 'daily', 'weekly'] as const
export type Frequency = (typeof frequencies)[number]
export const subscriberStatuses = ['pending', 'active', 'unsubscribed', 'bounced', 'complained'] as const
export type SubscriberStatus = (typeof subscriberStatuses)[number]
