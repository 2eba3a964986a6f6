import { defaultLocale, type Locale } from '../../domain'
import type { Footer, Layout } from './layout'
import type { SiteInfo } from './site'
import { emailText } from './strings'
import type { EmailLinks } from './types'

/** Used only when the site settings have no organization name at all. */
const fallbackOrganization = 'Sở Thông tin và Truyền thông tỉnh Quảng Trị'

/** A site text in the language, else in Vietnamese. */
const siteText = (value: Partial<Record<Locale, string>>, lang: Locale): string | undefined => value[lang] ?? value[defaultLocale]

export const organizationOf = (site: SiteInfo, lang: Locale): string => siteText(site.organizationName, lang) ?? fallbackOrganization

export const headerOf = (site: SiteInfo, lang: Locale): Layout['header'] => ({ organization: organizationOf(site, lang), logoUrl: site.logoUrl })

/** The sender block every email ends with; `reason` says why this person gets it. */
export function footerOf(site: SiteInfo, lang: Locale, reason: string, links: Footer['links']): Footer {
  return {
    organization: organizationOf(site, lang),
    address: siteText(site.address, lang),
    contactEmail: site.contactEmail,
    reason,
    links,
  }
}

/** The footer of a subscriber's email: why, preferences, unsubscribe. */
export function subscriberFooter(site: SiteInfo, lang: Locale, links: EmailLinks): Footer {
  const s = emailText.in(lang).footer
  return footerOf(site, lang, s.reason(organizationOf(site, lang)), [
    { label: s.preferences, url: links.preferencesUrl },
    { label: s.unsubscribe, url: links.unsubscribeUrl },
  ])
}
