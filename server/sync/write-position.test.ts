import { beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import type { MutationOutcome } from '#shared/sync/protocol'
import { databaseKinds, type TestDatabase } from '../testing/database.ts'
import { useSyncFixture } from '../testing/fixture.ts'
import { readShape, type Agency, type TestDevice } from '../testing/server.ts'

// The position of an applied outcome (server/PROTOCOL.md, section 3): where the write sits
// in the change log, in the numbers the shapes' offsets count in, the same on a resend, and
// before any later change to the row. A device relies on it to tell a pulled row that
// already holds its write (and maybe newer changes) from one that does not yet.

const positionOf = (outcome: MutationOutcome | undefined): bigint => {
  if (outcome?.status !== 'applied' || outcome.position === undefined)
    throw new Error(`expected an applied outcome with a position, got ${JSON.stringify(outcome)}`)
  return BigInt(outcome.position)
}

describe.each(databaseKinds)('applied positions on %s', (kind) => {
  const f = useSyncFixture(kind)
  let db: TestDatabase
  let a: Agency
  let member: TestDevice
  let teammate: TestDevice

  beforeAll(async () => {
    ;({ db, north: a } = f)
    member = await f.device(a.member)
    teammate = await f.device(a.admin)
  })

  /** The commit sequence number of the row's newest change-log entry. */
  const loggedAt = async (id: string) => {
    const [found] = await db.sql.query<{ seq: string }>(
      `select t.commit_seq::text as seq from change_log c join sync_txns t on t.xid = c.xid
        where c.table_name = 'influencers' and c.row_id = $1 order by c.id desc limit 1`,
      [id],
    )
    return BigInt(found!.seq)
  }

  it('is the commit of the write, the same on a resend, and before a later change', async () => {
    const id = uuidv7()
    const insert = member.mutation('influencers', id, 'insert', { id, name: 'Ines Ortega' })
    const [first] = await member.push(insert)
    expect(positionOf(first)).toBe(await loggedAt(id))

    const [later] = await teammate.push(
      teammate.mutation('influencers', id, 'update', { bio: 'later' }),
    )
    expect(positionOf(later)).toBe(await loggedAt(id))
    expect(positionOf(later)).toBeGreaterThan(positionOf(first))

    // The answer was lost; the resend is answered as recorded, with the first write's position.
    expect(await member.push(insert)).toEqual([first])

    // A shape read to now has passed both: its offset counts in the same numbers.
    const { rows, position } = await readShape(member, 'influencers')
    expect(rows.get(id)?.bio).toBe('later')
    const [seq] = position.offset.split('_')
    expect(BigInt(seq!)).toBeGreaterThanOrEqual(positionOf(later))
  })

  it('of a change that wrote nothing is no earlier than the row as it decided on it', async () => {
    const id = uuidv7()
    await member.push(member.mutation('influencers', id, 'insert', { id, name: 'Jon Park' }))
    const newer = teammate.mutation('influencers', id, 'update', { name: 'Jon Park-Lee' })
    const older = member.mutation('influencers', id, 'update', { name: 'Jon P.' })
    older.clocks.name = `${String(Date.now() - 60_000).padStart(13, '0')}-00000-${member.deviceId}`
    await teammate.push(newer)
    const [lost] = await member.push(older)
    expect(lost).toMatchObject({ status: 'applied', overridden: ['name'] })
    expect(positionOf(lost)).toBeGreaterThanOrEqual(await loggedAt(id))
  })

  it('is left off a refusal, and numbers a batch\u2019s applied writes alike', async () => {
    const one = uuidv7()
    const two = uuidv7()
    const batch = [
      member.mutation('influencers', one, 'insert', { id: one, name: 'Kai One' }),
      member.mutation('influencers', uuidv7(), 'update', { name: 'ghost' }),
      member.mutation('influencers', two, 'insert', { id: two, name: 'Kai Two' }),
    ]
    const results = await member.push(...batch)
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied'])
    expect(results[1]).not.toHaveProperty('position')
    expect(positionOf(results[0])).toBe(positionOf(results[2]))
    expect(positionOf(results[2])).toBe(await loggedAt(two))
    expect(await member.push(...batch)).toEqual(results)
  })
})

describe('applied positions behind a real Electric service', () => {
  // Its offsets count WAL positions, not our commits: a device must get nothing to compare.
  const f = useSyncFixture('pglite', { electricUrl: 'http://127.0.0.1:9' })

  it('are left off, so the device folds its write as before', async () => {
    const member = await f.device(f.north.member)
    const id = uuidv7()
    const insert = member.mutation('influencers', id, 'insert', { id, name: 'Lea Stone' })
    const [first] = await member.push(insert)
    expect(first).toMatchObject({ status: 'applied' })
    expect(first).not.toHaveProperty('position')
    expect(await member.push(insert)).toEqual([first])
  })
})
