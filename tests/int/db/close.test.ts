import { Cron } from 'croner'

import { bootPayload, type TestContext } from '../../helpers/boot'

/**
 * Closing stops the job queue's crons (Payload's destroy()), but croner's stop() does not wait for a
 * run in progress. A run still reading when the connections went failed its read, and on PostgreSQL
 * pg released that client twice and threw in the middle of the next test (CI, refill.test.ts).
 * closePayload waits for such a run before it closes the database.
 */
let ctx: TestContext

beforeAll(async () => {
  ctx = await bootPayload()
})
afterAll(async () => {
  await ctx?.destroy()
})

test('a job run in progress when Payload closes finishes its reads before the database closes', async () => {
  const { payload } = ctx
  let started!: () => void
  const running = new Promise<void>((resolve) => (started = resolve))
  // A run like the job queue's: protected (never two at once), its work reading the database.
  const run = new Promise<number>((resolve, reject) => {
    const cron = new Cron('0 0 1 1 *', { protect: true }, async () => {
      started()
      try {
        // The close begins while this run waits, as it would mid-batch.
        await new Promise((wait) => setTimeout(wait, 300))
        const { totalDocs } = await payload.count({ collection: 'users' })
        resolve(totalDocs)
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    })
    payload.crons.push(cron)
    void cron.trigger()
  })
  await running
  const expected = (await payload.count({ collection: 'users' })).totalDocs

  await ctx.destroy()

  await expect(run).resolves.toBe(expected)
})
