import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { disabledUpdates, UpdateController, type UpdaterLike } from './update-controller.ts'

/**
 * Stands in for electron-updater's autoUpdater where the network release feed would be: the
 * test plays the events the real updater emits (it is an EventEmitter too) and records what
 * the controller asks of it.
 */
class FakeFeed extends EventEmitter implements UpdaterLike {
  autoDownload = false
  autoInstallOnAppQuit = false
  checks = 0
  installs: [boolean | undefined, boolean | undefined][] = []
  failNextCheck: Error | null = null

  checkForUpdates(): Promise<unknown> {
    this.checks++
    const error = this.failNextCheck
    this.failNextCheck = null
    if (error) {
      this.emit('error', error)
      return Promise.reject(error)
    }
    this.emit('checking-for-update')
    return Promise.resolve(null)
  }

  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.installs.push([isSilent, isForceRunAfter])
  }
}

function controller() {
  const feed = new FakeFeed()
  const lines: string[] = []
  const updates = new UpdateController(feed, {
    currentVersion: '1.0.0',
    now: () => new Date('2026-11-25T12:00:00Z'),
    log: {
      info: (m) => lines.push(`info ${m}`),
      error: (m, e) => lines.push(`error ${m} ${e instanceof Error ? e.message : ''}`),
    },
  })
  let changes = 0
  updates.onChange(() => changes++)
  return { feed, updates, lines, changes: () => changes }
}

const codeError = (message: string, code: string) => Object.assign(new Error(message), { code })

describe('the update state machine', () => {
  it('downloads in the background and installs only when the user restarts', async () => {
    const { feed, updates, changes } = controller()
    expect(feed.autoDownload).toBe(true)
    expect(feed.autoInstallOnAppQuit).toBe(true)
    expect(updates.status()).toMatchObject({ state: 'idle', currentVersion: '1.0.0' })

    expect(updates.check().state).toBe('checking')
    await Promise.resolve()
    expect(feed.checks).toBe(1)

    feed.emit('update-available', { version: '1.1.0' })
    expect(updates.status()).toMatchObject({
      state: 'downloading',
      version: '1.1.0',
      progress: { percent: 0 },
    })
    feed.emit('download-progress', { percent: 42.5, transferred: 42_500_000.4, total: 100_000_000 })
    expect(updates.status().progress).toEqual({
      percent: 42.5,
      transferred: 42_500_000,
      total: 100_000_000,
    })
    // Nothing restarts by itself, and a restart asked for too early does nothing.
    updates.restartToUpdate()
    expect(feed.installs).toEqual([])
    // Asking again while downloading does not start a second download.
    updates.check()
    expect(feed.checks).toBe(1)

    feed.emit('update-downloaded', { version: '1.1.0' })
    expect(updates.status()).toMatchObject({ state: 'ready', version: '1.1.0', progress: null })
    expect(feed.installs).toEqual([])
    updates.restartToUpdate()
    expect(feed.installs).toEqual([[false, true]])
    expect(changes()).toBeGreaterThanOrEqual(4) // each step re-reads in the window
  })

  it('says when the app is up to date', async () => {
    const { feed, updates } = controller()
    updates.check()
    await Promise.resolve()
    feed.emit('update-not-available', { version: '1.0.0' })
    expect(updates.status()).toMatchObject({
      state: 'up-to-date',
      version: null,
      checkedAt: '2026-11-25T12:00:00.000Z',
    })
  })

  it.each([
    [
      'a Windows installer not signed by the publisher',
      'ERR_UPDATER_INVALID_SIGNATURE',
      /is not signed by the publisher/,
    ],
    [
      'a download that does not match its sha512',
      'ERR_CHECKSUM_MISMATCH',
      /did not match the checksum/,
    ],
  ])('discards %s and says nothing was installed', (_what, code, said) => {
    const { feed, updates, lines } = controller()
    updates.check()
    feed.emit('update-available', { version: '1.1.0' })
    feed.emit('error', codeError('New version 1.1.0 is not signed by the application owner', code))
    const status = updates.status()
    expect(status.state).toBe('rejected')
    expect(status.message).toMatch(said)
    expect(status.message).toContain('Version 1.1.0')
    expect(status.message).toContain('nothing was installed')
    updates.restartToUpdate()
    expect(feed.installs).toEqual([])
    expect(lines.some((l) => l.startsWith('error Update 1.1.0 failed verification'))).toBe(true)
  })

  it('treats a macOS code signature mismatch as a failed verification too', () => {
    const { feed, updates } = controller()
    feed.emit('update-available', { version: '2.0.0' })
    feed.emit('error', new Error('Code signature at URL file:///… did not pass validation'))
    expect(updates.status().state).toBe('rejected')
  })

  it('logs a failed check and tries again on the next one', async () => {
    const { feed, updates, lines } = controller()
    feed.failNextCheck = new Error('net::ERR_INTERNET_DISCONNECTED')
    updates.check()
    await Promise.resolve()
    expect(updates.status()).toMatchObject({ state: 'error', version: null })
    expect(lines.at(-1)).toContain('net::ERR_INTERNET_DISCONNECTED')
    updates.check()
    expect(feed.checks).toBe(2)
    expect(updates.status().state).toBe('checking')
  })
})

describe('updates that do not run here', () => {
  it('report disabled with the reason, and never check or install', () => {
    const updates = disabledUpdates('1.0.0', 'Updates are managed by the desktop app.')
    for (const status of [updates.status(), updates.check(), updates.restartToUpdate()]) {
      expect(status).toEqual({
        state: 'disabled',
        currentVersion: '1.0.0',
        version: null,
        progress: null,
        message: 'Updates are managed by the desktop app.',
        checkedAt: null,
      })
    }
  })
})
