import { defaultLocale, locales, type Locale } from '../domain'

/** Text and the language it is actually in (for `lang` attributes and the fallback note). */
export type LocalText = { text: string; lang: Locale }

/**
 * Which languages to try, in order, for a reader of `lang`: theirs, then Vietnamese, then the rest.
 * When the item lists its published languages, only those are tried: text in a language that was
 * never approved and published is never mailed.
 */
export function fallbackOrder(lang: Locale, published?: unknown): Locale[] {
  const order = [lang, defaultLocale, ...locales].filter((l, i, all) => all.indexOf(l) === i)
  const allowed = Array.isArray(published) ? published.filter((l): l is Locale => (locales as readonly string[]).includes(l)) : []
  return allowed.length ? order.filter((l) => allowed.includes(l)) : order
}

const isLocaleMap = (value: unknown): value is Partial<Record<Locale, unknown>> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && locales.some((l) => l in value)

/** A field's raw value in one language (a shared field: its value). */
export const valueIn = (value: unknown, lang: Locale): unknown => (isLocaleMap(value) ? value[lang] : value)

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * A field read with `locale: 'all'`: the first language in `order` where `present` holds, with that
 * language. A shared (not localized) field's value counts as being in the reader's language.
 */
export function pickIn<T>(value: unknown, order: readonly Locale[], present: (v: unknown) => v is T): { value: T; lang: Locale } | undefined {
  if (!isLocaleMap(value)) return present(value) ? { value, lang: order[0] } : undefined
  for (const lang of order) {
    const v = value[lang]
    if (present(v)) return { value: v, lang }
  }
  return undefined
}

/** The text of a field in the first language of `order` that has any (trimmed). */
export function textIn(value: unknown, order: readonly Locale[]): LocalText | undefined {
  const found = pickIn(value, order, nonEmpty)
  return found ? { text: found.value.trim(), lang: found.lang } : undefined
}
