import type { LocalDb } from '#db/sqlite/open'
import type { ChangeBus } from '../core/change-bus.ts'
import type { ProgressBus } from '../core/progress-bus.ts'
import type { Writer } from '../store/writer.ts'
import type { ConflictInbox } from '../sync/conflicts.ts'
import type { SyncEngine } from '../sync/engine.ts'

/** What every service needs: the replica, who is working, and the one write path. */
export interface ServiceContext {
  db: LocalDb
  /** Every user write goes through here: row + outbox entry in one transaction. */
  writer: Writer
  changes: ChangeBus
  progress: ProgressBus
  dataFile: string
  /** The organization this replica belongs to. */
  orgId: () => string
  /** The signed-in user, or null before anyone has signed in on this device. */
  userId: () => string | null
  /** The clock, injectable so tests can be exact. */
  now: () => Date
  sync: SyncEngine
  conflicts: ConflictInbox
  /**
   * Opens a file with the system's app for it (Electron's shell.openPath): '' when it opened,
   * otherwise why not. Absent where there is no desktop (the browser test host).
   */
  openFile?: ((file: string) => Promise<string>) | undefined
  /** Prints a self-contained HTML page to PDF bytes (Electron's printToPDF, or Chromium). */
  printPdf?: ((html: string) => Promise<Uint8Array>) | undefined
  /** Asks where to save a file (a save dialog): an absolute path, or null if cancelled. */
  chooseSavePath?: ((suggestedName: string) => Promise<string | null>) | undefined
}
