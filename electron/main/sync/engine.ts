import { hostname } from 'node:os'
import type { Message, Row } from '@electric-sql/client'
import type { LocalDb } from '#db/sqlite/open'
import { pauseSearchIndex, rebuildSearchIndex, resumeSearchIndex } from '#db/sqlite/search-index'
import { CrmError, syncStatusTopic, type SyncState, type SyncStatus } from '#shared/contract/index'
import { maxMutationsPerPush } from '#shared/sync/protocol'
import type { ChangeBus } from '../core/change-bus.ts'
import type { ProgressBus } from '../core/progress-bus.ts'
import { forgetServer, prepareReplicaFor, readAccount, readDevice, saveAccount } from './account.ts'
import {
  OfflineError,
  ServerError,
  sessionEndingCodes,
  SyncApi,
  type FetchLike,
} from './api-client.ts'
import { AuthSession } from './auth-session.ts'
import { retryDelay, type RetryPolicy } from './backoff.ts'
import type { DeviceClock } from './clock.ts'
import { localTables } from './local-tables.ts'
import type { Outbox } from './outbox.ts'
import { applyShapeBatch, type ShapePosition } from './pull-apply.ts'
import { pushBatch } from './push-batch.ts'
import type { Replica } from './replica.ts'
import type { SecretStore } from './secret-store.ts'
import { ShapeReader } from './shape-reader.ts'

export interface SyncEngineOptions {
  /** The replica's outbox, and through it the replica, its connection and the clock. */
  outbox: Outbox
  changes: ChangeBus
  progress: ProgressBus
  secrets: SecretStore
  dataFile: string
  fetch?: FetchLike | undefined
  now?: () => Date
  /** For the jitter; tests pass a seeded one. */
  random?: () => number
  retry?: Partial<RetryPolicy> | undefined
  logError: (message: string, error: unknown) => void
}

/** One connected stretch: from reaching the server until the first failure or a stop. */
interface Run {
  stopped: boolean
  /** Whether the first download had finished when this run began (or has since). */
  bootstrapped: boolean
  reader: ShapeReader | null
  /** Tables that reached the server's present in this run. */
  upToDate: Set<string>
}

const tables = [...localTables.keys()]

/**
 * The desktop's sync engine (DESIGN.md, sync rules): pushes the outbox, reads every
 * table's shape, and keeps the user told. Offline is a normal state, not an error: the
 * engine retries with backoff and jitter and says how much is waiting. Everything it
 * knows that must survive a crash is in SQLite; what is in memory is only the current
 * connection.
 */
export class SyncEngine {
  #state: SyncState = 'signed-out'
  #message: string | null = null
  /** Said until the next sign-in or sign-out: where the replica's earlier content was kept. */
  #notice: string | null = null
  #retryAt: Date | null = null
  #attempt = 0
  #timer: NodeJS.Timeout | null = null
  #run: Run | null = null
  #auth: AuthSession | null = null
  #pushing: Promise<void> | null = null
  #pushAgain = false
  #bootstrapTotal: number | null = null
  #closed = false
  #finishing = false
  readonly #stopListening: () => void
  readonly #fetch: FetchLike
  readonly #now: () => Date
  readonly #policy: RetryPolicy
  readonly #waiters = new Set<() => void>()
  readonly #db: LocalDb
  readonly #replica: Replica
  readonly #clock: DeviceClock

