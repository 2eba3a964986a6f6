import { createHash, generateKeyPairSync, verify, type KeyObject } from 'node:crypto'

import { slugs } from '../../../src/domain'
import { loadSiteInfo, renderConfirmationEmail, renderReleaseEmail, type EmailItem } from '../../../src/email/render'
import { mimeTemplate } from '../../../src/email/send/mime'
import { mailerOf } from '../../../src/email/transport'
import { bootPayload, type TestContext } from '../../helpers/boot'
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp'
import { deliver, linksFor, PUBLIC_URL } from './fixtures'

const DOMAIN = 'sotttt.quangtri.example'
const SELECTOR = 'newsroom2026'
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 })

let sink: SmtpSink
let ctx: TestContext

beforeAll(async () => {
  sink = await startSmtpSink()
  ctx = await bootPayload({
    SMTP_URL: sink.url,
    DKIM_DOMAIN: DOMAIN,
    DKIM_SELECTOR: SELECTOR,
    DKIM_PRIVATE_KEY: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  })
})

afterAll(async () => {
  await ctx?.destroy()
  await sink?.close()
})

type Header = { name: string; value: string }

/** The header fields of a raw message, unfolded only as far as splitting them apart. */
function headersOf(raw: string): { headers: Header[]; body: string } {
  const end = raw.indexOf('\r\n\r\n')
  const headers = raw
    .slice(0, end)
    .split(/\r\n(?![ \t])/)
    .map((line) => ({ name: line.slice(0, line.indexOf(':')), value: line.slice(line.indexOf(':') + 1) }))
  return { headers, body: raw.slice(end + 4) }
}

/** RFC 6376 §3.4.2 relaxed header canonicalization. */
const relaxedHeader = (h: Header) => `${h.name.trim().toLowerCase()}:${h.value.replace(/\r\n/g, '').replace(/[ \t]+/g, ' ').trim()}`

/** RFC 6376 §3.4.4 relaxed body canonicalization. */
function relaxedBody(body: string): string {
  const lines = body.split('\r\n').map((l) => l.replace(/[ \t]+/g, ' ').replace(/ $/, ''))
  while (lines.length && lines[lines.length - 1] === '') lines.pop()
  return lines.length ? `${lines.join('\r\n')}\r\n` : ''
}

/** Checks a relaxed/relaxed rsa-sha256 DKIM signature against the public key; returns its tags. */
function verifyDkim(raw: Buffer, publicKey: KeyObject): Record<string, string> {
  const { headers, body } = headersOf(raw.toString('binary'))
  const signature = headers.find((h) => h.name.toLowerCase() === 'dkim-signature')
  if (!signature) throw new Error('no DKIM-Signature header')
  const tags = Object.fromEntries(
    signature.value
      .split(';')
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => [t.slice(0, t.indexOf('=')).trim(), t.slice(t.indexOf('=') + 1).replace(/\s+/g, '')]),
  )
  expect(tags.a).toBe('rsa-sha256')
  expect(tags.c).toBe('relaxed/relaxed')
  expect(createHash('sha256').update(relaxedBody(body), 'binary').digest('base64')).toBe(tags.bh)
  const seen = new Map<string, number>()
  const signed = tags.h
    .split(':')
    .map((name) => {
      const all = headers.filter((h) => h.name.toLowerCase() === name.toLowerCase())
      const taken = seen.get(name) ?? 0
      seen.set(name, taken + 1)
      const h = all[all.length - 1 - taken]
      return h ? `${relaxedHeader(h)}\r\n` : ''
    })
    .join('')
  const unsigned = relaxedHeader({ name: signature.name, value: signature.value.replace(/(^|;)(\s*b=)[^;]*/, '$1$2') })
  const ok = verify('sha256', Buffer.from(signed + unsigned, 'binary'), publicKey, Buffer.from(tags.b, 'base64'))
  expect(ok).toBe(true)
  return tags
}

