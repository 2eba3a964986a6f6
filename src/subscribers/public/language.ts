import type { Request } from 'express'

import { defaultLocale, locales, type Locale } from '../../domain'

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as readonly string[]).includes(value)

/** The best of our languages in an Accept-Language header (RFC 9110 weights; `lo-LA` counts as `lo`). */
export function fromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const weight = q ? Number(q.slice(2)) : 1
      return { primary: tag.trim().toLowerCase().split('-')[0], weight: Number.isFinite(weight) ? weight : 0, index }
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
  return ranked.find((entry) => isLocale(entry.primary))?.primary as Locale | undefined
}

/** The page language: `?lang=`, then the subscriber's own language, then Accept-Language, then Vietnamese. */
export function pageLanguage(req: Request, subscriberLanguage?: unknown): Locale {
  const asked = req.query.lang
  if (isLocale(asked)) return asked
  if (isLocale(subscriberLanguage)) return subscriberLanguage
  return fromAcceptLanguage(req.get('accept-language')) ?? defaultLocale
}
