import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLocalDb, type LocalDb } from '#db/sqlite/open'
import { startTestCore, type TestCore } from '../core/test-core.ts'
import { DeviceClock } from './clock.ts'
import { ConflictInbox } from './conflicts.ts'
import { Outbox } from './outbox.ts'
import { applyShapeBatch } from './pull-apply.ts'
import { Replica } from './replica.ts'

/*
 * The rebase (DESIGN.md, sync section): a pull never hides what the user typed, a refused
 * change comes off the screen, and a change that lost to a later clock shows the winner.
 * The server's side is played by hand here; tests/sync runs it against the real service.
 */

let core: TestCore
let db: LocalDb
let replica: Replica
let outbox: Outbox
let influencerId: string

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
  // As if the server had acknowledged the insert: the row is the server's now.
  outbox.settle(
    outbox
      .nextBatch(10)
      .map((m) => ({ id: m.id, status: 'applied', overridden: [], assigned: {} })),
    new Date().toISOString(),
  )
})
afterEach(() => {
  db.$client.close()
  core.dispose()
})

const visible = () => replica.readRow('influencers', influencerId)!
/** The server's shape delivers one influencer row. */
const serverSends = (row: Record<string, unknown>, operation: 'insert' | 'update' = 'update') =>
  applyShapeBatch(
    replica,
    outbox.clock,
    'influencers',
    [{ key: `"public"."influencers"/"${String(row.id)}"`, value: row, headers: { operation } }],
    { offset: '5_0', handle: 'h' },
  )

describe('the rebase', () => {
  it('keeps an unsent edit on top of a pulled change to another field', async () => {
    expect(replica.getBase('influencers', influencerId)).toBeUndefined()
    await core.call('influencers.update', { id: influencerId, patch: { name: 'Ava Offline' } })
    const server = { ...visible(), name: 'Ava', followers: 500 }
    serverSends(server)
    expect(visible()).toMatchObject({ name: 'Ava Offline', followers: 500 })
    expect(replica.getBase('influencers', influencerId)?.row).toMatchObject({
      name: 'Ava',
      followers: 500,
    })
  })

  it('takes a refused change off the row and keeps it in the inbox', async () => {
    await core.call('influencers.update', { id: influencerId, patch: { name: 'Refused' } })
    const [m] = outbox.nextBatch(10)
    outbox.settle([{ id: m!.id, status: 'rejected', reason: 'forbidden', message: 'No' }], 'now')
    expect(visible().name).toBe('Ava')
    expect(replica.getBase('influencers', influencerId)).toBeUndefined()
    const [conflict] = new ConflictInbox(outbox).list()
    expect(conflict).toMatchObject({
      reason: 'forbidden',
      changes: { name: 'Refused' },
      label: 'Ava',
    })
  })

  it('shows the winner of a field that lost to a later clock', async () => {
    await core.call('influencers.update', {
      id: influencerId,
      patch: { name: 'Lost', followers: 42 },
    })
    const [m] = outbox.nextBatch(10)
    outbox.settle([{ id: m!.id, status: 'applied', overridden: ['name'], assigned: {} }], 'now')
    expect(visible()).toMatchObject({ name: 'Ava', followers: 42 })
  })

  it('refuses to retry an edit with a field the record does not have, changing nothing', async () => {
    await core.call('influencers.update', { id: influencerId, patch: { name: 'X' } })
    const [m] = outbox.nextBatch(10)
    outbox.settle([{ id: m!.id, status: 'rejected', reason: 'invalid', message: 'No' }], 'now')
    const inbox = new ConflictInbox(outbox)
    expect(() => inbox.retry(m!.id, { not_a_column: 1 })).toThrow(/no field not_a_column/)
    expect(inbox.list()).toHaveLength(1)
    expect(outbox.count()).toBe(0)
    inbox.retry(m!.id, { name: 'Edited' })
    expect(visible().name).toBe('Edited')
    expect(outbox.count()).toBe(1)
    expect(inbox.list()).toHaveLength(0)
  })
})

describe('unique values taken on both sides', () => {
  it('the server\u2019s row takes its place; the local one waits for the server\u2019s answer', async () => {
    const mine = await core.call('influencers.create', {
      name: 'Mine',
      email: 'same@example.com',
      primaryPlatform: 'instagram',
      followers: 1,
      addToPipeline: false,
    })
    const theirsId = '01a00000-0000-7000-8000-000000000001'
    const theirs = { ...replica.readRow('influencers', mine.id)!, id: theirsId, name: 'Theirs' }
    serverSends(theirs, 'insert')
    expect(replica.readRow('influencers', theirsId)?.name).toBe('Theirs')
    expect(replica.readRow('influencers', mine.id)).toBeNull()
    // The server refuses the local insert (the email is taken): it goes to the inbox.
    const [m] = outbox.nextBatch(10)
    outbox.settle(
      [{ id: m!.id, status: 'rejected', reason: 'invalid', message: 'Email taken' }],
      'now',
    )
    expect(replica.readRow('influencers', mine.id)).toBeNull()
    expect(new ConflictInbox(outbox).list()).toMatchObject([{ rowId: mine.id, label: 'Mine' }])
  })
})

describe('sign-in input', () => {
  it('names the field that is wrong and changes nothing', async () => {
    const refused = await core
      .call('sync.signIn', { serverUrl: 'ftp://example.com', email: 'not an email', password: '' })
      .catch((e: { code: string; fields: Record<string, string> }) => e)
    expect(refused).toMatchObject({ code: 'invalid_input' })
    expect(Object.keys((refused as { fields: Record<string, string> }).fields).sort()).toEqual([
      'email',
      'password',
      'serverUrl',
    ])
    expect((await core.call('sync.status', {})).state).toBe('signed-out')
  })
})
