import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { asc } from 'drizzle-orm'
import { seedDemoData } from '#db/demo/seed'
import { openLocalDb } from '#db/sqlite/open'
import * as t from '#db/sqlite/schema/index'
import { appUpdateTopic, CrmError } from '#shared/contract/index'
import { openMainLog, type MainLog } from '../logging/main-log.ts'
import { inspectAfterInterruptedRun } from '../recovery/recovery-report.ts'
import { clearRunMarker, readInterruptedRun, writeRunMarker } from '../recovery/run-marker.ts'
import { AppIntents, RecoveryNotice } from '../services/app-service.ts'
import { closePreviews } from '../services/document-body.ts'
import { createHandlers } from '../services/handlers.ts'
import { Writer } from '../store/writer.ts'
import type { FetchLike } from '../sync/api-client.ts'
import type { RetryPolicy } from '../sync/backoff.ts'
import { DeviceClock } from '../sync/clock.ts'
import { ConflictInbox } from '../sync/conflicts.ts'
import { SyncEngine } from '../sync/engine.ts'
import { Outbox } from '../sync/outbox.ts'
import { Replica } from '../sync/replica.ts'
import { FileSecretStore, type SecretStore } from '../sync/secret-store.ts'
import { disabledUpdates, type UpdateSource } from '../update/update-controller.ts'
import { ChangeBus } from './change-bus.ts'
import { createDispatch, type Dispatch } from './dispatch.ts'
import { ProgressBus } from './progress-bus.ts'

export interface CoreOptions {
  /** The user's data folder: Electron's userData, or the test host's folder. */
  dataDir: string
  migrationsFolder: string
  nativeBinding?: string | undefined
  /** Influencers to make on first start of an empty database; 0 leaves it empty. */
  demoInfluencers?: number
  /** Main's log file (<dataDir>/logs/main.log unless the shell opened it already). */
  log?: MainLog
  /** Where unexpected errors go; the log file by default. */
  logError?: (message: string, error: unknown) => void
  now?: () => Date
  /** Where the refresh token is kept: Electron's safeStorage in the app, a sealed file otherwise. */
  secrets?: SecretStore
  /** The network, for the sync engine (tests pass one that injects faults). */
  fetch?: FetchLike
  syncRetry?: Partial<RetryPolicy>
  /** Seeded randomness for the sync engine's jitter (tests). */
  random?: () => number
  /** Opens an attachment with the system's app (Electron's shell.openPath). */
  openFile?: (file: string) => Promise<string>
  /** Prints HTML to PDF: Electron's printToPDF in the app, Chromium in the test host. */
  printPdf?: (html: string) => Promise<Uint8Array>
  /** The save dialog: where the user wants a file, or null if they cancelled. */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>
  /** Self-updates (the Electron shell's electron-updater); absent where there is none. */
  updates?: UpdateSource
  /** This build's version, for the update status. */
  appVersion?: string
}

export interface Core {
  dispatch: Dispatch
  onChange: ChangeBus['on']
  onProgress: ProgressBus['on']
  dataFile: string
  /** A copy of the database taken before this start's migrations, if any ran on old data. */
  backupFile: string | null
  sync: SyncEngine
  log: MainLog
  /** What this start recovered after a run that did not close; null after a clean close. */
  recovery: RecoveryNotice
  /** Hands outside requests (crm:// links, menu items) to the renderer. */
  intents: AppIntents
  close(): void
}

/**
 * Everything stateful in main, as plain Node: the Electron shell and the browser test
 * host both start exactly this, so what the tests exercise is what the app runs.
 */
export function startCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true })
  const log = options.log ?? openMainLog(options.dataDir)
  const dataFile = path.join(options.dataDir, 'crm.sqlite')
  // Read before opening: the marker of a run that never closed is still there.
  const interrupted = readInterruptedRun(options.dataDir)
  // Opening replays the write-ahead log: committed transactions are kept, a cut one dropped.
  const { db, backupFile } = openLocalDb({
    file: dataFile,
    migrationsFolder: options.migrationsFolder,
    nativeBinding: options.nativeBinding,
  })
  const first = <T extends typeof t.organizations | typeof t.users>(table: T) =>
    db.select({ id: table.id }).from(table).orderBy(asc(table.createdAt), asc(table.id)).get()
  if (!first(t.organizations) && (options.demoInfluencers ?? 0) > 0) {
    seedDemoData(db, { influencers: options.demoInfluencers ?? 0 })
  }
  const changes = new ChangeBus()
  const progress = new ProgressBus()
  const logError = options.logError ?? ((message, error) => log.error(message, error))
  const now = options.now ?? (() => new Date())
  const replica = new Replica(db)
  const outbox = new Outbox(replica, new DeviceClock(db, () => Date.now()))
  const sync = new SyncEngine({
    outbox,
    changes,
    progress,
    secrets: options.secrets ?? new FileSecretStore(path.join(options.dataDir, 'session.bin')),
    dataFile,
    fetch: options.fetch,
    retry: options.syncRetry,
    ...(options.random ? { random: options.random } : {}),
    logError,
  })
  const account = () =>
    replica.statement('select org_id as orgId, user_id as userId from device_state').get() as {
      orgId: string | null
      userId: string | null
    }
  // The signed-in account's organization and user; before any sign-in, the replica's first.
  const orgId = () => {
    const signedIn = account().orgId
    if (signedIn) return signedIn
    const org = first(t.organizations)
    if (!org)
      throw new CrmError('not_found', 'This workspace is empty: sign in or load demo data first.')
    return org.id
  }
  const userId = () => account().userId ?? first(t.users)?.id ?? null
  const report = interrupted && inspectAfterInterruptedRun(db.$client, interrupted, outbox.count())
  if (report) {
    const line = `The previous run (started ${report.previousStart ?? 'at an unknown time'}) did not close. ${report.message}`
    if (report.intact) log.warn(line)
    else log.error(line)
  }
  const recovery = new RecoveryNotice(report, changes)
  writeRunMarker(options.dataDir, { pid: process.pid, startedAt: now().toISOString() })
  const intents = new AppIntents(changes)
  const updates =
    options.updates ??
    disabledUpdates(options.appVersion ?? '0.0.0', 'Updates are managed by the desktop app.')
  const stopUpdates = updates.onChange(() => changes.emit([appUpdateTopic]))
  const handlers = createHandlers({
    db,
    writer: new Writer(db, changes, outbox),
    changes,
    progress,
    dataFile,
    orgId,
    userId,
    now,
    sync,
    conflicts: new ConflictInbox(outbox),
    openFile: options.openFile,
    printPdf: options.printPdf,
    chooseSavePath: options.chooseSavePath,
    app: { updates, recovery, intents },
  })
  sync.start()
  return {
    dispatch: createDispatch(handlers, { logError }),
    onChange: (listener) => changes.on(listener),
    onProgress: (listener) => progress.on(listener),
    dataFile,
    backupFile,
    sync,
    log,
    recovery,
    intents,
    close: () => {
      stopUpdates()
      sync.close()
      closePreviews(db)
      db.$client.close()
      // Last: only a run that got this far closed cleanly.
      clearRunMarker(options.dataDir)
    },
  }
}
