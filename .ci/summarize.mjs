// Reads vitest JSON reports and prints "N passed, N failed". A missing report or a file that failed to load counts
// as a failure; skipped tests are neither passed nor failed.
import fs from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    console.error(`ci: no report at ${file}`)
    failed++
    continue
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'))
  passed += r.numPassedTests
  failed += r.numFailedTests
  skipped += r.numPendingTests + (r.numTodoTests ?? 0)
  for (const suite of r.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).every((a) => a.status !== 'failed')) {
      console.error(`ci: ${suite.name} failed to run: ${(suite.message ?? '').split('\n')[0]}`)
      failed++
    }
  }
}
if (skipped) console.error(`ci: ${skipped} skipped (not counted as passed)`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
