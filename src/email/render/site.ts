import type { Payload } from 'payload'

import { globalSlugs, locales, type Locale } from '../../domain'
import { absoluteUrl } from '../../richtext'

/**
 * What every email says about the office (the `site-settings` global), in each language. Who the
 * email is from is not a site setting: it is EMAIL_FROM_ADDRESS / EMAIL_FROM_NAME (src/email/identity.ts).
 */
export type SiteInfo = {
  organizationName: Partial<Record<Locale, string>>
  address: Partial<Record<Locale, string>>
  contactEmail?: string
  /** Absolute URL of the logo image. */
  logoUrl?: string
}

/** Only the languages that hold text. */
function perLocale(value: unknown): Partial<Record<Locale, string>> {
  const out: Partial<Record<Locale, string>> = {}
  if (!value || typeof value !== 'object') return out
  for (const locale of locales) {
    const v = (value as Record<string, unknown>)[locale]
    if (typeof v === 'string' && v.trim() !== '') out[locale] = v.trim()
  }
  return out
}

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined)

function logoUrlOf(logo: unknown, publicUrl: string): string | undefined {
  if (!logo || typeof logo !== 'object') return undefined
  // The original, not a rendition: the renditions are cropped, which would cut a logo.
  const url = optionalString((logo as { url?: unknown }).url)
  return url ? absoluteUrl(url, publicUrl) : undefined
}

/** Reads the site settings once (all languages, the logo populated); pass the result to the renderers. */
export async function loadSiteInfo(payload: Payload, publicUrl: string): Promise<SiteInfo> {
  // Read with `locale: 'all'`: the localized texts arrive as { vi, en, lo } (perLocale reads them).
  const settings = await payload.findGlobal({
    slug: globalSlugs.siteSettings,
    locale: 'all',
    depth: 1,
    overrideAccess: true,
  })
  const info: SiteInfo = {
    organizationName: perLocale(settings.organizationName),
    address: perLocale(settings.address),
  }
  const contactEmail = optionalString(settings.contactEmail)
  if (contactEmail) info.contactEmail = contactEmail
  const logoUrl = logoUrlOf(settings.logo, publicUrl)
  if (logoUrl) info.logoUrl = logoUrl
  return info
}
