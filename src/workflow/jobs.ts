import type { TaskConfig } from 'payload'

import { isContentCollection, locales, slugs } from '../domain'
import { clockOf } from './clock'
import { keepingRequestLocale } from '../lib/requestLocale'
import { liftEmbargo, toWorkflowItem, transition } from './service'

/**
 * Publish a scheduled item. The job carries ids only and re-reads: if the item was unscheduled or
 * rescheduled (another job id), it does nothing. A retry after a crash finds it published already.
 */
export const publishScheduledTask: TaskConfig<'publishScheduled'> = {
  slug: 'publishScheduled',
  label: 'Publish a scheduled item',
  retries: 10,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'at', type: 'date', required: true },
    { name: 'locales', type: 'select', hasMany: true, options: [...locales] },
    { name: 'scheduledBy', type: 'text' },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, job, req }) => {
    const { payload } = req
    const collection = input.collection
    if (!isContentCollection(collection)) return { output: { outcome: `unknown collection ${collection}` } }
    const doc = await keepingRequestLocale(req, () =>
      payload.findByID({ collection, id: input.id, draft: true, depth: 0, locale: 'all', overrideAccess: true, req, disableErrors: true }),
    )
    if (!doc) return { output: { outcome: 'item deleted' } }
    const item = toWorkflowItem(payload, collection, doc as never)
    if (item.state !== 'scheduled' || item.scheduleJob !== String(job.id)) return { output: { outcome: 'no longer scheduled' } }
    if (clockOf(payload).now().getTime() < new Date(input.at).getTime()) throw new Error(`not due until ${input.at}`)
    const scheduler = input.scheduledBy
      ? await payload.findByID({ collection: slugs.users, id: input.scheduledBy, depth: 0, overrideAccess: true, req, disableErrors: true })
      : null
    await transition({ payload, req }, collection, input.id, { action: 'publish', locales: input.locales ?? undefined }, {
      actor: scheduler ? { id: scheduler.id, name: scheduler.name } : null,
      auditEvent: 'scheduledPublish',
      skipRules: true,
    })
    return { output: { outcome: 'published' } }
  },
}

/** Announce, once, that an embargo has passed (the public rule already shows the item by then). */
export const liftEmbargoTask: TaskConfig<'liftEmbargo'> = {
  slug: 'liftEmbargo',
  label: 'Lift an embargo',
  retries: 10,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'version', type: 'number', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    if (!isContentCollection(input.collection)) return { output: { outcome: `unknown collection ${input.collection}` } }
    const outcome = await liftEmbargo({ payload: req.payload, req }, input.collection, input.id, input.version)
    if (outcome === 'not yet') throw new Error('embargo not yet passed by the configured clock')
    return { output: { outcome } }
  },
}

export const workflowTasks: TaskConfig[] = [publishScheduledTask as TaskConfig, liftEmbargoTask as TaskConfig]
