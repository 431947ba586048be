import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root when running from source (tests, the test host, `npm start`). */
export const repoRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..')
export const sourceMigrationsFolder = path.join(repoRoot, 'db/migrations/sqlite')
