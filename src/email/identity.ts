import { randomUUID } from 'node:crypto'

import type { EmailSettings } from '../config/env'

/**
 * Who every email is from: one name, one address and one Message-ID domain for everything the
 * platform sends (releases, digests, corrections, withdrawal notices, sign-up confirmations,
 * Payload's own mail such as a forgotten password). Decided here, from EMAIL_FROM_ADDRESS and
 * EMAIL_FROM_NAME only; the mailer (transport.ts) carries it and stamps it on every message.
 */
export type SenderIdentity = {
  name: string
  address: string
  /** The domain of `address`: the right-hand side of every Message-ID. */
  domain: string
}

export function senderIdentity(settings: Pick<EmailSettings, 'fromAddress' | 'fromName'>): SenderIdentity {
  const address = settings.fromAddress.trim()
  return { name: settings.fromName, address, domain: address.slice(address.lastIndexOf('@') + 1).toLowerCase() }
}

/** `<local@domain>` on the sender's domain; a random local part unless one is given. */
export const messageIdOf = (sender: Pick<SenderIdentity, 'domain'>, local: string = randomUUID()): string => `<${local}@${sender.domain}>`
