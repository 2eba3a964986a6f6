/**
 * Translated strings: one typed catalogue per namespace (email, sign-up pages, the admin's email
 * and workflow tools, and the public website next), each a dictionary per language.
 *
 *   const vi = { title: 'Nhận tin qua email', checkInbox: (hours: number) => `… ${hours} giờ …` }
 *   const en: MessagesOf<typeof vi> = { … }          // every key, same arguments, or tsc refuses
 *   export const signUpText = defineCatalogue(locales, { vi, en, lo })
 *   signUpText.in(lang).checkInbox(48)                  // a reader's language; unknown → the first
 *   signUpText.label((m) => m.title)                    // { vi, en, lo }: a Payload label
 *
 * Interpolation is a function message with typed arguments, so a placeholder can neither be
 * forgotten nor misspelled, and plural or word-order differences are written per language.
 *
 * Why not a library: i18next, @formatjs/intl (ICU) and typesafe-i18n were weighed. The first two
 * look messages up by string key and parse ICU strings at run time, so a key or an argument missing
 * in Lao is found by a reader, not by tsc, unless a generator keeps types beside the catalogue;
 * typesafe-i18n has that generator but is no longer maintained. None gives Payload's admin its
 * `{ vi, en }` label objects. Our texts need no ICU features (Vietnamese and Lao do not inflect for
 * number; English plurals are written in the English function), so this small typed module does the
 * job with nothing to generate.
 */

/** A text, or a function making one from its arguments (interpolation). */
// `never[]` accepts functions of any argument list; each dictionary's own type keeps them exact.
export type Message = string | ((...args: never[]) => string)
export type Messages = { readonly [key: string]: Message | Messages }

/** The type every language of a namespace must match: the first language's keys and arguments, any text. */
export type MessagesOf<M> = {
  readonly [K in keyof M]: M[K] extends string ? string : M[K] extends (...args: infer A) => string ? (...args: A) => string : MessagesOf<M[K]>
}

/** A key the first language does not have is refused (an object spread escapes tsc's own excess-property check). */
type NoExtraKeys<T, Of> = { readonly [K in Exclude<keyof T, keyof Of>]: never }

/** Keys of a namespace's plain-text (argument-free) messages at the top level. */
type TextKeys<M> = { [K in keyof M]: M[K] extends string ? K : never }[keyof M]

export type Catalogue<L extends string, M> = {
  /** The languages, the first being the one an unknown language falls back to. */
  readonly languages: readonly L[]
  /** Every message in `language`; any other value (unset, an unsupported language) gets the first language's. */
  in(language: string | null | undefined): M
  /** One message in every language, as Payload takes a label: `{ vi: …, en: … }`. */
  label(pick: (messages: M) => string): Record<L, string>
  /** Every plain-text message of the top level as a label (`{ vi, en }` per key), for tables of labels. */
  labels(): { [K in TextKeys<M>]: Record<L, string> }
  /** A group of plain-text messages (e.g. one per value of a select) as labels, key by key. */
  labelsOf<K extends string>(pick: (messages: M) => { readonly [k in K]: string }): Record<K, Record<L, string>>
}

/**
 * A namespace's catalogue: `languages` as a tuple (the first is the fallback), and one dictionary
 * per language, each with exactly the keys and arguments of the first.
 */
export function defineCatalogue<const L extends readonly [string, ...string[]], D extends { readonly [K in L[number]]: Messages }>(
  languages: L,
  dictionaries: D & { readonly [K in L[number]]: MessagesOf<D[L[0]]> & NoExtraKeys<D[K], D[L[0]]> },
): Catalogue<L[number], D[L[0]]> {
  type Lang = L[number]
  type M = D[L[0]]
  const fallback: Lang = languages[0]
  const isLanguage = (value: string | null | undefined): value is Lang => typeof value === 'string' && (languages as readonly string[]).includes(value)
  // Each dictionary has the first one's type (checked by the parameter's type above).
  const dictionary = (language: Lang): M => dictionaries[language] as M
  const label = (pick: (messages: M) => string): Record<Lang, string> =>
    Object.fromEntries(languages.map((l: Lang) => [l, pick(dictionary(l))])) as Record<Lang, string>
  return {
    languages,
    in: (language) => dictionary(isLanguage(language) ? language : fallback),
    label,
    labels() {
      const first: Messages = dictionary(fallback)
      const keys = Object.keys(first).filter((k) => typeof first[k] === 'string')
      return Object.fromEntries(keys.map((k) => [k, label((m) => (m as Messages)[k] as string)])) as { [K in TextKeys<M>]: Record<Lang, string> }
    },
    labelsOf<K extends string>(pick: (messages: M) => { readonly [k in K]: string }) {
      const keys = Object.keys(pick(dictionary(fallback))) as K[]
      return Object.fromEntries(keys.map((k) => [k, label((m) => pick(m)[k])])) as Record<K, Record<Lang, string>>
    },
  }
}
