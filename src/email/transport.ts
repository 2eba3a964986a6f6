import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'

import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer'
import DKIM from 'nodemailer/lib/dkim/index.js'
import type StreamTransport from 'nodemailer/lib/stream-transport/index.js'
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js'
import type { Logger } from 'pino'

import type { EmailSettings } from '../config/env'
import { toMailError } from './errors'
import { messageIdOf, senderIdentity, type SenderIdentity } from './identity'
import { connectNoDelay, dotStuff } from './smtp/connection'
import { createSmtpPool } from './smtp/pool'

export { HandOverRefused, MailError, toMailError } from './errors'

/**
 * The one way mail leaves the platform (journalist releases, confirmations, Payload's own mail).
 *
 * - `SMTP_URL` set: bulk mail (`sendRaw`: releases, digests) goes through a pool of our own SMTP
 *   connections (src/email/smtp/: SMTP_POOL_CONNECTIONS connections, each reused for up to
 *   SMTP_MAX_MESSAGES_PER_CONNECTION messages, at most SMTP_RATE_PER_SECOND messages per second when
 *   set) with the hand-over gate; single messages (`send`: confirmations, Payload's own mail) go
 *   through nodemailer's pooled transport. Both are DKIM-signed when a key is configured.
 * - Otherwise (development): every message is written, whole, to MAIL_CAPTURE_DIR as an `.eml`
 *   file that any mail client opens. Nothing is silently dropped.
 *
 * `send` resolves once the server accepted the message (SMTP 250) or the file is written, and
 * rejects with a `MailError` that says whether trying again may help (4xx, connection trouble) or
 * not (5xx: the address or the message is refused for good).
 */
export type Mailer = {
  kind: 'smtp' | 'capture'
  /** Who every message is from (identity.ts): `send` stamps it on each message; bulk mail is built with it. */
  sender: SenderIdentity
  /** Where captured messages are written (capture only). */
  captureDir?: string
  /** Send one message. Its From is always the sender, and a message without a Message-ID gets one on the sender's domain. */
  send(message: SendMailOptions): Promise<SentMail>
  /**
   * Send a message already composed (`raw`, the whole MIME text, or a function that makes it when
   * a connection is free, so that messages waiting in line take no memory) to one envelope. `beforeLastBytes`
   * runs once everything but the end-of-data mark has been written; `release()` writes the mark
   * at once and must be called synchronously right after the hand-over is recorded (see
   * src/email/send/handOver.ts). Rejecting before `release()` abandons the message (the server
   * discards it); resolving without it releases then.
   */
  sendRaw(envelope: { from: string; to: string[] }, raw: Buffer | (() => Buffer), beforeLastBytes: (release: () => void) => Promise<void>): Promise<SentMail>
  /** The whole message as it would leave (MIME, list headers), without sending it. */
  build(message: SendMailOptions): Promise<Buffer>
  /** The nodemailer transporter itself (Payload's email adapter uses it). */
  transporter: Transporter
  close(): void
}

export type SentMail = { messageId: string; response: string; accepted: string[] }

/** Builds messages in memory (nodemailer's full pipeline: list headers, MIME), sends nothing. */
const builder = nodemailer.createTransport({ streamTransport: true, buffer: true } satisfies StreamTransport.Options)
export async function buildMessage(message: SendMailOptions): Promise<Buffer> {
  const { message: built } = await builder.sendMail(message)
  // `buffer: true` makes the message a Buffer; the type also allows the stream of `buffer: false`.
  if (!Buffer.isBuffer(built)) throw new Error('nodemailer built a stream where a buffer was asked for')
  return built
}

/**
 * DKIM signs nodemailer's default header set plus the list headers: RFC 8058 §4 requires
 * List-Unsubscribe and List-Unsubscribe-Post to be covered for one-click to be honoured.
 */
const DKIM_HEADERS =
  'From:Sender:Reply-To:Subject:Date:Message-ID:To:Cc:MIME-Version:Content-Type:Content-Transfer-Encoding:Content-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Unsubscribe-Post:List-Subscribe:List-Post:List-Owner:List-Archive'

/** A message as it leaves: from the one sender, with a Message-ID on its domain. */
function stamped(sender: SenderIdentity, message: SendMailOptions): SendMailOptions {
  return { ...message, from: { name: sender.name, address: sender.address }, messageId: message.messageId ?? messageIdOf(sender) }
}

