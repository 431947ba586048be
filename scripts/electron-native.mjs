// Builds better-sqlite3 for Electron's ABI into .electron-native/<version>/, a folder of its
// own, so node_modules keeps the Node build that tests and the test host use. The app
// loads this copy through better-sqlite3's `nativeBinding` option.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { electronVersion } from './electron-binary.mjs'

const version = electronVersion()
const root = path.resolve('.electron-native', version)
const binding = path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')

if (existsSync(binding) && !process.argv.includes('--force')) {
  console.log(`better-sqlite3 for Electron ${version} is already built (${binding}).`)
  process.exit(0)
}

rmSync(root, { recursive: true, force: true })
mkdirSync(path.join(root, 'node_modules'), { recursive: true })
cpSync('node_modules/better-sqlite3', path.join(root, 'node_modules/better-sqlite3'), {
  recursive: true,
  filter: (src) => !src.includes(`${path.sep}build${path.sep}`),
})
for (const dep of ['bindings', 'file-uri-to-path']) {
  if (existsSync(`node_modules/${dep}`)) {
    cpSync(`node_modules/${dep}`, path.join(root, 'node_modules', dep), { recursive: true })
  }
}
writeFileSync(
  path.join(root, 'package.json'),
  JSON.stringify({
    name: 'electron-native',
    private: true,
    dependencies: { 'better-sqlite3': '*' },
  }),
)

// The rebuild runs in a child so its tool output goes to a log file, not over our sentence.
const cli = createRequire(import.meta.url).resolve('@electron/rebuild/lib/cli.js')
const result = spawnSync(
  process.execPath,
  [cli, '--version', version, '--module-dir', root, '--only', 'better-sqlite3', '--force'],
  { encoding: 'utf8' },
)
if (result.status === 0 && existsSync(binding)) {
  // A fixed path for electron-builder's extraResources, whatever the version.
  mkdirSync(path.resolve('.electron-native/current'), { recursive: true })
  cpSync(binding, path.resolve('.electron-native/current/better_sqlite3.node'))
  console.log(`Built better-sqlite3 for Electron ${version}: ${binding}`)
} else {
  const log = path.resolve('.electron-native', 'rebuild.log')
  writeFileSync(log, `${result.stdout ?? ''}\n${result.stderr ?? ''}`)
  rmSync(root, { recursive: true, force: true })
  console.error(
    `Could not build better-sqlite3 for Electron ${version}, most likely because Electron's headers cannot be downloaded from this machine (details in ${log}); the Node build in node_modules is untouched, so tests and "npm run dev:web" still work.`,
  )
  process.exit(1)
}
