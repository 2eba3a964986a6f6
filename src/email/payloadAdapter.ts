import type { EmailAdapter } from 'payload'

import type { Mailer } from './transport'

/**
 * Payload's own mail (password resets, account verification) goes through the platform's mailer,
 * from its one sender: whatever `from` Payload puts on a message, the mailer sends it as the sender.
 */
export function payloadEmailAdapter(mailer: Mailer): EmailAdapter {
  return () => ({
    name: `newsroom-${mailer.kind}`,
    defaultFromAddress: mailer.sender.address,
    defaultFromName: mailer.sender.name,
    sendEmail: async (message) => mailer.send(message),
  })
}
