import { stemmer } from 'stemmer'

import type { Locale } from '../domain'

/**
 * What the search engines index and what they are asked, computed in code so that every engine
 * (SQLite FTS5, PostgreSQL, the MongoDB fallback) sees the same words. The same function applies to
 * the stored text and to the query, so the two always meet:
 *
 * - every language: compatibility decomposition (NFKD), Latin diacritics removed (U+0300–U+036F
 *   only: Lao vowel signs and tone marks are combining marks too and must stay), đ/Đ → d (no
 *   Unicode decomposition turns đ into d), lower case;
 * - Vietnamese: the words (syllables), one space apart. "QUẢNG TRỊ", "Quang Tri", "quảng trị"
 *   all become "quang tri";
 * - English: the same, each word reduced to its Porter stem (invest, investing, investment →
 *   "invest"); Vietnamese names in English text fold like Vietnamese;
 * - Lao: written without spaces between words, so no word list exists to index. Everything but
 *   letters, marks and digits is dropped (spaces, zero-width spaces, punctuation), and the engines
 *   match any substring of that run of characters (trigram indexes). NFKD also unifies the two
 *   spellings of ຳ and of ໜ/ໝ.
 */

const LATIN_MARKS = /[\u0300-\u036f]/g
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/u
const NOT_WORD_GLOBAL = /[^\p{L}\p{M}\p{N}]+/gu
/** English possessive "'s", with a straight or a typographic apostrophe. */
const POSSESSIVE = /['’]s\b/gi

/** Case and diacritics folded; đ → d. The base of every language's normalization. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(LATIN_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase().normalize('NFC')
}

/** The words of a folded text, in order. */
const wordsOf = (folded: string): string[] => folded.split(NOT_WORD).filter((w) => w.length > 0)

const stem = (word: string): string => (/^\p{N}+$/u.test(word) ? word : stemmer(word))

/** The searchable form of one text (a title or a body) in its language. */
export function normalizeText(language: Locale, text: string): string {
  switch (language) {
    case 'vi':
      return wordsOf(fold(text)).join(' ')
    case 'en':
      return wordsOf(fold(text.replace(POSSESSIVE, ''))).map(stem).join(' ')
    case 'lo':
      return fold(text).replace(NOT_WORD_GLOBAL, '')
  }
}

/**
 * A query, as the engines match it in one language:
 * - `words` (Vietnamese, English): every word must occur in the title or the body, in any order;
 *   the words in this order (the phrase) rank higher.
 * - `substrings` (Lao): each space-separated part of the query, normalized, must occur as a
 *   substring of the title or the body.
 * Empty when nothing searchable is left (only punctuation): such a query matches nothing.
 */
export type QueryTerms = { kind: 'words'; terms: string[] } | { kind: 'substrings'; terms: string[] }

export function queryTerms(language: Locale, q: string): QueryTerms {
  if (language === 'lo') {
    const parts = q
      .split(/\s+/u)
      .map((part) => normalizeText('lo', part))
      .filter((part) => part.length > 0)
    return { kind: 'substrings', terms: [...new Set(parts)] }
  }
  const words = normalizeText(language, q).split(' ').filter((w) => w.length > 0)
  return { kind: 'words', terms: words }
}
