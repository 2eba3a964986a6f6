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
  briefings: 'briefings',
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
  emailStart: 'email-start',
  releasedItems: 'released-items',
  searchEntries: 'search-entries',
  monitoringSources: 'monitoring-sources',
  clippings: 'clippings',
  infoPoints: 'info-points',
  displayScreens: 'display-screens',
  exhibitions: 'exhibitions',
  exhibits: 'exhibits',
} as const

export const globalSlugs = {
  siteSettings: 'site-settings',
  monitoringSettings: 'monitoring-settings',
} as const

/** Collections whose items go through the editorial workflow and reach the public. */
export const contentCollections = [
  slugs.pressReleases,
  slugs.publications,
  slugs.trainingMaterials,
  slugs.partnerMedia,
  slugs.briefings,
] as const

export type ContentCollectionSlug = (typeof contentCollections)[number]

export const isContentCollection = (slug: unknown): slug is ContentCollectionSlug =>
  (contentCollections as readonly unknown[]).includes(slug)
