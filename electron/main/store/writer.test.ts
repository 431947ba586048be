import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newId } from '#db/sqlite/ids'
import { openLocalDb, type LocalDb } from '#db/sqlite/open'
import * as t from '#db/sqlite/schema/index'
import { startTestCore, type TestCore } from '../core/test-core.ts'
import { ChangeBus } from '../core/change-bus.ts'
import { DeviceClock } from '../sync/clock.ts'
import { Outbox } from '../sync/outbox.ts'
import { Replica } from '../sync/replica.ts'
import { Writer } from './writer.ts'

let core: TestCore
let db: LocalDb
let writer: Writer
let events: string[][]

beforeEach(() => {
  core = startTestCore()
  // A second connection to the same file, as a worker would have: the writer under test.
  ;({ db } = openLocalDb({ file: core.dataFile, migrationsFolder: 'db/migrations/sqlite' }))
  const bus = new ChangeBus()
  events = []
  bus.on((e) => events.push(e.tables))
  writer = new Writer(db, bus, new Outbox(new Replica(db), new DeviceClock(db, Date.now)))
})
afterEach(() => {
  db.$client.close()
  core.dispose()
})

/** Every table's row count and the outbox: "as it was" means all of these unchanged. */
const snapshot = () =>
  Object.fromEntries(
    (
      db.$client
        .prepare(
          "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%search%'",
        )
        .all() as { name: string }[]
    ).map(({ name }) => [
      name,
      (db.$client.prepare(`select count(*) n from "${name}"`).get() as { n: number }).n,
    ]),
  )

const influencer = (extra: Partial<typeof t.influencers.$inferInsert> = {}) => ({
  id: newId(),
  orgId: core.orgId,
  name: 'Ava',
  ...extra,
})

describe('the write path, behind zod: the database refuses bad rows and keeps nothing of them', () => {
  it.each([
    [
      'an unknown enum value',
      () => ({ primaryPlatform: 'myspace' }),
      'The change breaks the rule "influencers_platform_check".',
    ],
    [
      'negative followers',
      () => ({ followers: -1 }),
      'The change breaks the rule "influencers_followers_check".',
    ],
    [
      'a reference to a missing organization',
      () => ({ orgId: newId() }),
      'influencers.org_id refers to a organizations row that does not exist',
    ],
  ])('%s', (_what, bad, message) => {
    const before = snapshot()
    // A good row first, in the same transaction: it must roll back with the bad one.
    expect(() =>
      writer.write((tx) => {
        tx.insert(t.influencers, influencer({ name: 'Good' }))
        tx.insert(t.influencers, influencer(bad()))
      }),
    ).toThrow(message)
    expect(snapshot()).toEqual(before)
    expect(events).toEqual([])
  })

  it('negative money on an offer', () => {
    const campaign = writer.write((tx) =>
      tx.insert(t.campaigns, { id: newId(), orgId: core.orgId, name: 'C' }),
    )
    const ava = writer.write((tx) => tx.insert(t.influencers, influencer()))
    const before = snapshot()
    expect(() =>
      writer.write((tx) =>
        tx.insert(t.offers, {
          id: newId(),
          orgId: core.orgId,
          campaignId: campaign.id,
          influencerId: ava.id,
          price: -100,
        }),
      ),
    ).toThrow('The change breaks the rule "offers_price_check".')
    expect(snapshot()).toEqual(before)
  })

  it('a duplicate unique value', () => {
    writer.write((tx) => tx.insert(t.influencers, influencer({ email: 'ava@example.com' })))
    const before = snapshot()
    expect(() =>
      writer.write((tx) => tx.insert(t.influencers, influencer({ email: 'ava@example.com' }))),
    ).toThrow('Another influencer already has this email address.')
    expect(snapshot()).toEqual(before)
  })

  it('a second active offer for one influencer in one campaign (seed 001)', () => {
    const campaign = writer.write((tx) =>
      tx.insert(t.campaigns, { id: newId(), orgId: core.orgId, name: 'C' }),
    )
    const ava = writer.write((tx) => tx.insert(t.influencers, influencer()))
    const offer = () => ({
      id: newId(),
      orgId: core.orgId,
      campaignId: campaign.id,
      influencerId: ava.id,
      price: 100,
    })
    writer.write((tx) => tx.insert(t.offers, offer()))
    expect(() => writer.write((tx) => tx.insert(t.offers, offer()))).toThrow(
      'already has an active offer',
    )
    // A closed offer does not count.
    writer.write((tx) => tx.insert(t.offers, { ...offer(), status: 'rejected' }))
  })
})

describe('the outbox', () => {
  it('records each write with the stored column names, only the changed fields on update', () => {
    const id = newId()
    writer.write((tx) => tx.insert(t.influencers, influencer({ id, followers: 10 })))
    writer.write((tx) => tx.update(t.influencers, id, { followers: 20 }))
    writer.write((tx) => tx.remove(t.influencers, id))
    const entries = db.select().from(t.outbox).where(eq(t.outbox.rowId, id)).all()
    expect(entries.map((e) => e.op)).toEqual(['insert', 'update', 'delete'])
    expect(entries[0]!.changes).toMatchObject({
      id,
      org_id: core.orgId,
      name: 'Ava',
      followers: 10,
      niche_tags: [],
    })
    expect(Object.keys(entries[1]!.changes).sort()).toEqual(['followers', 'updated_at'])
    expect(Object.keys(entries[2]!.changes)).toEqual(['deleted_at'])
    expect(new Set(entries.map((e) => e.mutationId)).size).toBe(3)
    // Every changed column carries a clock, each write's later than the one before.
    for (const entry of entries)
      expect(Object.keys(entry.clocks).sort()).toEqual(Object.keys(entry.changes).sort())
    const stamps = entries.map((e) => Object.values(e.clocks)[0]!)
    expect([...stamps].sort()).toEqual(stamps)
    expect(new Set(stamps).size).toBe(3)
    expect(events).toEqual(Array(3).fill(['influencers', 'sync_status']))
  })
})
