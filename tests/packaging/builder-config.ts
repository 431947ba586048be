import { createRequire } from 'node:module'
import type { Configuration } from 'electron-builder'
import { repoRoot } from '#main/core/paths'

// electron-builder's own loader and validator (app-builder-lib is what the CLI runs), so the
// tests see electron-builder.yml exactly as `electron-builder --config` would, no packaging.
const require = createRequire(import.meta.url)
const config = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(
    projectDir: string,
    configPath: string | null,
    fromOptions: null,
  ): Promise<Configuration>
  validateConfiguration(
    config: Configuration,
    logger: { isEnabled: boolean; add(): void },
  ): Promise<void>
}
const macros = require('app-builder-lib/out/util/macroExpander.js') as {
  expandMacro(pattern: string, arch: string | null, appInfo: object): string
}

export const loadBuilderConfig = () => config.getConfig(repoRoot, 'electron-builder.yml', null)

/** Throws electron-builder's own "Invalid configuration object" error for a bad config. */
export const validateBuilderConfig = (c: Configuration) =>
  config.validateConfiguration(c, { isEnabled: false, add: () => {} })

/** A `${env.X}` pattern as electron-builder expands it at build time. */
export const expandBuilderMacro = (pattern: string) => macros.expandMacro(pattern, null, {})
