import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openLocalDb } from '#db/sqlite/open'
import { sourceMigrationsFolder } from '../core/paths.ts'
import { startCore } from '../core/start-core.ts'
import { callThrough, startTestCore } from '../core/test-core.ts'
import { runMarkerFile } from './run-marker.ts'

const child = path.join(import.meta.dirname, 'kill-child.ts')
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A data folder holding one agency, closed cleanly, for a child process to write into. */
function workspace() {
  const test = startTestCore()
  test.close()
  dirs.push(test.dataDir)
  return { dataDir: test.dataDir, orgId: test.orgId }
}

/**
 * Runs kill-child.ts in its own Node process and SIGKILLs it the moment it reports `line`:
 * no exit handler, no close, no checkpoint; what is on disk is what a crash leaves.
 */
async function killWhen(line: string, args: string[], atKill?: () => void): Promise<void> {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    proc.on('exit', (_code, signal) => resolve(signal)),
  )
  await new Promise<void>((resolve, reject) => {
    let out = ''
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.split('\n').includes(line)) resolve()
    })
    proc.on('exit', (code) =>
      reject(new Error(`the child exited (${code}) before "${line}": ${stderr}`)),
    )
  })
  atKill?.()
  proc.kill('SIGKILL')
  expect(await exited).toBe('SIGKILL')
}

function reopen(dataDir: string) {
  const { db } = openLocalDb({
    file: path.join(dataDir, 'crm.sqlite'),
    migrationsFolder: sourceMigrationsFolder,
  })
  const sqlite = db.$client
  const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n
  const result = {
    integrity: sqlite.pragma('integrity_check', { simple: true }),
    kept: count("select count(*) as n from influencers where name like 'Kept %'"),
    batch: count("select count(*) as n from influencers where name like 'Batch %'"),
    outbox: count("select count(*) as n from outbox where table_name = 'influencers'"),
  }
  sqlite.close()
  return result
}

describe('a process killed in the middle of a write', () => {
  it('leaves the database intact and the transaction absent: no row, no outbox entry', async () => {
    const { dataDir, orgId } = workspace()
    const wal = path.join(dataDir, 'crm.sqlite-wal')
    let walAtKill = 0
    await killWhen('mid-write', ['mid-write', dataDir, orgId, '3000'], () => {
      walAtKill = statSync(wal).size
    })
    // The write had reached the disk: its uncommitted pages were in the log when it died.
    expect(walAtKill).toBeGreaterThan(0)
    expect(reopen(dataDir)).toEqual({ integrity: 'ok', kept: 5, batch: 0, outbox: 5 })
  }, 120_000)

  it('keeps a transaction that committed just before the kill, whole', async () => {
    const { dataDir, orgId } = workspace()
    await killWhen('committed', ['after-commit', dataDir, orgId, '3000'])
    expect(reopen(dataDir)).toEqual({ integrity: 'ok', kept: 5, batch: 3000, outbox: 3005 })
  }, 120_000)
})

describe('the app after an unexpected exit', () => {
  it('says what it recovered, once, and nothing after a clean close', async () => {
    const { dataDir } = workspace()
    await killWhen('written', ['app', dataDir])
    expect(existsSync(runMarkerFile(dataDir))).toBe(true)

    const options = { dataDir, migrationsFolder: sourceMigrationsFolder, logError: () => {} }
    const core = startCore(options)
    const call = callThrough(core.dispatch)
    const report = await call('app.recovery', {})
    expect(report).toMatchObject({ intact: true, pendingChanges: 3, conflicts: 0 })
    expect(report?.previousStart).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(report?.message).toMatch(
      /^Recovered after an unexpected exit: the database is intact and 3 changes still waiting to sync were kept\./,
    )
    // The three changes are there to be seen and sent.
    const list = await call('influencers.list', { search: 'Cleo' })
    expect(list.rows.map((r) => r.name)).toEqual(['Cleo Park'])
    expect((await call('sync.status', {})).pending).toBe(3)

    // The log file a user can send says the same.
    expect(readFileSync(core.log.file, 'utf8')).toContain('did not close')

    // Shown once: dismissed, it is gone for this run...
    await call('app.dismissRecovery', {})
    expect(await call('app.recovery', {})).toBeNull()
    core.close()
    expect(existsSync(runMarkerFile(dataDir))).toBe(false)

    // ...and a start after a clean close has nothing to report.
    const again = startCore(options)
    expect(await callThrough(again.dispatch)('app.recovery', {})).toBeNull()
    again.close()
  }, 120_000)
})
