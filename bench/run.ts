// Runs every benchmark in bench/ in turn. Benchmarks arrive with the issues that need them
// (sync push/pull, bootstrap, catch-up); until then there is nothing to measure.
import { readdirSync } from 'node:fs'
import path from 'node:path'

const dir = import.meta.dirname
const benches = readdirSync(dir).filter((f) => f.endsWith('.bench.ts'))
if (benches.length === 0) console.log('No benchmarks yet.')
for (const file of benches) await import(path.join(dir, file))
