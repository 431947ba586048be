// `npm start`: builds the app and opens the Electron window. Where the Electron binary is
// absent it says so in one sentence and points at the browser version instead.
import { spawnSync } from 'node:child_process'
import { downloadElectron, electronBinary } from './electron-binary.mjs'

const binary = electronBinary() ?? downloadElectron()
if (!binary) {
  console.error(
    'The Electron binary is not installed on this machine (its download from the Electron release server failed or was skipped), so the desktop window cannot open: run "npm run dev:web" to use the same app in your browser.',
  )
  process.exit(1)
}

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

run(process.execPath, ['scripts/electron-native.mjs'])
run(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'])
run(binary, ['.'])
