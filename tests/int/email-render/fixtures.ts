import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'

import type { Locale } from '../../../src/domain'
import { composeMessage, type ComposeOptions } from '../../../src/email/compose'
import { senderIdentity } from '../../../src/email/identity'
import type { EmailLinks, RenderedEmail } from '../../../src/email/render'
import { mailerOf } from '../../../src/email/transport'
import type { ReceivedMail, SmtpSink } from '../../helpers/smtp'

export const PUBLIC_URL = 'http://localhost:3999'
export const FROM = { name: 'Thông tin đối ngoại Quảng Trị', address: 'no-reply@newsroom.local' }
/** The sender as the mailer carries it (the defaults of EMAIL_FROM_NAME and EMAIL_FROM_ADDRESS). */
export const SENDER = senderIdentity({ fromName: FROM.name, fromAddress: FROM.address })

/** A subscriber's links as the sending pipeline would make them. */
export const linksFor = (lang: Locale): EmailLinks => ({
  unsubscribeUrl: `${PUBLIC_URL}/email/unsubscribe?token=u-${lang}`,
  unsubscribeMailto: `mailto:unsubscribe@newsroom.local?subject=unsubscribe%20u-${lang}`,
  preferencesUrl: `${PUBLIC_URL}/email/preferences?token=p-${lang}`,
})

let sequence = 0

/** Sends one rendered email through the platform's mailer and returns what the SMTP sink received. */
export async function deliver(
  payload: Payload,
  sink: SmtpSink,
  rendered: RenderedEmail,
  opts: Partial<ComposeOptions> = {},
): Promise<ReceivedMail & { messageId: string }> {
  sequence += 1
  const messageId = `render-${sequence}-${Date.now()}@newsroom.local`
  await mailerOf(payload).send(composeMessage(rendered, { to: `journalist-${sequence}@example.org`, sender: SENDER, messageId, ...opts }))
  await sink.waitFor(1)
  const received = sink.messages.find((m) => m.parsed.messageId === `<${messageId}>`)
  if (!received) throw new Error(`message ${messageId} did not arrive at the sink`)
  return { ...received, messageId }
}

/** The raw value of a header as sent (unfolded), or undefined; fails when it occurs more than once. */
export function headerOf(parsed: ParsedMail, name: string): string | undefined {
  const lines = parsed.headerLines.filter((h) => h.key === name.toLowerCase())
  if (lines.length > 1) throw new Error(`header ${name} occurs ${lines.length} times`)
  const line = lines[0]?.line
  return line === undefined ? undefined : line.slice(line.indexOf(':') + 1).replace(/\r?\n(?=[ \t])/g, '').trim()
}

/** The text part with the line ends it was written with (SMTP carries CRLF). */
export const plain = (parsed: ParsedMail): string => (parsed.text ?? '').replace(/\r\n/g, '\n')

/** Every src of an <img> in the HTML. */
export const imageSources = (html: string): string[] => [...html.matchAll(/<img\b[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1])

/** A Lexical body: paragraphs, then a link paragraph, then the image (when given). */
export function richBody(paragraphs: string[], options: { link?: { text: string; url: string }; imageId?: number | string } = {}) {
  const text = (value: string) => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
  const paragraph = (children: unknown[]) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children })
  const children: unknown[] = paragraphs.map((p) => paragraph([text(p)]))
  if (options.link) {
    children.push(
      paragraph([
        {
          type: 'link',
          version: 3,
          format: '',
          indent: 0,
          direction: 'ltr',
          id: 'link-1',
          fields: { linkType: 'custom', url: options.link.url, newTab: true },
          children: [text(options.link.text)],
        },
      ]),
    )
  }
  if (options.imageId !== undefined) {
    children.push({ type: 'upload', version: 3, format: '', id: 'upload-1', fields: null, relationTo: 'media', value: options.imageId })
  }
  return { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children } }
}
