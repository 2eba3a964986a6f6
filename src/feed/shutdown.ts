import type { Payload } from 'payload'

import { untrackFeedState } from './etag'
import { dropResponseCache } from './responseCache'
import { stopRecording } from './usage'

/**
 * Shutdown of the agency API's background parts: writes the buffered usage and fetch log (so it must
 * run BEFORE the database closes). In src/server.ts: after `server.close()` has finished the requests
 * in flight, before `closePayload(payload)` (which closes the Redis connections of the limits last).
 */
export async function closeFeed(payload?: Payload): Promise<void> {
  if (payload) {
    await untrackFeedState(payload)
    dropResponseCache(payload)
  }
  await stopRecording(payload)
}
