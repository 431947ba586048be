import type Database from 'better-sqlite3'
import type { RecoveryReport } from '#shared/contract/index'
import type { InterruptedRun } from './run-marker.ts'

/** SQLite's quick check: 'ok', or the first problems it found. */
export function quickCheck(sqlite: Database.Database): { ok: boolean; detail: string } {
  const rows = sqlite.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[]
  const detail = rows.map((r) => r.quick_check).join('; ')
  return { ok: detail === 'ok', detail }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * What to tell the user after a run that did not close. SQLite's write-ahead log already
 * did the recovering when the file opened (a transaction is kept whole or dropped whole);
 * this says that, and what the user cares about: their unsent work is still here.
 */
export function recoveryReport(input: {
  interrupted: InterruptedRun
  integrity: { ok: boolean; detail: string }
  pendingChanges: number
  conflicts: number
}): RecoveryReport {
  const { integrity, pendingChanges, conflicts } = input
  const kept =
    pendingChanges > 0
      ? `${plural(pendingChanges, 'change', 'changes')} still waiting to sync ${pendingChanges === 1 ? 'was' : 'were'} kept`
      : 'no changes were waiting to sync'
  const inbox =
    conflicts > 0 ? ` ${plural(conflicts, 'conflict', 'conflicts')} still wait in the inbox.` : ''
  const message = integrity.ok
    ? `Recovered after an unexpected exit: the database is intact and ${kept}. A change being saved at the moment the app stopped was kept whole or not at all.${inbox}`
    : `Recovered after an unexpected exit, but the database check found damage (${integrity.detail}). Quit the app, copy the data folder somewhere safe and send the log file (Help → Show log file) to support; ${kept}.`
  return {
    previousStart: input.interrupted.startedAt,
    intact: integrity.ok,
    pendingChanges,
    conflicts,
    message,
  }
}

/** Checks the reopened database after an interrupted run and reports what it kept. */
export function inspectAfterInterruptedRun(
  sqlite: Database.Database,
  interrupted: InterruptedRun,
  pendingChanges: number,
): RecoveryReport {
  const conflicts = sqlite.prepare('select count(*) as n from sync_conflicts').get() as {
    n: number
  }
  return recoveryReport({
    interrupted,
    integrity: quickCheck(sqlite),
    pendingChanges,
    conflicts: conflicts.n,
  })
}
