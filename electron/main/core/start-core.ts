import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { asc } from 'drizzle-orm'
import { seedDemoData } from '#db/demo/seed'
import { openLocalDb } from '#db/sqlite/open'
import * as t from '#db/sqlite/schema/index'
import { CrmError } from '#shared/contract/index'
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
}

export interface Core {
  dispatch: Dispatch
  onChange: ChangeBus['on']
  onProgress: ProgressBus['on']
  dataFile: string
  /** A copy of the database taken before this start's migrations, if any ran on old data. */
  backupFile: string | null
  sync: SyncEngine
  close(): void
}

/**
 * Everything stateful in main, as plain Node: the Electron shell and the browser test
 * host both start exactly this, so what the tests exercise is what the app runs.
 */
export function startCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true })
  const dataFile = path.join(options.dataDir, 'crm.sqlite')
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
  const logError = options.logError ?? ((message, error) => console.error(message, error))
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
  })
  sync.start()
  return {
    dispatch: createDispatch(handlers, { logError }),
    onChange: (listener) => changes.on(listener),
    onProgress: (listener) => progress.on(listener),
    dataFile,
    backupFile,
    sync,
    close: () => {
      sync.close()
      db.$client.close()
    },
  }
}
