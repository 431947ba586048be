import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

it('npm start without an Electron binary says so in one sentence and names dev:web', () => {
  // An empty folder stands in for a machine whose Electron download never happened.
  const empty = mkdtempSync(path.join(os.tmpdir(), 'no-electron-'))
  const result = spawnSync(process.execPath, ['scripts/start.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
  })
  expect(result.status).toBe(1)
  const lines = result.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^The Electron binary is not installed on this machine.*\.$/)
  expect(lines[0]).toContain('npm run dev:web')
  expect(result.stderr).not.toMatch(/\n\s+at /) // no stack trace
})
