import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/**
 * A file that exists exactly while the app runs: written after the database opened,
 * removed on a clean close. Finding it at start means the last run ended some other way
 * (killed, crashed, power cut), so the app checks the database and says what it kept.
 */
export const runMarkerFile = (dataDir: string) => path.join(dataDir, 'crm.running')

const Marker = z.object({ pid: z.number().int(), startedAt: z.iso.datetime() })
export type RunMarker = z.infer<typeof Marker>

/** The run that did not close, or null when the last one closed cleanly (or never ran). */
export interface InterruptedRun {
  /** From the marker; null when it was cut short mid-write and cannot be read. */
  startedAt: string | null
  pid: number | null
}

export function readInterruptedRun(dataDir: string): InterruptedRun | null {
  const file = runMarkerFile(dataDir)
  if (!existsSync(file)) return null
  let raw: unknown = null
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    // Still an interrupted run: the marker itself may be what the crash cut short.
  }
  const parsed = Marker.safeParse(raw)
  return parsed.success
    ? { startedAt: parsed.data.startedAt, pid: parsed.data.pid }
    : { startedAt: null, pid: null }
}

export function writeRunMarker(dataDir: string, marker: RunMarker): void {
  writeFileSync(runMarkerFile(dataDir), JSON.stringify(Marker.parse(marker)))
}

export function clearRunMarker(dataDir: string): void {
  rmSync(runMarkerFile(dataDir), { force: true })
}
