import { beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { ErrorBody, syncSchemaVersion, type PushResponse } from '#shared/sync/protocol'
import { databaseKinds, type TestDatabase } from '../testing/database.ts'
import { useSyncFixture } from '../testing/fixture.ts'
import type { Agency, TestDevice, TestServer } from '../testing/server.ts'

// Push as a device sends it, over HTTP, against both databases: what applies, what is
// refused and why, and that a refused batch or mutation leaves nothing behind.

describe.each(databaseKinds)('push on %s', (kind) => {
  const f = useSyncFixture(kind)
  let db: TestDatabase
  let server: TestServer
  let a: Agency
  let b: Agency
  let member: TestDevice
  let teammate: TestDevice
  let viewer: TestDevice
  let outsider: TestDevice

  beforeAll(async () => {
    ;({ db, server, north: a, south: b } = f)
    member = await f.device(a.member)
    teammate = await f.device(a.admin)
    viewer = await f.device(a.viewer)
    outsider = await f.device(b.admin)
  })

  const row = async (table: string, id: string) =>
    (await db.sql.query<Record<string, unknown>>(`select * from "${table}" where id = $1`, [id]))[0]
  const count = async (table: string) =>
    Number((await db.sql.query<{ n: string }>(`select count(*)::text as n from "${table}"`))[0]!.n)
  const newInfluencer = (device: TestDevice, name: string, extra: Record<string, unknown> = {}) => {
    const id = uuidv7()
    return { id, mutation: device.mutation('influencers', id, 'insert', { id, name, ...extra }) }
  }
  it('applies a batch, and applies it once however often it is sent', async () => {
    const one = newInfluencer(member, 'Ava Stone')
    const two = newInfluencer(member, 'Ben Ortiz')
    const batch = {
      schemaVersion: syncSchemaVersion,
      deviceId: member.deviceId,
      mutations: [one.mutation, two.mutation],
    }
    const first = (await (await member.pushRaw(batch)).json()) as PushResponse
    expect(first.results.map((r) => r.status)).toEqual(['applied', 'applied'])
    const audits = await count('audit_logs')
    const log = await count('change_log')

    const again = (await (await member.pushRaw(batch)).json()) as PushResponse
    expect(again).toEqual(first)
    // The same ids spelled in capitals are the same mutations.
    const shouted = {
      ...batch,
      mutations: batch.mutations.map((m) => ({
        ...m,
        id: m.id.toUpperCase(),
        rowId: m.rowId.toUpperCase(),
      })),
    }
    const loud = await member.pushRaw(shouted)
    expect(loud.status).toBe(200)
    expect((await loud.json()) as PushResponse).toEqual(first)
    expect(await count('audit_logs')).toBe(audits)
    expect(await count('change_log')).toBe(log)
    expect((await row('influencers', one.id))?.name).toBe('Ava Stone')
    expect((await row('influencers', one.id))?.org_id).toBe(a.orgId)
    const [audit] = await db.sql.query<Record<string, unknown>>(
      'select actor_id::text, action, device_id from audit_logs where entity_id = $1',
      [one.id],
    )
    expect(audit).toEqual({
      actor_id: a.member.userId,
      action: 'influencers.insert',
      device_id: member.deviceId,
    })
  })

  it('keeps concurrent edits to different fields, and the later clock on the same field', async () => {
    const inf = newInfluencer(member, 'Cleo Park')
    await member.push(inf.mutation)
    // Both devices edit offline; the teammate's bio edit and the member's country edit both survive.
    const memberEdit = member.mutation('influencers', inf.id, 'update', {
      country: 'FR',
      name: 'Cleo P.',
    })
    const teammateEdit = teammate.mutation('influencers', inf.id, 'update', {
      bio: 'Paris food',
      name: 'Cleo Park-Lee',
    })
    // The member's name stamp is later than the teammate's, though it arrives first.
    memberEdit.clocks.name = `${String(Date.now() + 5000).padStart(13, '0')}-00000-${member.deviceId}`
    expect((await member.push(memberEdit))[0]).toMatchObject({ status: 'applied', overridden: [] })
    expect((await teammate.push(teammateEdit))[0]).toMatchObject({
      status: 'applied',
      overridden: ['name'],
    })
    expect(await row('influencers', inf.id)).toMatchObject({
      country: 'FR',
      bio: 'Paris food',
      name: 'Cleo P.',
    })
  })

  it('lets a delete beat a concurrent edit, and a restore undo it', async () => {
    const inf = newInfluencer(member, 'Dan Wu')
    await member.push(inf.mutation)
    const del = teammate.mutation('influencers', inf.id, 'delete', {
      deleted_at: new Date().toISOString(),
    })
    const edit = member.mutation('influencers', inf.id, 'update', { bio: 'edited offline' })
    expect((await teammate.push(del))[0]?.status).toBe('applied')
    expect((await member.push(edit))[0]).toMatchObject({ status: 'rejected', reason: 'deleted' })
    expect((await row('influencers', inf.id))?.bio).toBeNull()
    const restore = member.mutation('influencers', inf.id, 'update', {
      deleted_at: null,
      bio: 'back',
    })
    expect((await member.push(restore))[0]?.status).toBe('applied')
    expect(await row('influencers', inf.id)).toMatchObject({ deleted_at: null, bio: 'back' })

    // An insert replayed onto a deleted row is an edit too: the delete still wins.
    await teammate.push(
      teammate.mutation('influencers', inf.id, 'delete', { deleted_at: new Date().toISOString() }),
    )
    const replay = member.mutation('influencers', inf.id, 'insert', {
      id: inf.id,
      name: 'Dan again',
    })
    expect((await member.push(replay))[0]).toMatchObject({ status: 'rejected', reason: 'deleted' })
    expect((await row('influencers', inf.id))?.name).toBe('Dan Wu')
  })

  it('refuses each kind of conflict with its reason, and writes nothing for it', async () => {
    const inf = newInfluencer(member, 'Eve Hart')
    await member.push(inf.mutation)
    const rowsBefore = await count('influencers')

    // forbidden: a viewer holds no influencer.write
    const byViewer = newInfluencer(viewer, 'Nope')
    expect((await viewer.push(byViewer.mutation))[0]).toMatchObject({
      status: 'rejected',
      reason: 'forbidden',
    })
    expect(JSON.stringify((await viewer.push(byViewer.mutation))[0])).toContain('influencer.write')
    // forbidden: a member may edit influencers but not delete them
    const del = member.mutation('influencers', inf.id, 'delete', {
      deleted_at: new Date().toISOString(),
    })
    expect((await member.push(del))[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' })
    // ... however the tombstone is sent
    const sneaky = member.mutation('influencers', inf.id, 'update', {
      deleted_at: new Date().toISOString(),
    })
    expect((await member.push(sneaky))[0]).toMatchObject({
      status: 'rejected',
      reason: 'forbidden',
    })
    expect((await row('influencers', inf.id))?.deleted_at).toBeNull()
    // forbidden: nobody deletes the organization itself from a device
    const closeShop = teammate.mutation('organizations', a.orgId, 'delete', {
      deleted_at: new Date().toISOString(),
    })
    expect((await teammate.push(closeShop))[0]).toMatchObject({
      status: 'rejected',
      reason: 'forbidden',
    })

    // tenancy: another organization's row, written or pointed at
    const intrude = outsider.mutation('influencers', inf.id, 'update', { name: 'Stolen' })
    expect((await outsider.push(intrude))[0]).toMatchObject({
      status: 'rejected',
      reason: 'tenancy',
    })
    const planted = newInfluencer(outsider, 'Planted', { org_id: a.orgId })
    expect((await outsider.push(planted.mutation))[0]).toMatchObject({
      status: 'rejected',
      reason: 'tenancy',
    })
    const relId = uuidv7()
    const pointing = outsider.mutation('influencer_relationships', relId, 'insert', {
      influencer_id: inf.id,
      stage_id: await f.firstStage(b.orgId),
      position: 1,
    })
    expect((await outsider.push(pointing))[0]).toMatchObject({
      status: 'rejected',
      reason: 'tenancy',
    })

    // private: the member's private relationship, edited by a teammate
    const mine = uuidv7()
    await member.push(
      member.mutation('influencer_relationships', mine, 'insert', {
        influencer_id: inf.id,
        stage_id: await f.firstStage(a.orgId),
        position: 1,
        owner_id: a.member.userId,
        visibility: 'private',
      }),
    )
    const peek = teammate.mutation('influencer_relationships', mine, 'update', {
      notes: 'mine now',
    })
    expect((await teammate.push(peek))[0]).toMatchObject({ status: 'rejected', reason: 'private' })

    // transition: an accepted offer cannot go back to counter
    const campaign = uuidv7()
    const offer = uuidv7()
    await teammate.push(
      teammate.mutation('campaigns', campaign, 'insert', { name: 'Spring' }),
      teammate.mutation('offers', offer, 'insert', {
        campaign_id: campaign,
        influencer_id: inf.id,
        price: 50_000,
      }),
      teammate.mutation('offers', offer, 'update', { status: 'accepted' }),
    )
    const counter = member.mutation(
      'offers',
      offer,
      'update',
      { status: 'counter' },
      { base: { status: 'pending' } },
    )
    const refused = (await member.push(counter))[0]
    expect(refused).toMatchObject({ status: 'rejected', reason: 'transition' })
    expect(refused?.status === 'rejected' && refused.message).toContain(
      'someone changed it meanwhile',
    )
    expect((await row('offers', offer))?.status).toBe('accepted')

    // invalid: a value the database's rules refuse (negative price)
    const bad = teammate.mutation('offers', uuidv7(), 'insert', {
      campaign_id: campaign,
      influencer_id: inf.id,
      price: -1,
    })
    expect((await teammate.push(bad))[0]).toMatchObject({ status: 'rejected', reason: 'invalid' })

    // deleted is covered above; and nothing refused left a row behind
    expect(await count('influencers')).toBe(rowsBefore)
  })

  it('lets only an approver release escrow or mark a payment paid', async () => {
    // A custom role that records payments but does not approve them.
    const role = uuidv7()
    await db.sql.query(`insert into roles (id, org_id, name) values ($1, $2, 'bookkeeper')`, [
      role,
      a.orgId,
    ])
    await db.sql.query(
      `insert into role_permissions (id, role_id, permission_id)
       select gen_random_uuid(), $1, id from permissions where name in ('payment.write', 'influencer.write')`,
      [role],
    )
    await db.sql.query(
      `insert into user_roles (id, org_id, user_id, role_id) values (gen_random_uuid(), $1, $2, $3)`,
      [a.orgId, a.member.userId, role],
    )
    const inf = newInfluencer(member, 'Ivy Moss')
    const campaign = uuidv7()
    await member.push(inf.mutation)
    await teammate.push(teammate.mutation('campaigns', campaign, 'insert', { name: 'Summer' }))
    const payment = uuidv7()
    const record = member.mutation('payments', payment, 'insert', {
      campaign_id: campaign,
      influencer_id: inf.id,
      amount: 250_000,
      escrow_status: 'held',
    })
    expect((await member.push(record))[0]?.status).toBe('applied')
    const release = member.mutation('payments', payment, 'update', { escrow_status: 'released' })
    const refused = (await member.push(release))[0]
    expect(refused).toMatchObject({ status: 'rejected', reason: 'forbidden' })
    expect(JSON.stringify(refused)).toContain('payment.approve')
    const paid = member.mutation('payments', payment, 'update', {
      paid_at: new Date().toISOString(),
    })
    expect((await member.push(paid))[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' })
    const approved = teammate.mutation('payments', payment, 'update', { escrow_status: 'released' })
    expect((await teammate.push(approved))[0]?.status).toBe('applied')
    expect((await row('payments', payment))?.escrow_status).toBe('released')
  })

  it('applies the rest of a batch around a refused mutation', async () => {
    const good = newInfluencer(member, 'Finn Gray')
    const refused = member.mutation('influencers', uuidv7(), 'update', { name: 'ghost' })
    const after = newInfluencer(member, 'Gia Lund')
    const results = await member.push(good.mutation, refused, after.mutation)
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied'])
    expect(await row('influencers', after.id)).toBeDefined()
  })

  it('gives offline invoices their final numbers, one each, with no gap for a refused one', async () => {
    const make = (amount: number) =>
      teammate.mutation('financial_documents', uuidv7(), 'insert', {
        type: 'invoice',
        document_number: 'DRAFT-1',
        amount,
        issue_date: '2026-11-20T10:00:00.000Z',
      })
    const [first, refused, second] = await teammate.push(make(120_000), make(-5), make(7_000))
    expect(first).toMatchObject({
      status: 'applied',
      assigned: { document_number: 'INV-2026-0001', number_provisional: false },
    })
    expect(refused).toMatchObject({ status: 'rejected', reason: 'invalid' })
    expect(second).toMatchObject({
      status: 'applied',
      assigned: { document_number: 'INV-2026-0002' },
    })
  })

  it('refuses a malformed batch whole, with a 4xx naming the problem, and applies none of it', async () => {
    const before = await count('influencers')
    const fine = newInfluencer(member, 'Hana Bell').mutation
    const batch = (...mutations: unknown[]) => ({
      schemaVersion: syncSchemaVersion,
      deviceId: 'd',
      mutations,
    })
    const unclocked = {
      ...member.mutation('influencers', uuidv7(), 'insert', { name: 'x' }),
      clocks: {},
    }
    const cases: [unknown, number, string][] = [
      [batch(fine, member.mutation('secrets', uuidv7(), 'insert', { a: 1 })), 400, 'unknown_table'],
      [
        batch(fine, member.mutation('influencers', uuidv7(), 'insert', { shoe_size: 9 })),
        400,
        'unknown_column',
      ],
      [
        batch(fine, member.mutation('users', a.member.userId, 'update', { password_hash: 'x' })),
        400,
        'unknown_column',
      ],
      [
        batch(fine, member.mutation('influencers', uuidv7(), 'insert', { followers: 'many' })),
        400,
        'invalid_value',
      ],
      [batch(fine, unclocked), 400, 'missing_clock'],
      [
        batch(fine, member.mutation('influencers', uuidv7(), 'insert', { name: 'bad \ud800' })),
        400,
        'invalid_value',
      ],
      [batch({ ...fine, id: 'not-a-uuid' }), 400, 'invalid_request'],
      [batch(fine, fine), 400, 'duplicate_mutation'],
      [{ ...batch(fine), schemaVersion: syncSchemaVersion - 1 }, 426, 'client_outdated'],
      [{ ...batch(fine), schemaVersion: syncSchemaVersion + 1 }, 400, 'server_outdated'],
    ]
    for (const [body, status, code] of cases) {
      const response = await member.pushRaw(body)
      const answer = ErrorBody.parse(await response.json())
      expect({ status: response.status, code: answer.error.code }, JSON.stringify(answer)).toEqual({
        status,
        code,
      })
      expect(answer.error.message.length).toBeGreaterThan(10)
    }
    const notJson = await fetch(`${server.url}/v1/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` },
      body: '{"schemaVersion": 4, "mutations": [',
    })
    expect(notJson.status).toBe(400)
    const tooBig = await member.pushRaw({
      schemaVersion: syncSchemaVersion,
      deviceId: 'd',
      mutations: [newInfluencer(member, 'x'.repeat(2_000_000)).mutation],
    })
    expect(tooBig.status).toBe(413)
    const anonymous = await fetch(`${server.url}/v1/push`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    })
    expect(anonymous.status).toBe(401)
    expect(await count('influencers')).toBe(before)
  })
})
