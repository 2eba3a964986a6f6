/**
 * Preloaded with `node --import ./scripts/hold-startup.mjs dist/server.mjs` (npm run dev/start/seed).
 *
 * Seen on these machines (Node 20.20, two busy cores): evaluating the server's imports can stall
 * with the main thread holding no handle of its own; Node then exits with code 13 ("unsettled
 * top-level await") without a word, or waits for ever. This timer holds the event loop until the
 * entry releases it (src/lib/startupHold.ts, once listening), and a start-up that has not finished
 * after two minutes exits with code 1 and a message, so a process manager restarts it.
 */
const STARTUP_LIMIT_MS = 120_000

globalThis.__newsroomStartupHold = setTimeout(() => {
  console.error(`start-up did not complete within ${STARTUP_LIMIT_MS / 1000} s; exiting so that it can be restarted`)
  process.exit(1)
}, STARTUP_LIMIT_MS)
