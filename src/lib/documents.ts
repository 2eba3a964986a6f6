import type { DataFromCollectionSlug } from 'payload'

import type { ContentCollectionSlug, Locale } from '../domain'

/** A content item (press release, publication, training material, partner media) as generated in payload-types.ts. */
export type ContentItem<S extends ContentCollectionSlug = ContentCollectionSlug> = DataFromCollectionSlug<S>

/** A localized field read with `locale: 'all'`: one value per language, any of them missing. */
export type PerLocale<T> = Partial<Record<Locale, T>>

/**
 * A localized field of a document read with `locale: 'all'`. The generated types describe a
 * document read in one language (`headline: string`); with `locale: 'all'` Payload returns the
 * field as `{ vi, en, lo }` instead. This is the one place that knows it: pass the field as typed,
 * get its per-language map (a value that is not a map, e.g. a field that is not localized, gives {}).
 */
export function perLocale<T>(value: T | null | undefined): PerLocale<NonNullable<T>>
export function perLocale(value: unknown): PerLocale<unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {}
}

/**
 * A document as read with `locale: 'all'`, for code that takes either kind of read: every text
 * may be one string or one per language (which fields are localized, the generated types do not say).
 */
export type AllLocales<T> = T extends string
  ? T | PerLocale<T>
  : T extends (infer U)[]
    ? AllLocales<U>[]
    : T extends object
      ? { [K in keyof T]: AllLocales<T[K]> }
      : T
