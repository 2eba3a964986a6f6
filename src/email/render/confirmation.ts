import type { Locale } from '../../domain'
import { footerOf, headerOf, organizationOf } from './frame'
import { renderLayout } from './layout'
import type { SiteInfo } from './site'
import { emailText } from './strings'
import type { RenderedEmail } from './types'

export type ConfirmationEmailInput = {
  language: Locale
  /** The signed confirmation link (absolute). */
  confirmUrl: string
  /** How long the link stays valid (SUBSCRIBE_CONFIRM_HOURS). */
  expiresHours: number
  site: SiteInfo
}

/** Double opt-in: the link that turns a pending sign-up into a subscription. */
export function renderConfirmationEmail({ language, confirmUrl, expiresHours, site }: ConfirmationEmailInput): RenderedEmail {
  const s = emailText.in(language).confirm
  const org = organizationOf(site, language)
  const subject = s.subject(org)
  const { html, text } = renderLayout({
    lang: language,
    title: subject,
    preheader: s.intro(org),
    header: headerOf(site, language),
    blocks: [
      { kind: 'heading', text: s.heading },
      { kind: 'paragraph', text: s.intro(org) },
      { kind: 'button', label: s.button, url: confirmUrl },
      { kind: 'paragraph', text: s.expires(expiresHours), muted: true },
      { kind: 'paragraph', text: s.ignore, muted: true },
    ],
    footer: footerOf(site, language, s.reason(org), []),
  })
  return { subject, html, text, language }
}

export type AlreadySubscribedEmailInput = {
  language: Locale
  /** The subscriber's signed preferences link (absolute). */
  preferencesUrl: string
  site: SiteInfo
}

/**
 * Sent instead of a confirmation when the address is already subscribed: the web page answers the
 * same either way (no one learns who subscribes), and the owner of the address learns it here.
 */
export function renderAlreadySubscribedEmail({ language, preferencesUrl, site }: AlreadySubscribedEmailInput): RenderedEmail {
  const s = emailText.in(language).already
  const org = organizationOf(site, language)
  const subject = s.subject(org)
  const { html, text } = renderLayout({
    lang: language,
    title: subject,
    preheader: s.heading,
    header: headerOf(site, language),
    blocks: [
      { kind: 'heading', text: s.heading },
      { kind: 'paragraph', text: s.intro(org) },
      { kind: 'button', label: s.button, url: preferencesUrl },
      { kind: 'paragraph', text: s.ignore, muted: true },
    ],
    footer: footerOf(site, language, emailText.in(language).confirm.reason(org), []),
  })
  return { subject, html, text, language }
}
