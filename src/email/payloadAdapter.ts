import type { EmailAdapter } from 'payload'

import type { Mailer } from './transport'

/** Payload's own mail (password resets, account verification) goes through the platform's mailer. */
export function payloadEmailAdapter(mailer: Mailer, from: { address: string; name: string }): EmailAdapter {
  return () => ({
    name: `newsroom-${mailer.kind}`,
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => mailer.send({ from: { address: from.address, name: from.name }, ...message }),
  })
}
