import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { recoveryReport } from './recovery-report.ts'
import { clearRunMarker, readInterruptedRun, runMarkerFile, writeRunMarker } from './run-marker.ts'

const interrupted = { startedAt: '2026-11-25T09:00:00.000Z', pid: 4242 }

describe('the recovery report', () => {
  it('counts what was kept, in words', () => {
    const one = recoveryReport({
      interrupted,
      integrity: { ok: true, detail: 'ok' },
      pendingChanges: 1,
      conflicts: 2,
    })
    expect(one.message).toBe(
      'Recovered after an unexpected exit: the database is intact and 1 change still waiting to sync was kept. A change being saved at the moment the app stopped was kept whole or not at all. 2 conflicts still wait in the inbox.',
    )
    const none = recoveryReport({
      interrupted,
      integrity: { ok: true, detail: 'ok' },
      pendingChanges: 0,
      conflicts: 0,
    })
    expect(none.message).toContain('the database is intact and no changes were waiting to sync.')
  })

  it('says what to do when the check finds damage', () => {
    const report = recoveryReport({
      interrupted: { startedAt: null, pid: null },
      integrity: { ok: false, detail: 'Page 7: btreeInitPage() returns error code 11' },
      pendingChanges: 4,
      conflicts: 0,
    })
    expect(report).toMatchObject({ intact: false, previousStart: null, pendingChanges: 4 })
    expect(report.message).toContain('found damage (Page 7: btreeInitPage() returns error code 11)')
    expect(report.message).toContain('send the log file (Help → Show log file)')
  })
})

describe('the run marker', () => {
  it('exists while running, and an unreadable one still counts as an interrupted run', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-marker-'))
    try {
      expect(readInterruptedRun(dir)).toBeNull()
      writeRunMarker(dir, { pid: 4242, startedAt: '2026-11-25T09:00:00.000Z' })
      expect(readInterruptedRun(dir)).toEqual(interrupted)
      // A crash while writing the marker itself leaves half a file.
      writeFileSync(runMarkerFile(dir), '{"pid": 42')
      expect(readInterruptedRun(dir)).toEqual({ startedAt: null, pid: null })
      clearRunMarker(dir)
      expect(readInterruptedRun(dir)).toBeNull()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