/** A release as the read model gives it to email: one Vietnamese record with a headline and a summary. */
const releaseItem = (id: string, title: string): EmailItem => ({
  collection: slugs.pressReleases,
  id,
  languages: ['vi'],
  byLanguage: { vi: { title, summary: 'Tóm tắt', topics: [], images: [], attachments: [], files: [], otherMedia: [], contacts: [] } },
  embargoUntil: null,
  withdrawn: false,
  audience: 'public',
})

describe('DKIM', () => {
  test('with DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY every message is signed, and the signature verifies', async () => {
    const site = await loadSiteInfo(ctx.payload, PUBLIC_URL)
    const rendered = renderConfirmationEmail({ language: 'lo', confirmUrl: `${PUBLIC_URL}/email/confirm?token=t1`, expiresHours: 48, site })
    const { raw } = await deliver(ctx.payload, sink, rendered)
    expect(raw.toString('binary')).toMatch(new RegExp(`^DKIM-Signature: [^]*?d=${DOMAIN.replace(/\./g, '\\.')}; q=dns/txt; s=${SELECTOR};`, 'm'))
    const tags = verifyDkim(raw, keys.publicKey)
    expect(tags.d).toBe(DOMAIN)
    expect(tags.s).toBe(SELECTOR)
    expect(tags.h.split(':')).toEqual(expect.arrayContaining(['from', 'subject', 'date', 'message-id', 'to']))
  })

  // RFC 8058 §4: one-click unsubscribe counts only when both List-Unsubscribe headers are signed.
  test('a release email signs List-Unsubscribe, List-Unsubscribe-Post and List-Id with the rest', async () => {
    const site = await loadSiteInfo(ctx.payload, PUBLIC_URL)
    const item = releaseItem('1', 'Thông cáo có chữ ký DKIM')
    const rendered = renderReleaseEmail({ kind: 'release', item, language: 'vi', links: linksFor('vi'), site, publicUrl: PUBLIC_URL })
    const { raw } = await deliver(ctx.payload, sink, rendered, { links: linksFor('vi') })
    const tags = verifyDkim(raw, keys.publicKey)
    expect(tags.h.split(':')).toEqual(expect.arrayContaining(['list-unsubscribe', 'list-unsubscribe-post', 'list-id', 'subject', 'from']))
  })

  test('bulk mail (the sender\'s own SMTP pool) is signed too, list headers included', async () => {
    const site = await loadSiteInfo(ctx.payload, PUBLIC_URL)
    const item = releaseItem('2', 'Thông cáo gửi hàng loạt')
    const links = linksFor('vi')
    const rendered = renderReleaseEmail({ kind: 'release', item, language: 'vi', links, site, publicUrl: PUBLIC_URL })
    const raw = mimeTemplate(rendered, links, { from: { name: 'Sở', address: `releases@${DOMAIN}` }, listId: 'releases.example' })('bulk@example.org', '<bulk.1@example>', new Date(), links)
    const before = sink.messages.length
    await mailerOf(ctx.payload).sendRaw({ from: `releases@${DOMAIN}`, to: ['bulk@example.org'] }, raw, async () => undefined)
    await sink.waitFor(before + 1)
    const tags = verifyDkim(sink.messages[before].raw, keys.publicKey)
    expect(tags.d).toBe(DOMAIN)
    expect(tags.h.split(':')).toEqual(expect.arrayContaining(['list-unsubscribe', 'list-unsubscribe-post', 'list-id', 'subject', 'from', 'message-id']))
  })

  test('a changed header breaks the signature (the check above is real)', async () => {
    const site = await loadSiteInfo(ctx.payload, PUBLIC_URL)
    const { raw } = await deliver(ctx.payload, sink, renderConfirmationEmail({ language: 'vi', confirmUrl: `${PUBLIC_URL}/c`, expiresHours: 1, site }))
    expect(verifyDkim(raw, keys.publicKey).d).toBe(DOMAIN)
    const tampered = Buffer.from(raw.toString('binary').replace(/^Subject: .*$/m, 'Subject: =?UTF-8?Q?gi=E1=BA=A3?='), 'binary')
    expect(() => verifyDkim(tampered, keys.publicKey)).toThrow('expect(received).toBe(expected)')
  })
})
