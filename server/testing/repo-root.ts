import { fileURLToPath } from 'node:url'

/** The repository's root folder, for suites that run the project's own commands. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
