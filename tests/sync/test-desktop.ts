import { mkdtempSync, rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import os from 'node:os'
import path from 'node:path'
import type { Channel, Input, Output } from '#shared/contract/index'
import { sourceMigrationsFolder } from '#main/core/paths'
import { startCore, type Core } from '#main/core/start-core'
import { callThrough } from '#main/core/test-core'
import { TestNetwork } from './test-network.ts'

export interface TestDesktop {
  core: Core
  dataDir: string
  network: TestNetwork
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>
  /** Reads the replica's file directly, on a connection of its own, as a user's tools would. */
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[]
  /** Stops the app as a crash would (nothing flushed, nothing said) and starts it again. */
  restart(): TestDesktop
  dispose(): void
}

export interface TestDesktopOptions {
  dataDir?: string
  network?: TestNetwork
  random?: () => number
  /** Demo influencers made on first start, as the app does for a newcomer. */
  demoInfluencers?: number
}

/**
 * A desktop as the sync tests need it: the real core on a real SQLite file, talking to a
 * real sync service over HTTP on 127.0.0.1 through a network that tests can cut and
 * disturb. Retries are quick, so offline stretches end within a test's patience.
 */
export function startTestDesktop(options: TestDesktopOptions = {}): TestDesktop {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'crm-desktop-'))
  const network = options.network ?? new TestNetwork()
  const core = startCore({
    dataDir,
    migrationsFolder: sourceMigrationsFolder,
    fetch: network.fetch,
    syncRetry: { initialMs: 50, maxMs: 400 },
    ...(options.random ? { random: options.random } : {}),
    demoInfluencers: options.demoInfluencers ?? 0,
    logError: (message, error) => console.error(message, error),
  })
  let reader: Database.Database | null = null
  const closeReader = () => {
    reader?.close()
    reader = null
  }
  const desktop: TestDesktop = {
    core,
    dataDir,
    network,
    call: callThrough(core.dispatch),
    query: <T>(sql: string, ...params: unknown[]) => {
      reader ??= new Database(core.dataFile, { readonly: true })
      return reader.prepare(sql).all(...params) as T[]
    },
    restart: () => {
      closeReader()
      core.close()
      return startTestDesktop({ ...options, dataDir, network })
    },
    dispose: () => {
      closeReader()
      core.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
  return desktop
}
