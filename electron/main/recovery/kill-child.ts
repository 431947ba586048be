/*
 * A process for the crash tests to kill: it writes to a real database file the way the app
 * does, tells the parent (one line on stdout) when it has reached the point to be killed
 * at, and then waits there for the SIGKILL. Run with `node --import tsx kill-child.ts`.
 *
 *   mid-write    <dataDir> <orgId> <rows>  one write transaction, killed before it commits
 *   after-commit <dataDir> <orgId> <rows>  the same transaction, killed right after commit
 *   app          <dataDir>                 the app's core: a few changes through its calls
 */
import { writeSync } from 'node:fs'
import path from 'node:path'
import { newId } from '#db/sqlite/ids'
import { openLocalDb } from '#db/sqlite/open'
import * as t from '#db/sqlite/schema/index'
import { ChangeBus } from '../core/change-bus.ts'
import { sourceMigrationsFolder } from '../core/paths.ts'
import { callThrough } from '../core/test-core.ts'
import { startCore } from '../core/start-core.ts'
import { Writer } from '../store/writer.ts'
import { DeviceClock } from '../sync/clock.ts'
import { Outbox } from '../sync/outbox.ts'
import { Replica } from '../sync/replica.ts'

const [mode, dataDir, orgId, rows] = process.argv.slice(2)
if (!mode || !dataDir) throw new Error('usage: kill-child.ts <mode> <dataDir> [orgId rows]')

const signal = (line: string) => writeSync(1, `${line}\n`)
// Blocks the thread without returning to the event loop: nothing runs until the kill.
const waitForKill = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000)

if (mode === 'app') {
  const core = startCore({
    dataDir,
    migrationsFolder: sourceMigrationsFolder,
    logError: () => {},
  })
  const call = callThrough(core.dispatch)
  for (const name of ['Ava Stone', 'Ben Ortiz', 'Cleo Park']) {
    await call('influencers.create', {
      name,
      primaryPlatform: 'instagram',
      followers: 12_000,
      // One change each (no pipeline card), so the count the test expects is plain.
      addToPipeline: false,
    })
  }
  signal('written')
  waitForKill()
} else {
  const { db } = openLocalDb({
    file: path.join(dataDir, 'crm.sqlite'),
    migrationsFolder: sourceMigrationsFolder,
  })
  const sqlite = db.$client
  const writer = new Writer(
    db,
    new ChangeBus(),
    new Outbox(new Replica(db), new DeviceClock(db, Date.now)),
  )
  const influencer = (name: string) => ({
    id: newId(),
    orgId: orgId!,
    name,
    primaryPlatform: 'tiktok',
    followers: 1000,
  })

  // Committed before the big write: must survive whatever happens to it.
  writer.write((tx) => {
    for (let n = 0; n < 5; n++) tx.insert(t.influencers, influencer(`Kept ${n}`))
  })
  // An empty log, and a tiny page cache so the transaction's pages spill into the log
  // file before it commits: the kill then lands with uncommitted frames on disk.
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  sqlite.pragma('cache_size = 8')

  writer.write((tx) => {
    for (let n = 0; n < Number(rows); n++) tx.insert(t.influencers, influencer(`Batch ${n}`))
    if (mode === 'mid-write') {
      signal('mid-write')
      waitForKill()
    }
  })
  signal('committed')
  waitForKill()
}
