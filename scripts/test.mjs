// `npm test`: the one test command. Runs every check even when an earlier one fails, so a
// single run shows everything that is wrong, then prints "N passed, N failed".
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const vitestJson = '.vitest-results.json'
const playwrightJson = '.playwright-results.json'
const bin = (name) => `node_modules/.bin/${name}`

const steps = [
  { name: 'typecheck', command: 'npm', args: ['run', 'typecheck'] },
  { name: 'lint', command: 'npm', args: ['run', 'lint'] },
  { name: 'format', command: 'npm', args: ['run', 'format:check'] },
  { name: 'build', command: bin('electron-vite'), args: ['build'] },
  {
    name: 'vitest',
    command: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`],
    results: vitestJson,
  },
  { name: 'playwright', command: bin('playwright'), args: ['test'], results: playwrightJson },
]

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)

/** Tests each runner reported; a check that is not a test runner counts as one. */
function counted(step, ok) {
  const json = step.results ? readJson(step.results) : null
  if (step.name === 'vitest' && json) {
    return {
      passed: json.numPassedTests,
      failed: json.numFailedTests,
      skipped: json.numPendingTests + json.numTodoTests,
    }
  }
  if (step.name === 'playwright' && json) {
    const s = json.stats
    return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped }
  }
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 }
}

const total = { passed: 0, failed: 0, skipped: 0 }
const failedSteps = []
for (const step of steps) {
  if (step.results) rmSync(step.results, { force: true })
  console.log(`\n=== ${step.name} ===`)
  const started = Date.now()
  const result = spawnSync(step.command, step.args, { stdio: 'inherit', env: process.env })
  const ok = result.status === 0
  const counts = counted(step, ok)
  // A runner that crashed before reporting still counts as a failure.
  if (!ok && counts.failed === 0) counts.failed = 1
  if (!ok) failedSteps.push(step.name)
  for (const key of Object.keys(total)) total[key] += counts[key]
  console.log(
    `=== ${step.name}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)}s ===`,
  )
}

if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join(', ')}`)
console.log(
  `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
)
process.exit(failedSteps.length ? 1 : 0)
