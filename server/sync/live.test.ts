import { uuidv7 } from 'uuidv7'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../db/open.ts'
import type { Sql } from '../db/sql.ts'
import { databaseKinds, openTestDatabase, type TestDatabase } from '../testing/database.ts'
import {
  createAgency,
  readShape,
  shapeRequest,
  signIn,
  startTestServer,
  TestDevice,
  type TestServer,
} from '../testing/server.ts'

// A device that is online learns of a change within a second: its live request is held
// until a commit is announced (LISTEN/NOTIFY). On PostgreSQL the change is pushed through
// a second server instance, so the notice has to travel through the database.

describe.each(databaseKinds)('live shape requests on %s', (kind) => {
  let db: TestDatabase
  let otherSql: Sql | undefined
  let reading: TestServer
  let writing: TestServer

  beforeAll(async () => {
    db = await openTestDatabase(kind)
    reading = await startTestServer(db.sql, { liveTimeoutMs: 15_000 })
    if (kind === 'postgres') {
      otherSql = await openDatabase({ kind: 'postgres', url: db.url! })
      writing = await startTestServer(otherSql)
    } else {
      writing = reading
    }
  }, 60_000)

  afterAll(async () => {
    if (writing !== reading) await writing?.close()
    await reading?.close()
    await otherSql?.close()
    await db?.close()
  })

  it('answers a held live request as soon as another instance commits a change', async () => {
    const agency = await createAgency(db.sql)
    const reader = new TestDevice(reading.url, await signIn(reading.url, agency.member))
    const writer = new TestDevice(writing.url, await signIn(writing.url, agency.admin))
    const { position } = await readShape(reader, 'influencers')

    const held = shapeRequest(reader, { table: 'influencers', live: 'true', ...position })
    const settled = { done: false }
    void held.then(() => (settled.done = true))
    await new Promise((r) => setTimeout(r, 300))
    expect(settled.done).toBe(false)

    const id = uuidv7()
    const pushedAt = Date.now()
    await writer.push(writer.mutation('influencers', id, 'insert', { name: 'Live one' }))
    const answer = await held
    const waited = Date.now() - pushedAt
    expect(answer.status).toBe(200)
    expect(answer.upToDate).toBe(true)
    expect(answer.body.filter((m) => m.headers.operation).map((m) => m.value?.id)).toEqual([id])
    // Well inside a second, and nowhere near the 15 s long-poll timeout.
    expect(waited).toBeLessThan(1000)
  })

  it('answers up-to-date with the same position when nothing changes before the timeout', async () => {
    const quiet = await startTestServer(db.sql, { liveTimeoutMs: 200 })
    try {
      const agency = await createAgency(db.sql)
      const reader = new TestDevice(quiet.url, await signIn(quiet.url, agency.member))
      const { position } = await readShape(reader, 'campaigns')
      const answer = await shapeRequest(reader, { table: 'campaigns', live: 'true', ...position })
      expect(answer.status).toBe(200)
      expect(answer.upToDate).toBe(true)
      expect(answer.body.map((m) => m.headers.control)).toEqual(['up-to-date'])
    } finally {
      await quiet.close()
    }
  })
})

describe('live shape requests when the listening connection drops', () => {
  let db: TestDatabase
  let server: TestServer

  beforeAll(async () => {
    db = await openTestDatabase('postgres')
    server = await startTestServer(db.sql, { liveTimeoutMs: 15_000 })
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('reconnects, and a held request still hears of the next change at once', async () => {
    const agency = await createAgency(db.sql)
    const reader = new TestDevice(server.url, await signIn(server.url, agency.member))
    const { position } = await readShape(reader, 'influencers')
    // The database drops the service's LISTEN connection (a restart, a failover, an idle cut).
    const cut = await db.sql.query<{ cut: boolean }>(
      `select pg_terminate_backend(pid) as cut from pg_stat_activity
        where datname = current_database() and query ilike 'listen%'`,
    )
    expect(cut.map((r) => r.cut)).toEqual([true])

    const held = shapeRequest(reader, { table: 'influencers', live: 'true', ...position })
    await new Promise((r) => setTimeout(r, 500))
    const id = uuidv7()
    const pushedAt = Date.now()
    await reader.push(reader.mutation('influencers', id, 'insert', { name: 'After the cut' }))
    const answer = await held
    expect(answer.body.filter((m) => m.headers.operation).map((m) => m.value?.id)).toEqual([id])
    expect(Date.now() - pushedAt).toBeLessThan(1000)
    const listening = await db.sql.query(
      `select pid from pg_stat_activity where datname = current_database() and query ilike 'listen%'`,
    )
    expect(listening.length).toBe(1)
  })
})
