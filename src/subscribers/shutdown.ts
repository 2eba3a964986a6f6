import { drainSubscriptionWork } from './public/background'

/**
 * Shutdown of the sign-up pages' background parts: finishes the sign-ups already answered (their
 * database writes and emails, so it must run BEFORE the database closes). Called by
 * `closePayload` (src/db/close.ts), before the Redis connections of the limits are closed.
 */
export async function closeSubscriptions(): Promise<void> {
  await drainSubscriptionWork()
}
