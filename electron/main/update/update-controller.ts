import type { UpdateStatus } from '#shared/contract/index'

/*
 * The update state machine, as plain Node. electron-updater's autoUpdater is reached only
 * through UpdaterLike, so the states and what the user sees are tested with an
 * EventEmitter standing in for the release feed; the shell passes the real autoUpdater.
 */

export interface ProgressInfo {
  percent: number
  transferred: number
  total: number
}

/** The events of electron-updater's AppUpdater this controller follows. */
export interface UpdaterEvents {
  'checking-for-update': () => void
  'update-available': (info: { version: string }) => void
  'update-not-available': (info: { version: string }) => void
  'download-progress': (info: ProgressInfo) => void
  /** Emitted only after the download passed verification (see docs/RELEASING.md). */
  'update-downloaded': (info: { version: string }) => void
  error: (error: Error) => void
}

/** The part of electron-updater's AppUpdater the controller drives. */
export interface UpdaterLike {
  autoDownload: boolean
  autoInstallOnAppQuit: boolean
  checkForUpdates(): Promise<unknown>
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void
  on(event: 'checking-for-update', listener: UpdaterEvents['checking-for-update']): unknown
  on(event: 'update-available', listener: UpdaterEvents['update-available']): unknown
  on(event: 'update-not-available', listener: UpdaterEvents['update-not-available']): unknown
  on(event: 'download-progress', listener: UpdaterEvents['download-progress']): unknown
  on(event: 'update-downloaded', listener: UpdaterEvents['update-downloaded']): unknown
  on(event: 'error', listener: UpdaterEvents['error']): unknown
}

/** What the app service needs from updates, whether they run here or not. */
export interface UpdateSource {
  status(): UpdateStatus
  /** Asks the update server now; answers the status at once (the check runs on). */
  check(): UpdateStatus
  /** Quits and installs; refused unless a verified update is ready. */
  restartToUpdate(): UpdateStatus
  onChange(listener: () => void): () => void
}

/** Updates that never run here: the test host, a build from source, a policy that says off. */
export function disabledUpdates(currentVersion: string, reason: string): UpdateSource {
  const status: UpdateStatus = {
    state: 'disabled',
    currentVersion,
    version: null,
    progress: null,
    message: reason,
    checkedAt: null,
  }
  return {
    status: () => status,
    check: () => status,
    restartToUpdate: () => status,
    onChange: () => () => {},
  }
}

export interface ControllerOptions {
  currentVersion: string
  log: { info(message: string): void; error(message: string, error?: unknown): void }
  now?: () => Date
}

const verificationFailures: Record<string, string> = {
  ERR_UPDATER_INVALID_SIGNATURE:
    'is not signed by the publisher of Influencer CRM, so it was discarded and nothing was installed',
  ERR_CHECKSUM_MISMATCH:
    'did not match the checksum its release published, so it was discarded and nothing was installed',
}

export class UpdateController implements UpdateSource {
  readonly #updater: UpdaterLike
  readonly #options: ControllerOptions
  readonly #listeners = new Set<() => void>()
  #status: UpdateStatus
  #timers: NodeJS.Timeout[] = []

  constructor(updater: UpdaterLike, options: ControllerOptions) {
    this.#updater = updater
    this.#options = options
    this.#status = {
      state: 'idle',
      currentVersion: options.currentVersion,
      version: null,
      progress: null,
      message: null,
      checkedAt: null,
    }
    // Download in the background; install when the user restarts, or else when they quit.
    updater.autoDownload = true
    updater.autoInstallOnAppQuit = true
    updater.on('checking-for-update', () => this.#set({ state: 'checking', message: null }))
    updater.on('update-not-available', () =>
      this.#set({ state: 'up-to-date', version: null, progress: null, checkedAt: this.#now() }),
    )
    updater.on('update-available', (info) => {
      options.log.info(`Update ${info.version} found; downloading it.`)
      this.#set({
        state: 'downloading',
        version: info.version,
        progress: { percent: 0, transferred: 0, total: 0 },
        checkedAt: this.#now(),
      })
    })
    updater.on('download-progress', (info) =>
      this.#set({
        state: 'downloading',
        progress: {
          percent: Math.min(100, Math.max(0, info.percent)),
          transferred: Math.round(info.transferred),
          total: Math.round(info.total),
        },
      }),
    )
    updater.on('update-downloaded', (info) => {
      options.log.info(`Update ${info.version} downloaded and verified; waiting for a restart.`)
      this.#set({ state: 'ready', version: info.version, progress: null, message: null })
    })
    updater.on('error', (error) => this.#failed(error))
  }

  status(): UpdateStatus {
    return this.#status
  }

  check(): UpdateStatus {
    // A verified update is waiting, or one is on its way: asking again changes nothing.
    if (this.#status.state === 'ready' || this.#status.state === 'downloading') return this.#status
    this.#set({ state: 'checking', message: null })
    // Failures also arrive as 'error' events; the rejection is handled there.
    this.#updater.checkForUpdates().catch(() => {})
    return this.#status
  }

  restartToUpdate(): UpdateStatus {
    if (this.#status.state !== 'ready') return this.#status
    this.#options.log.info(`Restarting to install ${this.#status.version ?? 'the update'}.`)
    // Not silent, and the app opens again when the installer is done.
    this.#updater.quitAndInstall(false, true)
    return this.#status
  }

  /** Checks a little after start (the window first), then every few hours. */
  schedule({ firstAfterMs = 15_000, everyMs = 4 * 60 * 60 * 1000 } = {}): void {
    const first = setTimeout(() => this.check(), firstAfterMs)
    const every = setInterval(() => this.check(), everyMs)
    first.unref()
    every.unref()
    this.#timers.push(first, every)
  }

  stop(): void {
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers = []
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  #failed(error: Error): void {
    const code = (error as { code?: unknown }).code
    // Squirrel.Mac reports a code signature that does not match the running app in words.
    const failure =
      (typeof code === 'string' ? verificationFailures[code] : undefined) ??
      (/code signature|did not pass validation/i.test(error.message)
        ? verificationFailures.ERR_UPDATER_INVALID_SIGNATURE
        : undefined)
    if (failure && this.#status.version) {
      this.#options.log.error(`Update ${this.#status.version} failed verification`, error)
      this.#set({
        state: 'rejected',
        progress: null,
        message: `Version ${this.#status.version} ${failure}.`,
      })
      return
    }
    this.#options.log.error('Update check or download failed', error)
    this.#set({
      state: 'error',
      version: null,
      progress: null,
      message: 'Checking for updates did not work this time; the app tries again later.',
      checkedAt: this.#now(),
    })
  }

  #now(): string {
    return (this.#options.now?.() ?? new Date()).toISOString()
  }

  #set(patch: Partial<UpdateStatus>): void {
    this.#status = { ...this.#status, ...patch }
    for (const listener of this.#listeners) listener()
  }
}
