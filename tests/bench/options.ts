/**
 * The options of every benchmark script, read one way: `--name=value` on the command line (or
 * `--name` alone for a flag), else the environment variable given, else the default. A malformed
 * value stops the script with a message naming the option, before anything is measured.
 */
export type BenchOptions = ReturnType<typeof benchOptions>

export function benchOptions(argv: readonly string[] = process.argv.slice(2)) {
  const args = new Map(
    argv.flatMap((a) => {
      const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a)
      return m ? [[m[1], m[2] ?? 'true'] as const] : []
    }),
  )
  const label = (name: string, env?: string) => (env ? `${env} (--${name})` : `--${name}`)

  /** The raw value: command line, then environment, then the default. */
  const option = (name: string, env: string | undefined, fallback: string): string => args.get(name) ?? (env ? process.env[env] : undefined) ?? fallback

  return {
    option,
    /** Whether `--name` (or `--name=true`) was given. */
    flag: (name: string): boolean => args.get(name) === 'true',
    positiveInt(name: string, env: string | undefined, fallback: number): number {
      const raw = option(name, env, String(fallback))
      if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`${label(name, env)} must be a positive whole number, got "${raw}"`)
      return Number(raw)
    },
    /** A number in (min, max]. */
    fraction(name: string, env: string | undefined, fallback: number, max = 1): number {
      const raw = option(name, env, String(fallback))
      const value = Number(raw)
      if (!(value > 0 && value <= max)) throw new Error(`${label(name, env)} must be a number in (0, ${max}], got "${raw}"`)
      return value
    },
    oneOf<T extends string>(name: string, env: string | undefined, allowed: readonly T[], fallback: T): T {
      const raw = option(name, env, fallback)
      if (!(allowed as readonly string[]).includes(raw)) throw new Error(`${label(name, env)} must be one of ${allowed.join(', ')}, got "${raw}"`)
      return raw as T
    },
    /** A comma-separated list, each entry one of `allowed`. */
    listOf<T extends string>(name: string, env: string | undefined, allowed: readonly T[], fallback: readonly T[]): T[] {
      const raw = option(name, env, fallback.join(','))
      const values = raw.split(',').map((v) => v.trim()).filter(Boolean)
      const bad = values.filter((v) => !(allowed as readonly string[]).includes(v))
      if (bad.length || !values.length) throw new Error(`${label(name, env)} must list some of ${allowed.join(', ')}, got "${raw}"`)
      return values as T[]
    },
  }
}
