import type { KeywordRule } from '../domain'
import { normalizeText } from '../search/normalize'

/**
 * Which keyword rules an entry mentions. Every rule is tried against every entry, whatever the
 * outlet's language: an English outlet writes "Quảng Trị" or "Quang Tri", a Lao outlet may quote
 * the Vietnamese name. How each rule's language compares:
 *
 * - Vietnamese: without diacritics and case (`normalizeText('vi')`: "Quang Tri" finds "QUẢNG TRỊ"),
 *   whole words only ("Quang Tri" does not find "Quang Trinh");
 * - English: case-insensitive, whole words only (diacritics folded too, since English outlets
 *   print Vietnamese names either way);
 * - Lao: a substring of the text with spaces and punctuation removed (Lao is written without spaces
 *   between words, so there are no word boundaries to use).
 */
export type MatchableText = { words: string; lao: string }

/** Prepare a text once for every rule. */
export function matchableText(...parts: (string | null | undefined)[]): MatchableText {
  const text = parts.filter((p): p is string => Boolean(p)).join('\n')
  return { words: ` ${normalizeText('vi', text)} `, lao: normalizeText('lo', text) }
}

function ruleForm(rule: KeywordRule): string {
  return rule.language === 'lo' ? normalizeText('lo', rule.keyword) : normalizeText('vi', rule.keyword)
}

/** The rules the text mentions, each once, in the order given. */
export function matchRules(rules: readonly KeywordRule[], text: MatchableText): KeywordRule[] {
  const seen = new Set<string>()
  const matched: KeywordRule[] = []
  for (const rule of rules) {
    const form = ruleForm(rule)
    if (!form) continue
    const hit = rule.language === 'lo' ? text.lao.includes(form) : text.words.includes(` ${form} `)
    const id = `${rule.language}:${form}`
    if (hit && !seen.has(id)) {
      seen.add(id)
      matched.push({ keyword: rule.keyword, language: rule.language })
    }
  }
  return matched
}
