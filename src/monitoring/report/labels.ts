/**
 * How a report names what it counts, in one language: the same names in the admin view, the CSV
 * and the PDF. Topics are named as the topics collection names them (read with the report).
 */
import type { Dimension } from './compute'
import { countryName, reportText } from './text'

export type ReportLabels = {
  language: 'vi' | 'en'
  text: ReturnType<typeof reportText.in>
  /** The name of one row's value: a tone, a language, a country, an outlet (as it is) or a topic. */
  valueOf(dimension: Dimension, key: string): string
  /** A trend's change as people read it: "+25 %", "−10 %", "no change", or "new" when the previous period had none. */
  change(change: number | null): string
}

export function reportLabels(language: string | undefined, topicNames: ReadonlyMap<string, string>): ReportLabels {
  const lang = language === 'en' ? 'en' : 'vi'
  const text = reportText.in(lang)
  const valueOf = (dimension: Dimension, key: string): string => {
    switch (dimension) {
      case 'byTone':
        return (text.tones as Record<string, string>)[key] ?? key
      case 'byLanguage':
        return (text.languages as Record<string, string>)[key] ?? key
      case 'byCountry':
        return countryName(key, lang)
      case 'byTopic':
        return key === 'none' ? text.noTopic : (topicNames.get(key) ?? `#${key}`)
      case 'byOutlet':
        return key
    }
  }
  const change = (c: number | null): string =>
    c === null ? text.newSince : c === 0 ? text.noChange : `${c > 0 ? '+' : '−'}${Math.abs(Math.round(c * 100))} %`
  return { language: lang, text, valueOf, change }
}
