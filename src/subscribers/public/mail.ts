import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import type { Env } from '../../config/env'
import { defaultLocale } from '../../domain'
import { composeMessage } from '../../email/compose'
import { loadSiteInfo, renderAlreadySubscribedEmail, renderConfirmationEmail, type RenderedEmail, type SiteInfo } from '../../email/render'
import { mailerOf } from '../../email/transport'
import type { Subscriber } from '../../payload-types'
import { clockOf } from '../../workflow/clock'
import { confirmToken, confirmUrlOf, subscriberLinks } from '../tokens'

/** The two emails the sign-up form sends; both leave through the platform's one mailer. */

type MailDeps = { payload: Payload; env: Env }

function senderOf(deps: MailDeps, site: SiteInfo, subscriber: Subscriber) {
  const name = site.senderName[subscriber.language] ?? site.senderName[defaultLocale] ?? deps.env.email.fromName
  return { name, address: site.senderAddress ?? deps.env.email.fromAddress }
}

async function send(deps: MailDeps, subscriber: Subscriber, site: SiteInfo, rendered: RenderedEmail, withLinks: boolean): Promise<void> {
  const from = senderOf(deps, site, subscriber)
  const links = withLinks ? subscriberLinks(deps.env, subscriber) : undefined
  const date = clockOf(deps.payload).now()
  await mailerOf(deps.payload).send(composeMessage(rendered, { to: subscriber.email, from, messageId: randomUUID(), date, ...(links ? { links } : {}) }))
}

/** Double opt-in: the signed link, valid for SUBSCRIBE_CONFIRM_HOURS from `now`. */
export async function sendConfirmation(deps: MailDeps, subscriber: Subscriber, now: Date): Promise<void> {
  const site = await loadSiteInfo(deps.payload, deps.env.publicUrl)
  const confirmUrl = confirmUrlOf(deps.env, confirmToken(deps.env, subscriber, now))
  const rendered = renderConfirmationEmail({ language: subscriber.language, confirmUrl, expiresHours: deps.env.email.confirmHours, site })
  await send(deps, subscriber, site, rendered, false)
}

/** To an active subscriber who signed up again: "you are already subscribed", with their preferences link. */
export async function sendAlreadySubscribed(deps: MailDeps, subscriber: Subscriber): Promise<void> {
  const site = await loadSiteInfo(deps.payload, deps.env.publicUrl)
  const { preferencesUrl } = subscriberLinks(deps.env, subscriber)
  const rendered = renderAlreadySubscribedEmail({ language: subscriber.language, preferencesUrl, site })
  await send(deps, subscriber, site, rendered, true)
}
