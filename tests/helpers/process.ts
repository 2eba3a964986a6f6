import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

export const repoRoot = path.resolve(import.meta.dirname, '../..')

export type Spawned = { child: ChildProcess; output: () => string; exited: Promise<number | null> }

/**
 * Node 20 was seen to stall, under load, while evaluating the bundle's imports, before a single line
 * is printed (see scripts/hold-startup.mjs). A process that prints nothing within this time is
 * killed and started again, once or twice; a process that prints anything is never retried.
 */
const SILENT_START_LIMIT_MS = 30_000
const START_ATTEMPTS = 3

/** Start a bundled entry point, retrying a start that stalled before printing anything. */
export async function startScript(script: string, env: Record<string, string>): Promise<Spawned> {
  for (let attempt = 1; ; attempt++) {
    const spawned = runScript(script, env)
    // Both timers are cleared as soon as the answer is known: a pending one kept jest's worker alive
    // for up to 30 s after its last test ("a worker process has failed to exit gracefully").
    const spoke = await new Promise<boolean>((resolve) => {
      const done = (answer: boolean) => {
        clearInterval(check)
        clearTimeout(limit)
        resolve(answer)
      }
      const check = setInterval(() => {
        if (spawned.output().length > 0) done(true)
      }, 100)
      const limit = setTimeout(() => done(false), SILENT_START_LIMIT_MS)
      void spawned.exited.then(() => done(true))
    })
    if (spoke || attempt === START_ATTEMPTS) return spawned
    console.warn(`${script} printed nothing in ${SILENT_START_LIMIT_MS / 1000} s (attempt ${attempt}); starting it again`)
    spawned.child.kill('SIGKILL')
    await spawned.exited
  }
}

/** Run a bundled entry point (dist/, built by `npm test` first) in its own process, with exactly the given environment. */
export function runScript(script: string, env: Record<string, string>): Spawned {
  let output = ''
  const child = spawn(process.execPath, ['--enable-source-maps', '--import', './scripts/hold-startup.mjs', script], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_OPTIONS: '--no-deprecation', ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

/** Poll a URL until it answers with the wanted status, or fail with the process's output. */
export async function waitFor(url: string, spawned: Spawned, status = 200, timeoutMs = 90_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs
  let exitCode: number | null | undefined
  void spawned.exited.then((code) => (exitCode = code))
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`process exited with ${exitCode} before ${url} answered:\n${spawned.output()}`)
    try {
      const res = await fetch(url)
      if (res.status === status) return res
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms:\n${spawned.output()}`)
}
