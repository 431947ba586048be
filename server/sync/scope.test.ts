import { uuidv7 } from 'uuidv7'
import { newBodyUpdate } from '#shared/documents/body'
import { beforeAll, describe, expect, it } from 'vitest'
import { asPrincipal } from '../db/scoped.ts'
import { databaseKinds, type TestDatabase } from '../testing/database.ts'
import { useSyncFixture } from '../testing/fixture.ts'
import { readShape, shapeRequest, type Agency, type TestDevice } from '../testing/server.ts'

// Sync rule 6 on the read side: a shape holds the caller's organization only, private rows
// only for their owner, and the caller cannot widen it. Row-level security is checked
// directly as the second wall.

describe.each(databaseKinds)('what a shape shows on %s', (kind) => {
  const f = useSyncFixture(kind, { shapePageSize: 3 })
  let db: TestDatabase
  let north: Agency
  let south: Agency
  let owner: TestDevice
  let teammate: TestDevice
  let outsider: TestDevice

  beforeAll(async () => {
    ;({ db, north, south } = f)
    owner = await f.device(north.member)
    teammate = await f.device(north.admin)
    outsider = await f.device(south.admin)
  })

  it("never shows another organization's rows, in the snapshot or the log", async () => {
    const ours = uuidv7()
    const theirs = uuidv7()
    await owner.push(owner.mutation('influencers', ours, 'insert', { name: 'North talent' }))
    await outsider.push(
      outsider.mutation('influencers', theirs, 'insert', { name: 'South talent' }),
    )
    const northShape = await readShape(teammate, 'influencers')
    const southShape = await readShape(outsider, 'influencers')
    expect([...northShape.rows.keys()]).toEqual([ours])
    expect([...southShape.rows.keys()]).toEqual([theirs])

    await outsider.push(
      outsider.mutation('influencers', theirs, 'update', { name: 'South talent 2' }),
    )
    const later = await readShape(teammate, 'influencers', northShape.position)
    expect(later.rows.size).toBe(0)
    // Users and stages too: each organization sees its own people and board.
    const people = await readShape(teammate, 'users')
    expect([...people.rows.values()].every((u) => u.org_id === north.orgId)).toBe(true)
    expect([...people.rows.values()].some((u) => 'password_hash' in u)).toBe(false)
  })

  it('refuses a client that tries to set or widen the scope', async () => {
    const attempts: Record<string, string>[] = [
      { table: 'influencers', where: 'true' },
      { table: 'influencers', columns: 'id' },
      { table: 'influencers', 'params[1]': south.orgId },
      { table: 'refresh_tokens' },
      { table: 'audit_logs' },
    ]
    for (const query of attempts) {
      const answer = await shapeRequest(outsider, query)
      expect(answer.status, JSON.stringify(query)).toBe(400)
    }
    const forged = await shapeRequest(outsider, {
      table: 'influencers',
      offset: '1_0',
      handle: 'x',
    })
    expect(forged.status).toBe(400)
  })

  it("keeps a private row on its owner's devices only, and takes it back when made private", async () => {
    const influencer = uuidv7()
    const other = uuidv7()
    const secret = uuidv7()
    const shared = uuidv7()
    await owner.push(
      owner.mutation('influencers', influencer, 'insert', { name: 'Private talent' }),
      owner.mutation('influencers', other, 'insert', { name: 'Shared talent' }),
      owner.mutation('influencer_relationships', secret, 'insert', {
        influencer_id: influencer,
        stage_id: await f.firstStage(north.orgId),
        position: 1,
        owner_id: north.member.userId,
        visibility: 'private',
        notes: 'rate is negotiable',
      }),
      owner.mutation('influencer_relationships', shared, 'insert', {
        influencer_id: other,
        stage_id: await f.firstStage(north.orgId),
        position: 2,
        owner_id: north.member.userId,
        visibility: 'team',
      }),
    )
    const mine = await readShape(owner, 'influencer_relationships')
    const theirs = await readShape(teammate, 'influencer_relationships')
    expect(mine.rows.has(secret)).toBe(true)
    expect(theirs.rows.has(secret)).toBe(false)
    expect(theirs.rows.has(shared)).toBe(true)

    // Made private: the teammate's next read removes it; the owner keeps it.
    await owner.push(
      owner.mutation('influencer_relationships', shared, 'update', { visibility: 'private' }),
    )
    const teammateLater = await readShape(teammate, 'influencer_relationships', theirs.position)
    expect(teammateLater.rows.size).toBe(0)
    const answer = await shapeRequest(teammate, {
      table: 'influencer_relationships',
      ...theirs.position,
    })
    expect(
      answer.body.filter((m) => m.headers.operation).map((m) => [m.headers.operation, m.value?.id]),
    ).toEqual([['delete', shared]])
    const ownerLater = await readShape(owner, 'influencer_relationships', mine.position)
    expect(ownerLater.rows.get(shared)?.visibility).toBe('private')
  })

  it("keeps a private document's body with its owner, and hands it over when the document is shared", async () => {
    const springText = `\\x${Buffer.from(newBodyUpdate('Spring brief')).toString('hex')}`
    const doc = uuidv7()
    const body = uuidv7()
    await owner.push(
      owner.mutation('documents', doc, 'insert', {
        kind: 'brief',
        title: 'Spring brief',
        owner_id: north.member.userId,
        visibility: 'private',
      }),
      owner.mutation('document_updates', body, 'insert', {
        document_id: doc,
        update: springText,
      }),
    )
    const mine = await readShape(owner, 'document_updates')
    expect(mine.rows.get(body)?.update).toBe(springText)
    const theirs = await readShape(teammate, 'document_updates')
    expect(theirs.rows.has(body)).toBe(false)
    // Nor may a teammate write into it.
    const intrude = teammate.mutation('document_updates', uuidv7(), 'insert', {
      document_id: doc,
      update: springText,
    })
    expect((await teammate.push(intrude))[0]).toMatchObject({
      status: 'rejected',
      reason: 'private',
    })

    // Bytes that are no Yjs update never reach the history, not even the owner's.
    const broken = owner.mutation('document_updates', uuidv7(), 'insert', {
      document_id: doc,
      update: '\\x01020304',
    })
    expect((await owner.push(broken))[0]).toMatchObject({ status: 'rejected', reason: 'invalid' })

    // Shared with the team: its body reaches the teammate; private again: it leaves.
    await owner.push(owner.mutation('documents', doc, 'update', { visibility: 'team' }))
    const shared = await readShape(teammate, 'document_updates', theirs.position)
    expect(shared.rows.get(body)?.update).toBe(springText)
    await owner.push(owner.mutation('documents', doc, 'update', { visibility: 'private' }))
    const answer = await shapeRequest(teammate, { table: 'document_updates', ...shared.position })
    const ops = answer.body
      .filter((m) => m.headers.operation)
      .map((m) => [m.headers.operation, m.value?.id])
    expect(ops).toEqual([['delete', body]])
  })

  it('row-level security hides other organizations even from raw SQL run as a request', async () => {
    const asSouth = { orgId: south.orgId, userId: south.admin.userId }
    const visible = await asPrincipal(db.sql, asSouth, (tx) =>
      tx.query<{ org_id: string }>('select distinct org_id::text from influencers'),
    )
    expect(visible.map((r) => r.org_id)).toEqual([south.orgId])
    const asTeammate = { orgId: north.orgId, userId: north.admin.userId }
    const privateRows = await asPrincipal(db.sql, asTeammate, (tx) =>
      tx.query(`select id from influencer_relationships where visibility = 'private'`),
    )
    expect(privateRows).toEqual([])
    const write = asPrincipal(db.sql, asSouth, (tx) =>
      tx.query(`insert into influencers (id, org_id, name) values ($1, $2, 'planted')`, [
        uuidv7(),
        north.orgId,
      ]),
    )
    await expect(write).rejects.toMatchObject({ code: '42501' })
    // Nor may a request read secrets or forge the change log, whatever SQL it ran.
    const secrets = asPrincipal(db.sql, asSouth, (tx) =>
      tx.query('select password_hash from users'),
    )
    await expect(secrets).rejects.toMatchObject({ code: '42501' })
    const forged = asPrincipal(db.sql, asSouth, (tx) =>
      tx.query(
        `insert into change_log (table_name, row_id, org_id, was_present, op, row)
                values ('influencers', $1, $2, false, 'insert', '{}')`,
        [uuidv7(), north.orgId],
      ),
    )
    await expect(forged).rejects.toMatchObject({ code: '42501' })
  })

  it('counts, for a new device\u2019s progress bar, exactly the rows its shapes hold', async () => {
    const counts = async (device: TestDevice) => {
      const response = await fetch(`${device.url}/v1/shape-counts`, {
        headers: device.shapeHeaders,
      })
      expect(response.status).toBe(200)
      return ((await response.json()) as { tables: Record<string, number> }).tables
    }
    const northCounts = await counts(teammate)
    expect((await readShape(teammate, 'influencers')).rows.size).toBe(northCounts.influencers)
    expect((await readShape(teammate, 'pipeline_stages')).rows.size).toBe(
      northCounts.pipeline_stages,
    )
    expect((await readShape(outsider, 'influencers')).rows.size).toBe(
      (await counts(outsider)).influencers,
    )
    const anonymous = await fetch(`${teammate.url}/v1/shape-counts`)
    expect(anonymous.status).toBe(401)
  })
})
