/**
 * The words the whole system shares: collection slugs, languages and the value sets of the domain.
 * Collections and features both import this; features never import `collections/` (checked by
 * dependency-cruiser, `.dependency-cruiser.cjs`).
 */
export * from './accounts'
export * from './briefings'
export * from './email'
export * from './locales'
export * from './monitoring'
export * from './search'
export * from './slugs'
export * from './exhibitions'
