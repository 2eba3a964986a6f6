import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server'

export type ReceivedMail = {
  /** Envelope recipients (RCPT TO), lower-cased. */
  to: string[]
  from: string
  raw: Buffer
  parsed: ParsedMail
}

/** What to answer for one recipient: accept (undefined) or refuse with an SMTP code. */
export type RecipientRule = (address: string, session: SMTPServerSession) => { code: number; message: string } | undefined

export type SmtpSink = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string
  port: number
  messages: ReceivedMail[]
  /** Errors of the server other than connections reset by a client that died. */
  errors: Error[]
  /** Messages received per envelope recipient. */
  countFor(address: string): number
  /** Set (or clear) the rule applied at RCPT TO. */
  refuse(rule: RecipientRule | undefined): void
  /** Resolves when at least n messages have arrived; rejects after timeoutMs. */
  waitFor(n: number, timeoutMs?: number): Promise<void>
  close(): Promise<void>
}

/**
 * A real SMTP server in the test process (smtp-server): no TLS, no authentication, every message
 * parsed with mailparser. Tests assert on what arrived here, never on a mocked transport.
 */
export async function startSmtpSink(options: { parse?: boolean } = {}): Promise<SmtpSink> {
  const parse = options.parse ?? true
  const messages: ReceivedMail[] = []
  const perRecipient = new Map<string, number>()
  let rule: RecipientRule | undefined
  const waiters: { n: number; resolve: () => void }[] = []
  const notify = () => {
    for (const w of [...waiters]) {
      if (messages.length >= w.n) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve()
      }
    }
  }
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // No reverse DNS of 127.0.0.1 (slow where there is no resolver).
    disableReverseLookup: true,
    size: 30 * 1024 * 1024,
    onRcptTo(address: SMTPServerAddress, session, callback) {
      const refusal = rule?.(address.address.toLowerCase(), session)
      if (refusal) {
        const error = new Error(refusal.message) as Error & { responseCode: number }
        error.responseCode = refusal.code
        callback(error)
        return
      }
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks)
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase())
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : ''
        const done = (parsed: ParsedMail) => {
          messages.push({ to, from, raw, parsed })
          for (const t of to) perRecipient.set(t, (perRecipient.get(t) ?? 0) + 1)
          notify()
          callback()
        }
        if (parse) simpleParser(raw).then(done, (error: Error) => callback(error))
        else done({} as ParsedMail)
      })
    },
  })
  // A client that dies mid-session (the exactly-once tests kill workers) resets its connections;
  // smtp-server reports that as an error of the server, which must not fail the test run. Any
  // other server error is kept for the test to see.
  const errors: Error[] = []
  server.on('error', (error: Error & { code?: string }) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') errors.push(error)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    errors,
    countFor: (address) => perRecipient.get(address.toLowerCase()) ?? 0,
    refuse(next) {
      rule = next
    },
    waitFor(n, timeoutMs = 30_000) {
      if (messages.length >= n) return Promise.resolve()
      return new Promise<void>((resolve, reject) => {
        const waiter = { n, resolve: () => (clearTimeout(timer), resolve()) }
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1)
          reject(new Error(`expected ${n} messages at the SMTP sink within ${timeoutMs} ms, got ${messages.length}`))
        }, timeoutMs)
        waiters.push(waiter)
      })
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
