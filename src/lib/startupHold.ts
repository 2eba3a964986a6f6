declare global {
  var __newsroomStartupHold: NodeJS.Timeout | undefined
}

/** Let go of the timer scripts/hold-startup.mjs set before the imports (see there why). */
export function releaseStartupHold(): void {
  clearTimeout(globalThis.__newsroomStartupHold)
  globalThis.__newsroomStartupHold = undefined
}