export function createMailer(settings: EmailSettings, logger: Logger): Mailer {
  const sender = senderIdentity(settings)
  const dkim = settings.dkim ? { ...settings.dkim, headerFieldNames: DKIM_HEADERS } : undefined
  if (!settings.smtpUrl) {
    const dir = settings.captureDir
    // Builds the whole message (headers, MIME parts, DKIM when set) without a network.
    const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix', ...(dkim ? { dkim } : {}) })
    let warned = false
    return {
      kind: 'capture',
      sender,
      captureDir: dir,
      transporter,
      build: buildMessage,
      async send(message) {
        if (!warned) {
          warned = true
          logger.warn({ dir }, 'SMTP_URL is not set: outgoing mail is written to files in this folder, not sent')
        }
        const info = (await transporter.sendMail(stamped(sender, message))) as { messageId: string; message: Buffer; envelope: { to: string[] } }
        await fs.mkdir(dir, { recursive: true })
        const stamp = new Date().toISOString().replace(/[:.]/g, '-')
        const safeId = info.messageId.replace(/[^A-Za-z0-9@._-]/g, '')
        const file = path.join(dir, `${stamp}_${safeId}.eml`)
        await fs.writeFile(file, info.message)
        return { messageId: info.messageId, response: `captured ${file}`, accepted: info.envelope.to }
      },
      async sendRaw(envelope, build, beforeLastBytes) {
        const raw = typeof build === 'function' ? build() : build
        await beforeLastBytes(() => undefined)
        await fs.mkdir(dir, { recursive: true })
        const id = /^Message-ID:\s*<([^>]+)>/im.exec(raw.toString('utf8', 0, Math.min(raw.length, 8192)))?.[1] ?? `${Date.now()}`
        const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}_${id.replace(/[^A-Za-z0-9@._-]/g, '')}.eml`)
        await fs.writeFile(file, raw)
        return { messageId: `<${id}>`, response: `captured ${file}`, accepted: envelope.to }
      },
      close: () => transporter.close(),
    }
  }
  // Options from the URL (host, port, TLS, credentials), then ours: nodemailer ignores every other
  // option when it is given `url`, so the URL is parsed here.
  const url = parseConnectionUrl(settings.smtpUrl) as { host?: string; port?: number; secure?: boolean; ignoreTLS?: boolean; requireTLS?: boolean; auth?: { user: string; pass: string }; tls?: Record<string, unknown> }
  const transporter = nodemailer.createTransport({
    ...url,
    pool: true,
    // Confirmations and Payload's mail only: bulk mail has its own pool (below).
    maxConnections: 2,
    maxMessages: settings.maxMessagesPerConnection,
    ...(dkim ? { dkim } : {}),
    // Each connection on a socket of our own, connected here with Nagle's algorithm off and handed
    // over as `connection` (nodemailer upgrades it for TLS itself). The pool ignores a `socket`
    // given unconnected.
    getSocket: (options: { host?: string; port?: number }, callback: (error: Error | null, socketOptions?: { connection: net.Socket }) => void) => {
      connectNoDelay({ host: options.host ?? 'localhost', port: options.port ?? 25, secure: false, connectionTimeoutMs: CONNECT_TIMEOUT_MS }).then(
        (connection) => callback(null, { connection }),
        (error: Error) => callback(error),
      )
    },
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: 30_000,
    socketTimeout: SOCKET_TIMEOUT_MS,
  } as Parameters<typeof nodemailer.createTransport>[0])
  const bulk = createSmtpPool({
    smtp: {
      host: url.host ?? 'localhost',
      port: url.port ?? (url.secure ? 465 : 587),
      secure: Boolean(url.secure),
      ignoreTLS: Boolean(url.ignoreTLS),
      requireTLS: Boolean(url.requireTLS),
      tls: url.tls,
      auth: url.auth?.user ? { user: url.auth.user, pass: url.auth.pass } : undefined,
      name: os.hostname(),
      connectionTimeoutMs: CONNECT_TIMEOUT_MS,
      socketTimeoutMs: SOCKET_TIMEOUT_MS,
    },
    connections: settings.poolConnections,
    maxMessages: settings.maxMessagesPerConnection,
    ratePerSecond: settings.ratePerSecond,
    logger,
  })
  const signer = settings.dkim ? new DKIM({ ...settings.dkim, headerFieldNames: DKIM_HEADERS }) : null
  return {
    kind: 'smtp',
    sender,
    transporter,
    build: buildMessage,
    async send(message) {
      try {
        const info = (await transporter.sendMail(stamped(sender, message))) as { messageId: string; response: string; accepted: (string | { address: string })[] }
        return { messageId: info.messageId, response: info.response, accepted: info.accepted.map((a) => (typeof a === 'string' ? a : a.address)) }
      } catch (error) {
        throw toMailError(error)
      }
    },
    async sendRaw(envelope, build, beforeLastBytes) {
      let messageId = ''
      const data = async () => {
        const raw = typeof build === 'function' ? build() : build
        const message = signer ? await collect(signer.sign(raw)) : raw
        messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(message.toString('utf8', 0, Math.min(message.length, 8192)))?.[1] ?? ''
        return dotStuff(message)
      }
      try {
        const info = await bulk.send(envelope, data, beforeLastBytes)
        return { messageId, response: info.response, accepted: info.accepted }
      } catch (error) {
        throw toMailError(error)
      }
    },
    close: () => {
      bulk.close()
      transporter.close()
    },
  }
}

const CONNECT_TIMEOUT_MS = 30_000
const SOCKET_TIMEOUT_MS = 60_000

const collect = (stream: Readable): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    stream.on('data', (c: Buffer) => chunks.push(c))
    stream.once('error', reject)
    stream.once('end', () => resolve(Buffer.concat(chunks)))
  })

/** The mailer of a Payload instance (created with its config: `config.custom.mailer`). */
export function mailerOf(payload: { config: { custom?: Record<string, unknown> } }): Mailer {
  const mailer = payload.config.custom?.mailer as Mailer | undefined
  if (!mailer) throw new Error('no mailer configured (config.custom.mailer)')
  return mailer
}
