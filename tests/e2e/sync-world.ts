import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { openDatabase } from '#server/db/open'
import type { Sql } from '#server/db/sql'
import { createAgency, startTestServer, type Agency, type TestServer } from '#server/testing/server'
import { startHost, type Host } from '../host/server.ts'
import { TestNetwork } from '../sync/test-network.ts'

/**
 * One desktop in a sync journey: the test host (the core main runs) on its own data
 * folder and its own cuttable wire to the sync service, shown in its own browser window.
 */
export interface Desktop {
  name: string
  host: Host
  network: TestNetwork
  dataDir: string
  context: BrowserContext
  page: Page
  /** Page errors and console errors seen in this window. */
  errors: string[]
}

/** The sync service on an in-memory PGlite, with one agency, and the desktops around it. */
export interface SyncWorld {
  sql: Sql
  server: TestServer
  agency: Agency
  desktops: Desktop[]
  /** Opens another desktop window on a fresh data folder. */
  desktop(browser: Browser, name: string): Promise<Desktop>
  close(): Promise<void>
}

export async function startSyncWorld(): Promise<SyncWorld> {
  // What server/testing/database.ts's openTestDatabase('pglite') does; that module imports
  // vitest (for the PostgreSQL variant), which cannot load outside a vitest run.
  const sql = await openDatabase({ kind: 'pglite' })
  const server = await startTestServer(sql)
  const agency = await createAgency(sql, 'North')
  const desktops: Desktop[] = []
  return {
    sql,
    server,
    agency,
    desktops,
    async desktop(browser, name) {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), `crm-e2e-${name}-`))
      const network = new TestNetwork()
      const host = await startHost({
        dataDir,
        fetch: network.fetch,
        // Quick enough that a reconnection shows within a test's patience, slow enough that
        // an offline window is not spent retrying.
        syncRetry: { initialMs: 300, maxMs: 1500 },
        logError: (message, error) => console.error(`[${name}] ${message}`, error),
      })
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
      })
      const d: Desktop = { name, host, network, dataDir, context, page, errors }
      desktops.push(d)
      return d
    },
    async close() {
      for (const d of desktops.splice(0)) {
        await d.context.close().catch(() => undefined)
        await d.host.close().catch(() => undefined)
        rmSync(d.dataDir, { recursive: true, force: true })
      }
      await server.close()
      await sql.close()
    },
  }
}
