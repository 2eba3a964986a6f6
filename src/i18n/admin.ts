/**
 * The admin speaks Vietnamese, or English when the signed-in user chose it (Payload's i18n): its
 * catalogues have these two languages. `label(vi, en)` is the inline form for a single label in a
 * collection's config; tables of labels are catalogues (defineCatalogue(adminLanguages, { vi, en })).
 */
export const adminLanguages = ['vi', 'en'] as const
export type AdminLanguage = (typeof adminLanguages)[number]

/** One admin label in both languages, as Payload takes it. */
export type Label = Record<AdminLanguage, string>

export const label = (vi: string, en: string): Label => ({ vi, en })

/** A label in the admin's language (Payload's `i18n.language`): Vietnamese unless English was chosen. */
export const pick = (text: Label, language: string | undefined): string => (language === 'en' ? text.en : text.vi)
