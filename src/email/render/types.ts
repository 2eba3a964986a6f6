import type { Locale } from '../../domain'

/** One email, ready for `composeMessage`: both parts and the language they are written in. */
export type RenderedEmail = {
  subject: string
  html: string
  text: string
  /** The language actually used (the subscriber's, or Vietnamese when the item has no text in it). */
  language: Locale
}

/** The subscriber's personal links, printed in the footer and sent as List-Unsubscribe. */
export type EmailLinks = {
  /** HTTPS one-click unsubscribe (RFC 8058: answers a POST without a session). */
  unsubscribeUrl: string
  /** mailto: address that unsubscribes on receipt (`mailto:...`). */
  unsubscribeMailto: string
  preferencesUrl: string
  /** The item on the public site, when it has a page there. */
  itemUrl?: string
}
