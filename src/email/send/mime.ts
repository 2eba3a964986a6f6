import { randomBytes } from 'node:crypto'

import mimeFuncs from 'nodemailer/lib/mime-funcs/index.js'

import { escapeHtml } from '../render/html'
import type { EmailLinks, RenderedEmail } from '../render/types'

/**
 * The MIME text of a subscriber's email, built from a template made once per rendered message.
 *
 * A mailing sends the same message to thousands of subscribers; only the recipient, the
 * Message-ID, the date and the personal links differ. Building each message with nodemailer took
 * ~2 ms of CPU (MIME tree, header normalization, encoders), most of a sender's time per message. Here
 * the headers that never change are encoded once, and each message is the personal headers plus
 * both parts with the links put in, base64-encoded (native). The headers are those composeMessage
 * (src/email/compose.ts) gives a subscriber's mail; tests parse what arrives at a real SMTP server.
 */
export type MimeTemplate = (to: string, messageId: string, date: Date, links: EmailLinks) => Buffer

// A CommonJS module whose exports Node cannot name statically (and whose functions use `this`).
const encodeWords = (value: string) => mimeFuncs.encodeWords(value, 'B', 52)
const foldLines = (value: string) => mimeFuncs.foldLines(value, 76)
const CRLF = '\r\n'
const base64Lines = (text: string) => (Buffer.from(text, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join(CRLF)
const header = (name: string, value: string) => foldLines(`${name}: ${value}`)

export function mimeTemplate(
  rendered: RenderedEmail,
  placeholders: EmailLinks,
  o: { from: { name: string; address: string }; listId: string },
): MimeTemplate {
  const fixed = [
    header('From', `${encodeWords(o.from.name)} <${o.from.address}>`),
    header('Subject', encodeWords(rendered.subject)),
    'MIME-Version: 1.0',
    `Content-Language: ${rendered.language}`,
    'Auto-Submitted: auto-generated',
    'Precedence: bulk',
    `List-Id: <${o.listId}>`,
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
  ].join(CRLF)
  const swap = (text: string, links: EmailLinks, escape: (v: string) => string) =>
    text
      .split(placeholders.unsubscribeUrl)
      .join(escape(links.unsubscribeUrl))
      .split(placeholders.preferencesUrl)
      .join(escape(links.preferencesUrl))
      .split(placeholders.unsubscribeMailto)
      .join(escape(links.unsubscribeMailto))
  return (to, messageId, date, links) => {
    const boundary = `--_newsroom_${randomBytes(12).toString('hex')}`
    const text = [
      fixed,
      `To: <${to}>`,
      `Message-ID: ${messageId}`,
      `Date: ${date.toUTCString().replace(/GMT$/, '+0000')}`,
      `List-Unsubscribe: <${links.unsubscribeUrl}>,${CRLF} <${links.unsubscribeMailto}>`,
      `Content-Type: multipart/alternative; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(swap(rendered.text, links, (v) => v)),
      `--${boundary}`,
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(swap(rendered.html, links, escapeHtml)),
      `--${boundary}--`,
      '',
    ].join(CRLF)
    return Buffer.from(text, 'utf8')
  }
}
