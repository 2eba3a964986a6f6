/**
 * The content languages as the admin names them, in the admin's language: one name per language
 * wherever an editor meets it (the language switcher, validation errors, the workflow's forms).
 * Public pages name each language in itself (`localeNames` in src/domain).
 */
import type { Locale } from '../domain'
import { adminLanguages } from './admin'
import { defineCatalogue, type MessagesOf } from './catalogue'

const vi = { vi: 'Tiếng Việt', en: 'Tiếng Anh', lo: 'Tiếng Lào' } satisfies Record<Locale, string>

const en: MessagesOf<typeof vi> = { vi: 'Vietnamese', en: 'English', lo: 'Lao' }

export const contentLanguageNames = defineCatalogue(adminLanguages, { vi, en })

/** A content language's name in the admin's language; an unknown code is shown as it is. */
export const contentLanguageName = (locale: string, adminLanguage: string | undefined): string =>
  (contentLanguageNames.in(adminLanguage) as Record<string, string>)[locale] ?? locale
