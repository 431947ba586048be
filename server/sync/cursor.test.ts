import pg from 'pg'
import { uuidv7 } from 'uuidv7'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useSyncFixture } from '../testing/fixture.ts'
import { readShape, type TestDevice } from '../testing/server.ts'

// Sync rule 3: the pull cursor never skips a committed change, even when transactions
// commit out of order. This needs concurrent transactions, which only a PostgreSQL server
// has (PGlite runs one connection), so this suite runs on the real server alone.

describe('the pull cursor on PostgreSQL', () => {
  const f = useSyncFixture('postgres', { shapePageSize: 7 })
  let device: TestDevice
  const clients: pg.Client[] = []

  beforeAll(async () => {
    device = await f.device(f.north.member)
  })
  afterAll(() => Promise.all(clients.map((c) => c.end().catch(() => {}))))

  const connect = async () => {
    const client = new pg.Client({ connectionString: f.db.url })
    await client.connect()
    clients.push(client)
    return client
  }
  const insert = (client: pg.Client, name: string) =>
    client.query(`insert into influencers (id, org_id, name) values ($1, $2, $3)`, [
      uuidv7(),
      f.north.orgId,
      name,
    ])
  const names = (rows: Map<string, Record<string, unknown>>) =>
    [...rows.values()].map((r) => r.name).sort()

  it('delivers a transaction that began first but committed after a later one was read', async () => {
    const start = await readShape(device, 'influencers')
    const slow = await connect()
    const fast = await connect()
    await slow.query('begin')
    const xidOf = async (client: pg.Client) =>
      BigInt(
        (await client.query<{ xid: string }>('select pg_current_xact_id()::text as xid')).rows[0]!
          .xid,
      )
    const slowXid = await xidOf(slow)
    await insert(slow, 'slow')
    await fast.query('begin')
    await insert(fast, 'fast')
    const fastXid = await xidOf(fast)
    await fast.query('commit')
    // A cursor by transaction id would now stand past the slow transaction's id.
    expect(slowXid).toBeLessThan(fastXid)

    const middle = await readShape(device, 'influencers', start.position)
    expect(names(middle.rows)).toEqual(['fast'])
    await slow.query('commit')
    const end = await readShape(device, 'influencers', middle.position)
    expect(names(end.rows)).toEqual(['slow'])
  })

  it('loses nothing while many writers commit in random order under a reading device', async () => {
    const before = await readShape(device, 'influencers')
    const writers = await Promise.all(Array.from({ length: 6 }, connect))
    const written: string[] = []
    const pause = () => new Promise((r) => setTimeout(r, Math.random() * 15))
    const writing = Promise.all(
      writers.map(async (client, w) => {
        for (let t = 0; t < 8; t++) {
          await client.query('begin')
          for (let r = 0; r < 3; r++) {
            const name = `w${w}-t${t}-r${r}`
            await insert(client, name)
            written.push(name)
            await pause()
          }
          await client.query('commit')
        }
      }),
    )
    const seen = new Map<string, Record<string, unknown>>()
    let position = before.position
    let done = false
    void writing.then(() => (done = true))
    // Read while they write, then once more after the last commit.
    for (let finalRead = false; !finalRead;) {
      finalRead = done
      const page = await readShape(device, 'influencers', position)
      for (const [id, row] of page.rows) seen.set(id, row)
      position = page.position
    }
    await writing
    expect(names(seen).length).toBe(6 * 8 * 3)
    expect(names(seen)).toEqual([...written].sort())
  })
})
