import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sourceMigrationsFolder } from './paths.ts'
import { startCore, type Core } from './start-core.ts'

/** A core on a real SQLite file in a fresh temp folder, for tests. */
export function startTestCore(demoInfluencers = 30): Core & { dataDir: string; dispose(): void } {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'crm-core-'))
  const core = startCore({
    dataDir,
    migrationsFolder: sourceMigrationsFolder,
    demoInfluencers,
    logError: () => {},
  })
  return {
    ...core,
    dataDir,
    dispose: () => {
      core.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
