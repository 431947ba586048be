import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

/** What a benchmark ran on, so a result file can be read without the machine at hand. */
export interface Machine {
  cpu: string
  cores: number
  memoryGiB: number
  platform: string
  arch: string
  node: string
  /** 1-minute load average when the result was written: other work on the machine skews timings. */
  loadAverage: number
}

const round2 = (x: number) => Math.round(x * 100) / 100

export const machine = (): Machine => ({
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
  cores: os.availableParallelism(),
  memoryGiB: round2(os.totalmem() / 1024 ** 3),
  platform: os.platform(),
  arch: os.arch(),
  node: process.version,
  loadAverage: round2(os.loadavg()[0] ?? 0),
})

export const resultsDir = path.join(import.meta.dirname, 'results')

/** Writes bench/results/<name>.json (pretty, trailing newline); returns its path. */
export function writeResult(name: string, result: unknown): string {
  mkdirSync(resultsDir, { recursive: true })
  const file = path.join(resultsDir, `${name}.json`)
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
  return file
}

/** Runs `fn` once and returns its wall time in milliseconds. */
export async function time(fn: () => unknown): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