  constructor(private readonly o: SyncEngineOptions) {
    this.#replica = o.outbox.replica
    this.#db = this.#replica.db
    this.#clock = o.outbox.clock
    this.#fetch = o.fetch ?? ((input, init) => fetch(input, init))
    this.#now = o.now ?? (() => new Date())
    this.#policy = { initialMs: 1000, maxMs: 30_000, ...o.retry }
    // A local write (the writer names sync_status with its tables): send it now when connected.
    this.#stopListening = o.changes.on((event) => {
      if (event.tables.every((t) => t === syncStatusTopic)) return
      if (this.#run && !this.#run.stopped) this.#schedulePush()
    })
  }

  /** At app start: resumes syncing if this device has a session. */
  start(): void {
    const account = readAccount(this.#db)
    if (!account) return this.#set('signed-out', null)
    this.#auth = new AuthSession(new SyncApi(account.serverUrl, this.#fetch), this.o.secrets, () =>
      this.#now().getTime(),
    )
    if (!this.#auth.hasRefreshToken()) {
      resumeSearchIndex(this.#db.$client)
      return this.#set('signed-in-again-needed', 'Sign in again to sync this device.')
    }
    void this.#connect()
  }

  status(): SyncStatus {
    const device = readDevice(this.#db)
    const count = (sql: string) => (this.#replica.statement(sql).get() as { n: number }).n
    const bootstrapping = this.#state === 'bootstrapping' || (this.#run && !device.bootstrappedAt)
    return {
      state: this.#state,
      account: readAccount(this.#db),
      pending: this.o.outbox.count(),
      conflicts: count('select count(*) as n from sync_conflicts'),
      bootstrap: bootstrapping
        ? {
            done: this.#received(),
            total: this.#bootstrapTotal ?? 0,
          }
        : null,
      lastSyncedAt: device.lastSyncedAt,
      message: this.#message ?? this.#notice,
      retryAt: this.#retryAt?.toISOString() ?? null,
    }
  }

  async signIn(serverUrl: string, email: string, password: string): Promise<SyncStatus> {
    const api = new SyncApi(serverUrl, this.#fetch)
    const session = await api.signIn(email, password, `${hostname()} (desktop)`).catch((error) => {
      throw signInError(error, serverUrl)
    })
    this.#stopRun()
    let copy: string | null
    try {
      copy = prepareReplicaFor(this.o.outbox, session, this.o.dataFile, this.#now())
    } catch (error) {
      // Refused here (another account's unsent work): end the new session, resume the old.
      await api.signOut(session.refreshToken).catch(() => undefined)
      if (this.#auth?.hasRefreshToken()) void this.#connect()
      throw error
    }
    saveAccount(this.#db, serverUrl, session)
    this.#auth?.retire()
    this.#auth = new AuthSession(api, this.o.secrets, () => this.#now().getTime())
    this.#auth.adopt(session)
    this.#attempt = 0
    this.#notice = copy ? `What this computer held before signing in is kept in ${copy}.` : null
    void this.#connect()
    this.o.changes.emit(copy ? [...tables, syncStatusTopic] : [syncStatusTopic])
    return this.status()
  }

  async signOut(): Promise<SyncStatus> {
    this.#stopRun()
    await this.#auth?.signOut()
    this.#auth = null
    forgetServer(this.#db)
    resumeSearchIndex(this.#db.$client)
    this.#notice = null
    this.#set('signed-out', null)
    return this.status()
  }

  /** "Try now": skips the wait before the next attempt. */
  syncNow(): SyncStatus {
    if (this.#auth && this.#auth.hasRefreshToken() && !(this.#run && !this.#run.stopped)) {
      this.#attempt = 0
      void this.#connect()
    } else if (this.#run && !this.#run.stopped) this.#schedulePush()
    return this.status()
  }

  /** Sends pending changes soon (after a retried conflict, say). */
  nudge(): void {
    if (this.#run && !this.#run.stopped) this.#schedulePush()
    this.#announce()
  }

  /** Resolves when everything local reached the server and every shape is up to date. */
  whenSynced(): Promise<void> {
    if (this.#state === 'synced') return Promise.resolve()
    return new Promise((resolve) => this.#waiters.add(resolve))
  }

  /** Stops everything now (app quit, or a simulated crash in tests); safe to call twice. */
  close(): void {
    this.#closed = true
    this.#stopRun()
    this.#stopListening()
  }

  // ---- connecting ----

  async #connect(): Promise<void> {
    if (this.#closed || !this.#auth) return
    this.#stopRun()
    const bootstrapped = readDevice(this.#db).bootstrappedAt !== null
    const run: Run = { stopped: false, bootstrapped, reader: null, upToDate: new Set() }
    this.#run = run
    const auth = this.#auth
    if (!bootstrapped) pauseSearchIndex(this.#db.$client)
    // While offline, an attempt is not news: the state changes when the server answers.
    if (this.#state !== 'offline' && this.#state !== 'error')
      this.#set(bootstrapped ? 'syncing' : 'bootstrapping', null)
    try {
      const token = await auth.accessToken()
      if (!bootstrapped && this.#bootstrapTotal === null) {
        const counts = await auth.api.shapeCounts(token)
        this.#bootstrapTotal = Object.values(counts.tables).reduce((a, b) => a + b, 0)
      }
    } catch (error) {
      return this.#fail(run, error)
    }
    if (run.stopped) return
    run.reader = new ShapeReader({
      baseUrl: auth.api.baseUrl,
      fetch: this.#fetch,
      tables,
      replicaOf: `${this.#clock.deviceId}.${readAccount(this.#db)?.userId ?? ''}`,
      positions: this.#positions(),
      accessToken: () => auth.accessToken(),
      refresh: () => auth.refresh(),
      apply: (table, messages, position) => this.#applyBatch(run, table, messages, position),
      onFailure: (error) => this.#fail(run, error),
    })
    run.reader.start()
    this.#schedulePush()
  }

  /** Rows downloaded so far, across every shape: the bootstrap's progress. */
  #received(): number {
    const sum = 'select coalesce(sum(rows_received), 0) as n from sync_shapes'
    return (this.#replica.statement(sum).get() as { n: number }).n
  }

  #positions(): Map<string, ShapePosition> {
    const rows = this.#db.$client
      .prepare('select table_name as tableName, handle, offset from sync_shapes')
      .all() as { tableName: string; handle: string | null; offset: string }[]
    return new Map(
      rows.map((r) => [r.tableName, { offset: r.offset, handle: r.handle ?? undefined }]),
    )
  }

  #applyBatch(
    run: Run,
    table: string,
    messages: Message<Row<unknown>>[],
    position: ShapePosition,
  ): void {
    const result = applyShapeBatch(this.#replica, this.#clock, table, messages, position)
    if (result.refetched) run.upToDate.delete(table)
    if (result.upToDate) run.upToDate.add(table)
    this.#attempt = 0
    if (run.upToDate.size === tables.length && !run.bootstrapped) void this.#finishBootstrap(run)
    if (this.#bootstrapTotal !== null && !run.bootstrapped) {
      const done = this.#received()
      this.o.progress.emit({
        task: 'bootstrap',
        label: 'Downloading your workspace',
        done,
        total: Math.max(this.#bootstrapTotal, done),
      })
    }
    if (result.rows > 0 || result.refetched) this.o.changes.emit([table, syncStatusTopic])
    this.#settleState(run)
  }

  /**
   * The first download is complete: the search index is built once, in one transaction
   * (about 2 s for 300,000 rows on a slow machine, once in a device's life). The window
   * is told first, and gets a turn to show it, since main answers no call meanwhile.
   */
  async #finishBootstrap(run: Run): Promise<void> {
    if (this.#finishing) return
    this.#finishing = true
    try {
      const done = this.#received()
      this.o.progress.emit({
        task: 'bootstrap',
        label: 'Building the search index',
        done,
        total: done,
      })
      await new Promise((resolve) => setImmediate(resolve))
      if (run.stopped || this.#closed) return
      const sqlite = this.#db.$client
      sqlite.transaction(() => {
        rebuildSearchIndex(sqlite)
        sqlite
          .prepare('update device_state set bootstrapped_at = ? where id = 1')
          .run(this.#now().toISOString())
      })()
      run.bootstrapped = true
      this.o.changes.emit(['influencers', 'interactions', 'documents', syncStatusTopic])
      this.#settleState(run)
    } finally {
      this.#finishing = false
    }
  }

  // ---- pushing ----

  #schedulePush(): void {
    if (this.#pushing) {
      this.#pushAgain = true
      return
    }
    const run = this.#run
    if (!run || run.stopped || !this.#auth) return
    const auth = this.#auth
    this.#pushing = (async () => {
      // Yield first, so #pushing is set before the loop can finish and clear it.
      await Promise.resolve()
      try {
        do {
          this.#pushAgain = false
          while (!run.stopped && this.o.outbox.count() > 0) {
            if (this.#state === 'synced') this.#set('syncing', null)
            const batch = this.o.outbox.nextBatch(maxMutationsPerPush)
            const outcomes = await pushBatch(auth, this.#clock.deviceId, batch)
            // The answers hold even if this connection has ended since: record them.
            if (this.#closed) return
            const changed = this.o.outbox.settle(outcomes, this.#now().toISOString())
            this.#attempt = 0
            this.o.changes.emit([...changed, syncStatusTopic])
          }
        } while (this.#pushAgain && !run.stopped)
      } catch (error) {
        this.#fail(run, error)
      } finally {
        this.#pushing = null
      }
      this.#settleState(run)
      // A newer connection asked for a push while this one was finishing: start it now.
      const current = this.#run
      if (current && current !== run && !current.stopped) this.#schedulePush()
    })()
  }

  // ---- state ----

  /** synced once every shape is up to date and nothing waits to be sent. */
  #settleState(run: Run): void {
    if (run.stopped || this.#run !== run) return
    const done =
      run.upToDate.size === tables.length &&
      !this.#pushing &&
      !this.#finishing &&
      this.o.outbox.count() === 0
    if (done) {
      this.#db.$client
        .prepare('update device_state set last_synced_at = ? where id = 1')
        .run(this.#now().toISOString())
      this.#bootstrapTotal = null
      this.#set('synced', null)
    } else this.#set(run.bootstrapped ? 'syncing' : 'bootstrapping', null)
  }

  #fail(run: Run, raw: unknown): void {
    if (run.stopped || this.#run !== run || this.#closed) return
    this.#stopRun()
    const error = raw instanceof Error ? raw : new Error(String(raw))
    const pending = this.o.outbox.count()
    const waiting =
      pending > 0 ? ` ${pending} change${pending === 1 ? '' : 's'} will be sent then.` : ''
    if (error instanceof OfflineError) {
      this.#set('offline', `Working offline: the server cannot be reached.${waiting}`)
      return this.#retryLater()
    }
    if (error instanceof ServerError) {
      if (error.code === 'client_outdated') {
        resumeSearchIndex(this.#db.$client)
        return this.#set(
          'outdated',
          `${error.message} Your ${pending} unsent change${pending === 1 ? ' is' : 's are'} kept.`,
        )
      }
      if (sessionEndingCodes.has(error.code) || error.status === 401) {
        resumeSearchIndex(this.#db.$client)
        this.#auth?.forget()
        return this.#set('signed-in-again-needed', `${error.message}. Sign in again to sync.`)
      }
      this.#set('error', `The server refused to sync: ${error.message}.${waiting}`)
      return this.#retryLater()
    }
    this.o.logError('Sync failed', error)
    this.#set('error', `Sync stopped on an unexpected error (${error.message}); retrying.`)
    this.#retryLater()
  }

  #retryLater(): void {
    const delay = retryDelay(this.#policy, this.#attempt++, this.o.random ?? Math.random)
    this.#retryAt = new Date(this.#now().getTime() + delay)
    this.#timer = setTimeout(() => {
      this.#timer = null
      this.#retryAt = null
      void this.#connect()
    }, delay)
    this.#announce()
  }

  #stopRun(): void {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    this.#retryAt = null
    if (!this.#run) return
    this.#run.stopped = true
    this.#run.reader?.stop()
    this.#run = null
  }

  #set(state: SyncState, message: string | null): void {
    const changed = state !== this.#state || message !== this.#message
    this.#state = state
    this.#message = message
    if (state === 'synced') {
      for (const resolve of this.#waiters) resolve()
      this.#waiters.clear()
    }
    if (changed) this.#announce()
  }

  #announce(): void {
    if (!this.#closed) this.o.changes.emit([syncStatusTopic])
  }
}

/** Sign-in failures as the Settings form shows them. */
function signInError(error: unknown, serverUrl: string): CrmError {
  if (error instanceof OfflineError)
    return new CrmError('unavailable', `${error.message}. Check the address and your connection.`, {
      serverUrl: 'Cannot reach this server',
    })
  if (error instanceof ServerError) {
    if (error.code === 'invalid_credentials')
      return new CrmError('invalid_input', error.message, { password: error.message })
    if (error.code === 'client_outdated') return new CrmError('conflict', `${error.message}`)
    if (error.status === 403) return new CrmError('forbidden', error.message)
    if (error.status === 429) return new CrmError('unavailable', error.message)
    if (error.code === 'unexpected_answer' || error.code === 'unexpected')
      return new CrmError('invalid_input', error.message, {
        serverUrl: `${serverUrl} does not look like a CRM sync server`,
      })
    return new CrmError('invalid_input', error.message)
  }
  return new CrmError('internal', 'Signing in failed unexpectedly; try again.')
}
