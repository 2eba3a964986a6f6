import type { Payload } from 'payload'

import type { Locale } from '../../../src/domain'
import { runEmailPass, type PassReport } from '../../../src/email/send/runner'
import type { TestContext } from '../../helpers/boot'
import { slugs } from '../../helpers/slugs'

export type SubscriberSpec = {
  email: string
  language?: Locale
  status?: 'pending' | 'active' | 'unsubscribed' | 'bounced' | 'complained'
  frequency?: 'immediately' | 'daily' | 'weekly'
  accredited?: boolean
  topics?: (number | string)[]
  contentTypes?: string[]
}

/** A subscriber as staff would have it (confirmed, with a consent record). */
export async function addSubscriber(payload: Payload, spec: SubscriberSpec): Promise<number | string> {
  const doc = await payload.create({
    collection: slugs.subscribers,
    data: {
      email: spec.email,
      language: spec.language ?? 'vi',
      status: spec.status ?? 'active',
      frequency: spec.frequency ?? 'immediately',
      accredited: spec.accredited ?? false,
      topics: spec.topics ?? [],
      contentTypes: spec.contentTypes ?? [],
      consent: { at: new Date().toISOString(), ip: '127.0.0.1', textVersion: 'test', source: 'admin' },
      confirmedAt: new Date().toISOString(),
    } as never,
    overrideAccess: true,
  })
  return doc.id
}

/** One pass of the email pipeline, as the sender in a server process would run it. */
export const pass = (ctx: TestContext): Promise<PassReport> => runEmailPass({ payload: ctx.payload, env: ctx.env, logger: ctx.payload.logger })

export type DeliveryRow = { email: string; status: string; smtpCode?: number | null; attempts: number; lastError?: string | null; nextAttemptAt?: string | null; mailing: unknown }

export async function deliveriesOf(payload: Payload): Promise<DeliveryRow[]> {
  const found = await payload.find({ collection: slugs.emailDeliveries, limit: 0, pagination: false, depth: 0, sort: 'id', overrideAccess: true })
  return found.docs as DeliveryRow[]
}
