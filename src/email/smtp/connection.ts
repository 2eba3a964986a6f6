import net from 'node:net'
import tls from 'node:tls'

import { MailError } from '../errors'

/**
 * One SMTP client connection for bulk sending, written for one thing nodemailer cannot do: the
 * end-of-data mark is written by the caller's `release()`, synchronously, at the moment the
 * caller chooses (the hand-over, see src/email/send/handOver.ts). Everything up to that mark has
 * been handed to the kernel before. It also pipelines MAIL, RCPT and DATA when the server offers
 * PIPELINING (RFC 2920), keeps Nagle's algorithm off, and speaks STARTTLS (RFC 3207), implicit TLS
 * and AUTH PLAIN/LOGIN. Payload's own mail and confirmations still go through nodemailer.
 */
export type SmtpOptions = {
  host: string
  port: number
  /** Implicit TLS (port 465). */
  secure: boolean
  /** Never upgrade with STARTTLS. */
  ignoreTLS: boolean
  /** Fail unless the connection is encrypted. */
  requireTLS: boolean
  tls?: tls.ConnectionOptions
  auth?: { user: string; pass: string }
  /** The name given in EHLO. */
  name: string
  connectionTimeoutMs: number
  socketTimeoutMs: number
}

type Reply = { code: number; text: string }
type Waiter = { resolve: (reply: Reply) => void; reject: (error: Error) => void }

const CRLF = '\r\n'

/** `temporary` unless the server refused with a 5xx reply. */
const refused = (stage: string, reply: Reply) => new MailError(`${stage}: ${reply.code} ${reply.text}`, !(reply.code >= 500 && reply.code < 600), reply.code)
const broken = (message: string, cause?: unknown) => new MailError(message, true, undefined, cause === undefined ? undefined : { cause })

export class SmtpConnection {
  private socket: net.Socket | tls.TLSSocket
  private buffer = ''
  private lines: string[] = []
  private readonly replies: Reply[] = []
  private readonly waiters: Waiter[] = []
  private failure: Error | null = null
  private extensions = new Set<string>()
  private authMethods = new Set<string>()

  private constructor(socket: net.Socket | tls.TLSSocket) {
    this.socket = socket
    this.attach(socket)
  }

  /** Connect, read the greeting, EHLO, STARTTLS when offered (or required), AUTH when configured. */
  static async open(o: SmtpOptions): Promise<SmtpConnection> {
    const socket = await connect(o)
    const conn = new SmtpConnection(socket)
    try {
      const greeting = await conn.reply()
      if (greeting.code !== 220) throw refused('greeting', greeting)
      await conn.hello(o.name)
      if (!o.secure && !o.ignoreTLS && conn.extensions.has('STARTTLS')) {
        conn.command('STARTTLS')
        const ready = await conn.reply()
        if (ready.code !== 220) throw refused('STARTTLS', ready)
        await conn.upgrade(o)
        await conn.hello(o.name)
      } else if (!o.secure && o.requireTLS) {
        throw new MailError('the server does not offer STARTTLS and SMTP_URL requires TLS', true, undefined)
      }
      if (o.auth) await conn.login(o.auth)
      return conn
    } catch (error) {
      conn.destroy()
      // Whatever the reply, a connection that cannot be set up is no fault of the recipient.
      if (error instanceof MailError) throw new MailError(error.message, true, error.responseCode, { cause: error })
      throw broken(`SMTP connection failed: ${(error as Error).message}`, error)
    }
  }

  get usable(): boolean {
    return this.failure === null && !this.socket.destroyed
  }

