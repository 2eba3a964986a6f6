import { drainSubscriptionWork } from './public/background'
import { closeSignupLimitStores } from './limits'

/**
 * Shutdown of the sign-up pages' background parts: finishes the sign-ups already answered (their
 * database writes and emails, so it must run BEFORE the database closes) and closes the limits'
 * Redis connection. In src/server.ts: after `server.close()`, before `closePayload(payload)`.
 */
export async function closeSubscriptions(): Promise<void> {
  await drainSubscriptionWork()
  await closeSignupLimitStores()
}
