// Jest runs one global set-up per distinct file (it keeps the first project's configuration for a
// file that projects share), so each engine's project names its own file (globalSetup.sqlite.mjs,
// globalSetup.postgres.mjs), which calls this with its engine. The template is made by a process of
// its own (tests/helpers/templateSetup.ts says why); its address reaches the test workers through
// the environment, what to remove at the end through globalThis (globalTeardown.mjs, this process).
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

export async function setUpTemplate(kind) {
  const args = ['--import', 'tsx', '--import', './scripts/hold-startup.mjs', 'tests/helpers/templateSetup.ts', kind]
  const { stdout } = await run(process.execPath, args, { maxBuffer: 10 * 1024 * 1024 }).catch((error) => {
    throw new Error(`the ${kind} template database could not be made:\n${error.stderr || error.message}`)
  })
  const line = stdout.split('\n').find((l) => l.startsWith('TEMPLATE '))
  if (!line) throw new Error(`the ${kind} template set-up printed no TEMPLATE line:\n${stdout}`)
  const { uri, remove, ms } = JSON.parse(line.slice('TEMPLATE '.length))
  process.env[`NEWSROOM_TEST_TEMPLATE_${kind.toUpperCase()}`] = uri
  ;(globalThis.newsroomTemplates ??= []).push(remove)
  process.stdout.write(`\n${kind}: template database made in ${ms} ms (${uri.replace(/\/\/[^@]*@/, '//')})\n`)
}