  /**
   * One message to its envelope. `data` is the whole message, dot-stuffed, ending with CRLF (see
   * `dotStuff`). When `hold` is given, the end-of-data mark waits for it: `hold(release)` is called
   * once everything else has been written; `release()` writes the mark at once. If `hold` rejects
   * before releasing, the connection is dropped so that the server discards the message. If it
   * resolves without releasing, the mark is written then.
   */
  async send(envelope: { from: string; to: string[] }, data: Buffer, hold?: (release: () => void) => Promise<void>): Promise<{ response: string; accepted: string[] }> {
    const commands = [`MAIL FROM:<${envelope.from}>`, ...envelope.to.map((to) => `RCPT TO:<${to}>`), 'DATA']
    const replies: Reply[] = []
    if (this.extensions.has('PIPELINING')) {
      this.write(commands.join(CRLF) + CRLF)
      for (let i = 0; i < commands.length; i += 1) replies.push(await this.reply())
    } else {
      for (const command of commands) {
        this.command(command)
        const reply = await this.reply()
        replies.push(reply)
        if (reply.code >= 400) break
      }
    }
    const [mail, ...rest] = replies
    const rcpts = rest.slice(0, envelope.to.length)
    const dataReply = rest[envelope.to.length]
    const accepted = envelope.to.filter((_, i) => rcpts[i] !== undefined && rcpts[i].code < 300)
    // A server that answered DATA with 354 although it refused the envelope waits for a message:
    // the connection cannot be reset, only dropped.
    if (dataReply?.code === 354 && (mail.code >= 300 || accepted.length === 0)) this.destroy()
    // The sender address refused is a configuration problem, not the recipient's: never permanent.
    if (mail.code >= 300) throw await this.afterRefusal(new MailError(`MAIL FROM: ${mail.code} ${mail.text}`, true, mail.code))
    if (accepted.length === 0) throw await this.afterRefusal(refused('RCPT TO', rcpts.find((r) => r.code >= 300) ?? rcpts[0]))
    if (!dataReply || dataReply.code !== 354) throw await this.afterRefusal(refused('DATA', dataReply ?? { code: 451, text: 'no reply to DATA' }))

    // Everything but the mark handed to the kernel before the hand-over: a mark written behind
    // data still queued in this process (a full socket buffer) would die with the process.
    await this.writeAll(data)
    let released = false
    const release = () => {
      if (released) return
      released = true
      // Never throws (it runs inside the hand-over for many messages at once): a connection that
      // failed makes the final reply below fail instead.
      if (!this.failure) this.socket.write(`.${CRLF}`)
    }
    if (hold) {
      try {
        await hold(release)
      } catch (error) {
        if (!released) {
          // Without its end-of-data mark the server never completes the message.
          this.destroy(broken('message abandoned before its end', error))
          throw error
        }
      }
    }
    release()
    const final = await this.reply()
    if (final.code !== 250) throw refused('end of data', final)
    return { response: `${final.code} ${final.text}`, accepted }
  }

  /** RSET after a refused transaction (the connection stays usable), or drop it. */
  private async afterRefusal(error: MailError): Promise<MailError> {
    try {
      this.command('RSET')
      if ((await this.reply()).code !== 250) this.destroy()
    } catch {
      this.destroy()
    }
    return error
  }

  /** QUIT and close (does not wait for the server). */
  close(): void {
    if (this.usable) {
      try {
        this.command('QUIT')
      } catch {
        // Closing anyway.
      }
      this.socket.end()
    }
    this.destroy()
  }

  destroy(error?: Error): void {
    this.fail(error ?? broken('connection closed'))
    this.socket.destroy()
  }

  private async hello(name: string): Promise<void> {
    this.command(`EHLO ${name}`)
    let reply = await this.reply()
    if (reply.code !== 250) {
      this.command(`HELO ${name}`)
      reply = await this.reply()
      if (reply.code !== 250) throw refused('HELO', reply)
      this.extensions = new Set()
      return
    }
    const lines = reply.text.split('\n').slice(1).map((l) => l.trim().toUpperCase())
    this.extensions = new Set(lines.map((l) => l.split(/[\s=]/)[0]))
    const auth = lines.find((l) => l.startsWith('AUTH'))
    this.authMethods = new Set(auth ? auth.split(/[\s=]+/).slice(1) : [])
  }

  private async login(auth: { user: string; pass: string }): Promise<void> {
    if (this.authMethods.has('PLAIN') || !this.authMethods.has('LOGIN')) {
      this.command(`AUTH PLAIN ${Buffer.from(`\u0000${auth.user}\u0000${auth.pass}`, 'utf8').toString('base64')}`)
      const reply = await this.reply()
      if (reply.code !== 235) throw refused('AUTH PLAIN', reply)
      return
    }
    this.command('AUTH LOGIN')
    for (const value of [auth.user, auth.pass]) {
      const challenge = await this.reply()
      if (challenge.code !== 334) throw refused('AUTH LOGIN', challenge)
      this.write(Buffer.from(value, 'utf8').toString('base64') + CRLF)
    }
    const reply = await this.reply()
    if (reply.code !== 235) throw refused('AUTH LOGIN', reply)
  }

  private async upgrade(o: SmtpOptions): Promise<void> {
    const plain = this.socket
    plain.removeAllListeners('data')
    // The TLS socket takes over: the plain one sees no traffic of its own any more.
    plain.setTimeout(0)
    const secure = await new Promise<tls.TLSSocket>((resolve, reject) => {
      const s = tls.connect({ ...o.tls, socket: plain, servername: net.isIP(o.host) ? undefined : o.host }, () => resolve(s))
      s.once('error', reject)
    })
    secure.setTimeout(o.socketTimeoutMs, () => secure.destroy(new Error(`no answer from the SMTP server within ${o.socketTimeoutMs} ms`)))
    this.socket = secure
    this.attach(secure)
  }

