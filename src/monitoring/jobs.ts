import type { TaskConfig } from 'payload'

import { clockOf } from '../workflow/clock'
import { pollSource } from './poll'
import { POLL_TASK, pollConcurrencyKey } from './schedule'
import { fetchSettingsOf, keywordRules } from './settings'

/**
 * Poll one monitored source. The job carries the source's id only and re-reads it. A feed that
 * cannot be fetched or read is a successful job (the failure is in the source's health, with its
 * backoff); only an unexpected error (the database) fails the job and is retried.
 */
export const pollMonitoringSourceTask: TaskConfig<'pollMonitoringSource'> = {
  slug: POLL_TASK,
  label: 'Poll a monitored feed',
  retries: 2,
  inputSchema: [{ name: 'source', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  concurrency: { key: ({ input }) => pollConcurrencyKey(input.source), exclusive: true },
  handler: async ({ input, req }) => {
    const { payload } = req
    const result = await pollSource(
      { payload, req, fetch: fetchSettingsOf(payload), rules: await keywordRules(payload, req), now: clockOf(payload).now(), logger: payload.logger },
      input.source,
    )
    return { output: { outcome: JSON.stringify(result) } }
  },
}

export const monitoringTasks: TaskConfig[] = [pollMonitoringSourceTask as TaskConfig]
