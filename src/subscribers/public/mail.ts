import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import type { Env } from '../../config/env'
import { composeMessage } from '../../email/compose'
import { loadSiteInfo, renderAlreadySubscribedEmail, renderConfirmationEmail, type RenderedEmail } from '../../email/render'
import { mailerOf } from '../../email/transport'
import type { Subscriber } from '../../payload-types'
import { clockOf } from '../../workflow/clock'
import { confirmToken, confirmUrlOf, subscriberLinks } from '../tokens'

/** The two emails the sign-up form sends; both leave through the platform's one mailer, from its one sender. */

type MailDeps = { payload: Payload; env: Env }

async function send(deps: MailDeps, subscriber: Subscriber, rendered: RenderedEmail, withLinks: boolean): Promise<void> {
  const links = withLinks ? subscriberLinks(deps.env, subscriber) : undefined
  const date = clockOf(deps.payload).now()
  const mailer = mailerOf(deps.payload)
  await mailer.send(composeMessage(rendered, { to: subscriber.email, sender: mailer.sender, messageId: randomUUID(), date, ...(links ? { links } : {}) }))
}

/** Double opt-in: the signed link, valid for SUBSCRIBE_CONFIRM_HOURS from `now`. */
export async function sendConfirmation(deps: MailDeps, subscriber: Subscriber, now: Date): Promise<void> {
  const site = await loadSiteInfo(deps.payload, deps.env.publicUrl)
  const confirmUrl = confirmUrlOf(deps.env, confirmToken(deps.env, subscriber, now))
  const rendered = renderConfirmationEmail({ language: subscriber.language, confirmUrl, expiresHours: deps.env.email.confirmHours, site })
  await send(deps, subscriber, rendered, false)
}

/** To an active subscriber who signed up again: "you are already subscribed", with their preferences link. */
export async function sendAlreadySubscribed(deps: MailDeps, subscriber: Subscriber): Promise<void> {
  const site = await loadSiteInfo(deps.payload, deps.env.publicUrl)
  const { preferencesUrl } = subscriberLinks(deps.env, subscriber)
  const rendered = renderAlreadySubscribedEmail({ language: subscriber.language, preferencesUrl, site })
  await send(deps, subscriber, rendered, true)
}
