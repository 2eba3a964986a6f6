/** The site's languages, in the order pages and feeds list them. Vietnamese is the required one. */
export const locales = ['vi', 'en', 'lo'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'vi'

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as readonly string[]).includes(value)

/** Each language named in itself (the language switcher, Payload's localization config). */
export const localeNames: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English', lo: 'ພາສາລາວ' }
