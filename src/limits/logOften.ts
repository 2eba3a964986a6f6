/**
 * A log call that speaks at most once every `seconds`: the first occurrence at once, then one line
 * per period saying how many occurred since the last line. For errors that repeat per request
 * during an outage (a limiter's store away), where one line per request would drown the log.
 */
export function everyFewSeconds<T>(seconds: number, log: (value: T, occurrences: number) => void): (value: T) => void {
  let lastLogged = -Infinity
  let occurrences = 0
  return (value) => {
    occurrences += 1
    if (performance.now() - lastLogged < seconds * 1000) return
    log(value, occurrences)
    lastLogged = performance.now()
    occurrences = 0
  }
}
