/**
 * Where a test run's time went (a jest reporter, on in CI): per project its files, tests and the sum
 * of its files' durations (worker-seconds), then the slowest files. With DURATIONS_OUT=<file> it
 * also writes those durations in the form tests/helpers/durations.json keeps (see sequencer.mjs).
 */
import fs from 'node:fs'
import path from 'node:path'

export default class TimesReporter {
  constructor(globalConfig) {
    this.root = globalConfig.rootDir
    this.suites = []
  }

  onTestResult(test, result) {
    this.suites.push({
      project: test.context.config.displayName?.name ?? '',
      file: path.relative(this.root, result.testFilePath),
      seconds: (result.perfStats.end - result.perfStats.start) / 1000,
      tests: result.numPassingTests + result.numFailingTests + result.numPendingTests + result.numTodoTests,
    })
  }

  onRunComplete(_contexts, results) {
    const byProject = new Map()
    for (const s of this.suites) {
      const p = byProject.get(s.project) ?? { files: 0, tests: 0, seconds: 0 }
      p.files += 1
      p.tests += s.tests
      p.seconds += s.seconds
      byProject.set(s.project, p)
    }
    const pad = (v, n) => String(v).padStart(n)
    const lines = ['', `${'project'.padEnd(10)} ${pad('files', 5)} ${pad('tests', 6)} ${pad('worker-s', 9)}`]
    let total = 0
    for (const [name, p] of [...byProject].sort((a, b) => b[1].seconds - a[1].seconds)) {
      total += p.seconds
      lines.push(`${name.padEnd(10)} ${pad(p.files, 5)} ${pad(p.tests, 6)} ${pad(p.seconds.toFixed(0), 9)}`)
    }
    const wall = (Date.now() - results.startTime) / 1000
    lines.push(`${'all'.padEnd(10)} ${pad(this.suites.length, 5)} ${pad(results.numTotalTests, 6)} ${pad(total.toFixed(0), 9)}  (wall ${wall.toFixed(0)} s)`)
    lines.push('', 'slowest files (s):')
    for (const s of [...this.suites].sort((a, b) => b.seconds - a.seconds).slice(0, 12)) lines.push(`${pad(s.seconds.toFixed(1), 7)}  ${s.project}: ${s.file}`)
    process.stdout.write(`${lines.join('\n')}\n`)
    if (process.env.DURATIONS_OUT) {
      const sorted = [...this.suites].sort((a, b) => b.seconds - a.seconds)
      const durations = Object.fromEntries(sorted.map((s) => [`${s.project}:${s.file}`, Math.max(1, Math.round(s.seconds))]))
      fs.writeFileSync(process.env.DURATIONS_OUT, `${JSON.stringify(durations, null, 2)}\n`)
    }
  }
}
