import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const electronDir = path.dirname(require.resolve('electron/package.json'))

/**
 * Path of the Electron binary, or null when it is absent. Read the way electron's own
 * index.js does (path.txt, ELECTRON_OVERRIDE_DIST_PATH), without its side effect: a
 * require('electron') starts a download when the binary is missing.
 */
export function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt')
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : ''
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const binary = override
    ? path.join(override, name || 'electron')
    : name && path.join(electronDir, 'dist', name)
  return binary && existsSync(binary) ? binary : null
}

/** Electron 45 downloads its binary on first use rather than at install; do it quietly. */
export function downloadElectron() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return null
  console.log('Downloading the Electron binary (once)...')
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'pipe' })
  return electronBinary()
}

export const electronVersion = () => require('electron/package.json').version
