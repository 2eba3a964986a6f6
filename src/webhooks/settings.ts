import type { Payload } from 'payload'

import type { WebhookSettings } from './deliver'

/** The webhook settings of this Payload instance (set in buildConfig under `custom.webhooks`). */
export function webhookSettings(payload: Pick<Payload, 'config'>): WebhookSettings {
  const settings = (payload.config.custom as { webhooks?: WebhookSettings } | undefined)?.webhooks
  if (!settings) throw new Error('Webhooks are not configured (config.custom.webhooks is missing)')
  return settings
}
