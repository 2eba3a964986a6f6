import type { SendMailOptions } from 'nodemailer'

import type { SenderIdentity } from './identity'
import type { EmailLinks, RenderedEmail } from './render/types'

export type ComposeOptions = {
  to: string
  /** The one sender (`mailerOf(payload).sender`): From, and the domain of bare Message-IDs. */
  sender: SenderIdentity
  /** Message-ID, with or without angle brackets; a bare id gets `@<sender's domain>`. */
  messageId: string
  date?: Date
  /** A subscriber's links: the message then carries the list headers (RFC 2369, RFC 8058). */
  links?: EmailLinks
  /** List-Id identifier; default `releases.<host of the unsubscribe URL>`. */
  listId?: string
  replyTo?: string
  /** Message-ID of the original message, for corrections and withdrawals (In-Reply-To, References). */
  references?: string
}

/** `<id@domain>` from "id@domain", "<id@domain>" or a bare "id". */
export function formatMessageId(value: string, fallbackDomain: string): string {
  const bare = value.trim().replace(/^<+|>+$/g, '').trim()
  if (bare === '' || /[\s<>]/.test(bare)) throw new Error(`invalid Message-ID: ${JSON.stringify(value)}`)
  return `<${bare.includes('@') ? bare : `${bare}@${fallbackDomain}`}>`
}

/**
 * A rendered email as nodemailer options for `mailerOf(payload).send(...)`: subject, both parts,
 * Message-ID, Date, Content-Language, `Auto-Submitted: auto-generated` (RFC 3834: no auto-replies)
 * and, for a subscriber's mail, `List-Unsubscribe` with the one-click HTTPS URL and the mailto
 * address, `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058), `List-Id` and
 * `Precedence: bulk`. A correction or withdrawal refers to the original message so it threads.
 */
export function composeMessage(rendered: RenderedEmail, opts: ComposeOptions): SendMailOptions {
  const senderDomain = opts.sender.domain
  const headers: Record<string, string> = {
    'Content-Language': rendered.language,
    'Auto-Submitted': 'auto-generated',
  }
  const message: SendMailOptions = {
    from: { name: opts.sender.name, address: opts.sender.address },
    to: opts.to,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    messageId: formatMessageId(opts.messageId, senderDomain),
    date: opts.date ?? new Date(),
    headers,
  }
  if (opts.replyTo) message.replyTo = opts.replyTo
  if (opts.references) {
    const original = formatMessageId(opts.references, senderDomain)
    message.inReplyTo = original
    message.references = original
  }
  if (opts.links) {
    const listId = opts.listId ?? `releases.${new URL(opts.links.unsubscribeUrl).hostname}`
    // Nested array: both addresses in one List-Unsubscribe line, the HTTPS one first.
    message.list = { unsubscribe: [[opts.links.unsubscribeUrl, opts.links.unsubscribeMailto]], id: listId }
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click'
    headers.Precedence = 'bulk'
  }
  return message
}
