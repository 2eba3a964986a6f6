/** The part of autocannon's programmatic API the benchmark uses (the package ships no types). */
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p90: number; p99: number; total: number }
  export type Options = {
    url: string
    connections?: number
    duration?: number
    /** Stop after this many requests instead of after `duration`. */
    amount?: number
    workers?: number
    pipelining?: number
    timeout?: number
    method?: string
    headers?: Record<string, string>
    /** Per-request setup: a function on the main thread; with `workers`, the path of a CommonJS module exporting it (functions do not reach worker threads). */
    requests?: { setupRequest?: ((req: { path?: string }) => { path?: string }) | string }[]
  }
  export type Result = {
    requests: Histogram & { sent: number }
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    '1xx': number
    '2xx': number
    '3xx': number
    '4xx': number
    '5xx': number
    statusCodeStats?: Record<string, { count: number }>
    duration: number
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
