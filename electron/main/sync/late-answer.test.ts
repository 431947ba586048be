import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLocalDb, type LocalDb } from '#db/sqlite/open'
import type { MutationOutcome } from '#shared/sync/protocol'
import { startTestCore, type TestCore } from '../core/test-core.ts'
import { DeviceClock } from './clock.ts'
import { Outbox } from './outbox.ts'
import { applyShapeBatch, type ShapePosition } from './pull-apply.ts'
import { Replica } from './replica.ts'

/*
 * An applied answer and the pulled row (sync rules 4 and 8): the answer carries where the
 * write sits in the server's change log. If the table's shape has not read that far, the
 * write is folded into the row's base at once (the user sees no flicker back); if it has,
 * the pulled row already holds the write, and maybe a colleague's later change, and stays.
 * The server is played by hand; tests/sync/late-answer.test.ts runs the real one.
 */

let core: TestCore
let db: LocalDb
let replica: Replica
let outbox: Outbox
let influencerId: string
/** Handles are `<epoch>-<where the snapshot began>`. */
const epoch = '0b5e2e4c-1111-4222-8333-944455556666'
const handle = `${epoch}-40`

beforeEach(async () => {
  core = startTestCore()
  ;({ db } = openLocalDb({ file: core.dataFile, migrationsFolder: 'db/migrations/sqlite' }))
  replica = new Replica(db)
  outbox = new Outbox(replica, new DeviceClock(db, Date.now))
  const made = await core.call('influencers.create', {
    name: 'Ava',
    primaryPlatform: 'instagram',
    followers: 10,
    addToPipeline: false,
  })
  influencerId = made.id
  settleAll()
  // The shape has read the log up to commit 50, the row as it was then.
  serverSends({ ...visible() }, { offset: '50_0', handle })
})
afterEach(() => {
  db.$client.close()
  core.dispose()
})

const visible = () => replica.readRow('influencers', influencerId)!

const serverSends = (row: Record<string, unknown>, position: ShapePosition) =>
  applyShapeBatch(
    replica,
    outbox.clock,
    'influencers',
    [
      {
        key: `"public"."influencers"/"${String(row.id)}"`,
        value: row,
        headers: { operation: 'update' },
      },
    ],
    position,
  )

/** The server's answer to every queued change: applied, at `position` when given. */
function settleAll(position?: string) {
  const outcomes: MutationOutcome[] = outbox.nextBatch(10).map((m) => ({
    id: m.id,
    status: 'applied',
    overridden: [],
    assigned: {},
    ...(position === undefined ? {} : { position }),
  }))
  outbox.settle(outcomes, new Date().toISOString())
}

describe('an applied answer', () => {
  it('read before the pull brings the write: shows the write at once', async () => {
    await core.call('influencers.update', { id: influencerId, patch: { name: 'Mine' } })
    settleAll('51')
    expect(visible().name).toBe('Mine')
    expect(replica.getBase('influencers', influencerId)).toBeUndefined()
  })

  it('read after a pull brought a later change to the same field: shows the later change', async () => {
    await core.call('influencers.update', { id: influencerId, patch: { name: 'Mine' } })
    // The server applied "Mine" at 51; a colleague wrote "Theirs" at 52; the pull brought both.
    serverSends({ ...visible(), name: 'Theirs' }, { offset: '52_0', handle })
    expect(visible().name).toBe('Mine')
    settleAll('51')
    expect(visible().name).toBe('Theirs')
    expect(replica.getBase('influencers', influencerId)).toBeUndefined()
  })

  it('read when the shape has read exactly its commit: shows the pulled row', async () => {
    await core.call('influencers.update', { id: influencerId, patch: { name: 'Mine', bio: 'b' } })
    serverSends({ ...visible(), name: 'Mine', bio: 'b' }, { offset: '51_0', handle })
    settleAll('51')
    expect(visible()).toMatchObject({ name: 'Mine', bio: 'b' })
  })

  it('keeps the answers of later changes to the row pending on top of the pulled row', async () => {
    await core.call('influencers.update', { id: influencerId, patch: { name: 'Mine' } })
    await core.call('influencers.update', { id: influencerId, patch: { followers: 77 } })
    serverSends({ ...visible(), name: 'Theirs', followers: 10 }, { offset: '52_0', handle })
    const [first] = outbox.nextBatch(10)
    outbox.settle(
      [{ id: first!.id, status: 'applied', overridden: [], assigned: {}, position: '51' }],
      'now',
    )
    expect(visible()).toMatchObject({ name: 'Theirs', followers: 77 })
    expect(replica.getBase('influencers', influencerId)?.row).toMatchObject({ name: 'Theirs' })
  })

  it('from an older server, without a position: folds as before', async () => {
    await core.call('influencers.update', { id: influencerId, patch: { name: 'Mine' } })
    settleAll()
    expect(visible().name).toBe('Mine')
  })

  it('during a snapshot: folds when the snapshot began before the write, keeps the row after', async () => {
    await core.call('influencers.update', { id: influencerId, patch: { name: 'Before' } })
    // A refetch began at 48; its log part will bring the write (51) and what follows.
    serverSends({ ...visible(), name: 'Ava' }, { offset: '0_12345', handle: `${epoch}-48` })
    settleAll('51')
    expect(visible().name).toBe('Before')

    await core.call('influencers.update', { id: influencerId, patch: { name: 'Mine' } })
    // A snapshot that began at 60 read the row after the write and a later change.
    serverSends({ ...visible(), name: 'Theirs' }, { offset: '0_12345', handle: `${epoch}-60` })
    settleAll('55')
    expect(visible().name).toBe('Theirs')
  })
})
