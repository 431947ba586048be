import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { describeError, redact } from './redact.ts'

export type LogLevel = 'info' | 'warn' | 'error'

export interface MainLog {
  /** The current log file, the one a user sends to support. */
  readonly file: string
  info(message: string): void
  warn(message: string): void
  error(message: string, error?: unknown): void
}

export interface MainLogOptions {
  /** Size at which the file is rotated to main.1.log (default 1 MB). */
  maxBytes?: number
  /** Rotated files kept besides the current one (default 3): at most 4 MB in all. */
  keep?: number
  now?: () => Date
  /** Also write to the console (on by default; tests turn it off). */
  echo?: boolean
}

/** Where main's log lives inside the data folder. */
export const logFileIn = (dataDir: string) => path.join(dataDir, 'logs', 'main.log')

/**
 * Main's log: one line per entry (errors with their stack), every entry redacted before it
 * is written, the file rotated when it reaches maxBytes so it never grows without bound.
 * Writes are synchronous: an entry written just before a crash must be on disk.
 */
export function openMainLog(dataDir: string, options: MainLogOptions = {}): MainLog {
  const file = logFileIn(dataDir)
  const maxBytes = options.maxBytes ?? 1_000_000
  const keep = options.keep ?? 3
  const now = options.now ?? (() => new Date())
  const echo = options.echo ?? true
  mkdirSync(path.dirname(file), { recursive: true })

  const rotated = (n: number) => file.replace(/\.log$/, `.${n}.log`)
  const rotate = () => {
    rmSync(rotated(keep), { force: true })
    for (let n = keep - 1; n >= 1; n--) {
      if (existsSync(rotated(n))) renameSync(rotated(n), rotated(n + 1))
    }
    renameSync(file, rotated(1))
  }

  const write = (level: LogLevel, text: string) => {
    const line = `${now().toISOString()} ${level.toUpperCase()} ${text.replace(/\n/g, '\n    ')}\n`
    try {
      const size = existsSync(file) ? statSync(file).size : 0
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate()
      appendFileSync(file, line)
    } catch (error) {
      // A full disk or a locked file must not take the app down with it.
      if (echo) console.error('Could not write the log file', error)
    }
    if (echo) (level === 'error' ? console.error : console.log)(line.trimEnd())
  }

  return {
    file,
    info: (message) => write('info', redact(message)),
    warn: (message) => write('warn', redact(message)),
    error: (message, error) =>
      write(
        'error',
        error === undefined ? redact(message) : `${redact(message)}: ${describeError(error)}`,
      ),
  }
}
