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
  return { language: lang, text, valueOf }
}
