import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { asc } from 'drizzle-orm'
import { seedDemoData } from '#db/demo/seed'
import { openLocalDb } from '#db/sqlite/open'
import * as t from '#db/sqlite/schema'
import { CrmError } from '#shared/contract/index'
import { createHandlers } from '../services/handlers.ts'
import { ChangeBus } from './change-bus.ts'
import { createDispatch, type Dispatch } from './dispatch.ts'

export interface CoreOptions {
  /** The user's data folder: Electron's userData, or the test host's folder. */
  dataDir: string
  migrationsFolder: string
  nativeBinding?: string | undefined
  /** Influencers to make on first start of an empty database; 0 leaves it empty. */
  demoInfluencers?: number
  logError?: (message: string, error: unknown) => void
}

export interface Core {
  dispatch: Dispatch
  onChange: ChangeBus['on']
  dataFile: string
  close(): void
}

/**
 * Everything stateful in main, as plain Node: the Electron shell and the browser test
 * host both start exactly this, so what the tests exercise is what the app runs.
 */
export function startCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true })
  const dataFile = path.join(options.dataDir, 'crm.sqlite')
  const db = openLocalDb({
    file: dataFile,
    migrationsFolder: options.migrationsFolder,
    nativeBinding: options.nativeBinding,
  })
  const firstOrg = () =>
    db
      .select({ id: t.organizations.id })
      .from(t.organizations)
      .orderBy(asc(t.organizations.createdAt))
      .get()
  if (!firstOrg() && (options.demoInfluencers ?? 0) > 0) {
    seedDemoData(db, { influencers: options.demoInfluencers ?? 0 })
  }
  const changes = new ChangeBus()
  const orgId = () => {
    const org = firstOrg()
    if (!org)
      throw new CrmError('not_found', 'This workspace is empty: sign in or load demo data first.')
    return org.id
  }
  const handlers = createHandlers({ db, changes, dataFile, orgId })
  const logError = options.logError ?? ((message, error) => console.error(message, error))
  return {
    dispatch: createDispatch(handlers, { logError }),
    onChange: (listener) => changes.on(listener),
    dataFile,
    close: () => db.$client.close(),
  }
}