  private attach(socket: net.Socket | tls.TLSSocket): void {
    socket.on('data', (chunk: Buffer) => this.onData(chunk))
    socket.on('error', (error) => this.fail(broken(`SMTP connection error: ${error.message}`, error)))
    socket.on('close', () => this.fail(broken('the SMTP server closed the connection')))
  }

  private onData(chunk: Buffer): void {
    this.buffer += chunk.toString('utf8')
    for (let end = this.buffer.indexOf('\n'); end >= 0; end = this.buffer.indexOf('\n')) {
      const line = this.buffer.slice(0, end).replace(/\r$/, '')
      this.buffer = this.buffer.slice(end + 1)
      this.lines.push(line)
      // "250-..." continues a reply; "250 ..." (or a bare code) ends it.
      if (line.length <= 3 || line[3] !== '-') {
        const reply = { code: Number(line.slice(0, 3)) || 0, text: this.lines.map((l) => l.slice(4)).join('\n') }
        this.lines = []
        const waiter = this.waiters.shift()
        if (waiter) waiter.resolve(reply)
        else this.replies.push(reply)
      }
    }
  }

  private fail(error: Error): void {
    if (!this.failure) this.failure = error
    for (const w of this.waiters.splice(0)) w.reject(this.failure)
  }

  private reply(): Promise<Reply> {
    const ready = this.replies.shift()
    if (ready) return Promise.resolve(ready)
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }))
  }

  private command(line: string): void {
    this.write(line + CRLF)
  }

  /** Write, and resolve once the bytes are in the kernel's socket buffer (not queued in this process). */
  private writeAll(data: Buffer): Promise<void> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.socket.write(data, (error) => (error ? reject(this.failure ?? broken(`SMTP write failed: ${error.message}`, error)) : resolve()))
    })
  }

  private write(data: string | Buffer): void {
    if (this.failure) throw this.failure
    this.socket.write(data)
  }
}

/**
 * A TCP (or TLS) connection with Nagle's algorithm off, made within `connectionTimeoutMs`. Also
 * used for nodemailer's connections (transport.ts): with Nagle on, an end-of-data mark written as a
 * small segment of its own waits for the server's delayed ACK (~45 ms per message).
 */
export function connectNoDelay(o: Pick<SmtpOptions, 'host' | 'port' | 'secure' | 'tls' | 'connectionTimeoutMs'>): Promise<net.Socket | tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const socket = o.secure
      ? tls.connect({ ...o.tls, host: o.host, port: o.port, servername: net.isIP(o.host) ? undefined : o.host })
      : net.connect({ host: o.host, port: o.port })
    socket.setNoDelay(true)
    const timer = setTimeout(() => socket.destroy(new Error(`no connection to ${o.host}:${o.port} within ${o.connectionTimeoutMs} ms`)), o.connectionTimeoutMs)
    const failed = (error: Error) => {
      clearTimeout(timer)
      reject(broken(`SMTP connection to ${o.host}:${o.port} failed: ${error.message}`, error))
    }
    socket.once('error', failed)
    socket.once(o.secure ? 'secureConnect' : 'connect', () => {
      clearTimeout(timer)
      socket.removeListener('error', failed)
      resolve(socket)
    })
  })
}

/** A connection for this client: no delay, and an answer expected within `socketTimeoutMs`. */
async function connect(o: SmtpOptions): Promise<net.Socket | tls.TLSSocket> {
  const socket = await connectNoDelay(o)
  socket.setTimeout(o.socketTimeoutMs, () => socket.destroy(new Error(`no answer from the SMTP server within ${o.socketTimeoutMs} ms`)))
  return socket
}

/**
 * The DATA payload of a message (RFC 5321 §4.5.2): a line that starts with "." gets another, and
 * the text ends with CRLF (the end-of-data mark ".\r\n" follows it).
 */
export function dotStuff(message: Buffer): Buffer {
  const parts: Buffer[] = []
  let from = 0
  if (message[0] === 0x2e) {
    parts.push(Buffer.from('.'))
  }
  for (let at = message.indexOf('\n.'); at >= 0; at = message.indexOf('\n.', at + 2)) {
    parts.push(message.subarray(from, at + 1), Buffer.from('.'))
    from = at + 1
  }
  parts.push(message.subarray(from))
  const ends = message.length >= 2 && message[message.length - 2] === 0x0d && message[message.length - 1] === 0x0a
  if (!ends) parts.push(Buffer.from(CRLF))
  return parts.length === 1 ? parts[0] : Buffer.concat(parts)
}
