import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FileSecretStore } from '#main/sync/secret-store'
import { syncStatusTopic } from '#shared/contract/index'
import { resetChangeLog } from '#server/sync/change-log'
import { useSyncFixture } from '#server/testing/fixture'
import { influencerIn, joined, pendingOf, signInAs, until } from './support.ts'
import { startTestDesktop, type TestDesktop } from './test-desktop.ts'

/*
 * The desktop's sync engine against the real sync service (PGlite) over HTTP: each rule
 * of DESIGN.md's sync section as a user would see it on their screen and on the server.
 */

vi.setConfig({ testTimeout: 60_000 })
const f = useSyncFixture('pglite')
const open: TestDesktop[] = []
afterEach(() => {
  for (const d of open.splice(0)) d.dispose()
})

const desktop = () => {
  const d = startTestDesktop()
  open.push(d)
  return d
}

const newInfluencer = (d: TestDesktop, name: string, followers = 1000) =>
  d.call('influencers.create', {
    name,
    primaryPlatform: 'instagram',
    followers,
    addToPipeline: false,
  })

const onServer = async (id: string) =>
  (
    await f.db.sql.query<{ name: string; followers: number; bio: string | null; deleted: boolean }>(
      'select name, followers, bio, deleted_at is not null as deleted from influencers where id = $1',
      [id],
    )
  )[0]

describe('signing in', () => {
  it('downloads the workspace, then sends a local write at once', async () => {
    const d = desktop()
    const status = await signInAs(d, f.server.url, f.north.member)
    expect(status.account?.orgId).toBe(f.north.orgId)
    expect(JSON.stringify(status)).not.toMatch(/token/i)
    await d.core.sync.whenSynced()
    const stages = await d.call('pipeline.stages', {})
    expect(stages.length).toBeGreaterThan(0)
    const made = await newInfluencer(d, 'Ava Stone', 1200)
    await until('the push', async () => (await pendingOf(d)) === 0)
    expect(await onServer(made.id)).toMatchObject({ name: 'Ava Stone', followers: 1200 })
    expect((await d.call('sync.status', {})).state).toBe('synced')
  })

  it('sets a demo workspace aside in a copy, then holds only the organization\u2019s data', async () => {
    const d = startTestDesktop({ demoInfluencers: 5 })
    open.push(d)
    const demo = d.query<{ n: number }>('select count(*) as n from influencers')[0]!.n
    expect(demo).toBe(5)
    await signInAs(d, f.server.url, f.north.admin)
    await d.core.sync.whenSynced()
    const status = await d.call('sync.status', {})
    const copy = /kept in (\S+\.sqlite)/.exec(status.message ?? '')?.[1]
    expect(copy).toBeDefined()
    expect(existsSync(copy!)).toBe(true)
    const orgs = d.query<{ id: string }>('select id from organizations')
    expect(orgs.map((o) => o.id)).toEqual([f.north.orgId])
    const [server] = await f.db.sql.query<{ n: number }>(
      'select count(*)::int as n from influencers where org_id = $1',
      [f.north.orgId],
    )
    expect(d.query<{ n: number }>('select count(*) as n from influencers')[0]!.n).toBe(server!.n)
  })

  it('refuses a wrong password with the reason under the password field', async () => {
    const d = desktop()
    const refused = await d
      .call('sync.signIn', {
        serverUrl: f.server.url,
        email: f.north.member.email,
        password: 'nope',
      })
      .catch((e: { code: string; fields?: Record<string, string> }) => e)
    expect(refused).toMatchObject({ code: 'invalid_input' })
    expect((refused as { fields?: Record<string, string> }).fields?.password).toMatch(/password/i)
    expect((await d.call('sync.status', {})).state).toBe('signed-out')
  })

  it('says so when the server cannot be reached, naming the address', async () => {
    const d = desktop()
    const refused = await d
      .call('sync.signIn', { serverUrl: 'http://127.0.0.1:9', email: 'a@b.co', password: 'x' })
      .catch((e: Error & { code: string; fields?: Record<string, string> }) => e)
    expect(refused).toMatchObject({ code: 'unavailable' })
    expect((refused as Error).message).toContain('http://127.0.0.1:9')
    expect((refused as { fields?: Record<string, string> }).fields?.serverUrl).toBeTruthy()
  })

  it('never mixes another person\u2019s unsent work into a new account', async () => {
    const d = await joined(desktop(), f.server.url, f.north.member)
    // An old app: the server refuses its pushes, so the change stays unsent.
    d.network.pretendSchemaVersion = 1
    await newInfluencer(d, 'Unsent')
    await until('the refusal', async () => (await d.call('sync.status', {})).state === 'outdated')
    const refused = await signInAs(d, f.server.url, f.south.member).catch((e: Error) => e)
    expect(refused).toMatchObject({ code: 'conflict' })
    expect((refused as Error).message).toContain(f.north.member.email)
    expect(await pendingOf(d)).toBe(1)
    expect((await d.call('sync.status', {})).account?.orgId).toBe(f.north.orgId)
  })
})

describe('signing out', () => {
  it('ends the session on the server, forgets the token here, and keeps the data', async () => {
    const d = await joined(desktop(), f.server.url, f.north.member)
    const made = await newInfluencer(d, 'Stays after sign-out')
    await until('the push', async () => (await pendingOf(d)) === 0)
    const sealed = path.join(d.dataDir, 'session.bin')
    const refreshToken = new FileSecretStore(sealed).read()
    expect(refreshToken).toBeTruthy()
    const status = await d.call('sync.signOut', {})
    expect(status).toMatchObject({ state: 'signed-out', account: null })
    expect(existsSync(sealed)).toBe(false)
    expect(influencerIn(d, made.id)?.name).toBe('Stays after sign-out')
    const refreshed = await fetch(`${f.server.url}/v1/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    })
    expect(refreshed.status).toBe(401)
  })
})

describe('live and offline', () => {
  it('shows a teammate\u2019s change through the live channel, without any action', async () => {
    const a = await joined(desktop(), f.server.url, f.north.member)
    const b = await joined(desktop(), f.server.url, f.north.admin)
    const made = await newInfluencer(b, 'From a teammate')
    await until(
      'the change on the other desktop',
      () => influencerIn(a, made.id)?.name === 'From a teammate',
    )
  })

  it('keeps working offline, says what waits, and sends it when the server is back', async () => {
    const d = await joined(desktop(), f.server.url, f.north.member)
    d.network.setOnline(false)
    const made = await newInfluencer(d, 'Written on a plane')
    await d.call('influencers.update', { id: made.id, patch: { followers: 5000 } })
    await until(
      'the offline state',
      async () => (await d.call('sync.status', {})).state === 'offline',
    )
    const offline = await d.call('sync.status', {})
    expect(offline).toMatchObject({ state: 'offline', pending: 2 })
    expect(offline.message).toContain('2 changes will be sent')
    expect(offline.retryAt).not.toBeNull()
    expect(influencerIn(d, made.id)).toMatchObject({ name: 'Written on a plane', followers: 5000 })
    expect(await onServer(made.id)).toBeUndefined()

    d.network.setOnline(true)
    await until('the reconnection', async () => (await pendingOf(d)) === 0)
    expect(await onServer(made.id)).toMatchObject({ name: 'Written on a plane', followers: 5000 })
    await d.core.sync.whenSynced()
  })

  it('resumes after a crash: what was queued is sent, nothing is downloaded twice', async () => {
    let d = await joined(desktop(), f.server.url, f.north.member)
    const received = () =>
      d.query<{ n: number }>('select sum(rows_received) as n from sync_shapes')[0]!.n
    const before = received()
    d.network.setOnline(false)
    const made = await newInfluencer(d, 'Before the crash')
    d = d.restart()
    open.splice(0, open.length, d)
    d.network.setOnline(true)
    await until('the queued write', async () => (await onServer(made.id)) !== undefined)
    await d.core.sync.whenSynced()
    // Only the change itself comes back: no second download of the workspace.
    expect(received() - before).toBeLessThanOrEqual(3)
  })
})

describe('conflicts', () => {
  it('edits of different fields on two offline desktops both survive; on one field the later wins', async () => {
    const a = await joined(desktop(), f.server.url, f.north.member)
    const b = await joined(desktop(), f.server.url, f.north.admin)
    const made = await newInfluencer(a, 'Shared', 100)
    await until('the row on b', () => influencerIn(b, made.id) !== undefined)
    a.network.setOnline(false)
    b.network.setOnline(false)
    await a.call('influencers.update', { id: made.id, patch: { name: 'Renamed on A', bio: 'A' } })
    await new Promise((r) => setTimeout(r, 5))
    await b.call('influencers.update', { id: made.id, patch: { followers: 999, bio: 'B, later' } })
    // b reconnects first, a last: arrival order must not decide the shared field.
    b.network.setOnline(true)
    await until('b sent', async () => (await pendingOf(b)) === 0)
    a.network.setOnline(true)
    await until('a sent', async () => (await pendingOf(a)) === 0)
    const expected = { name: 'Renamed on A', followers: 999, bio: 'B, later' }
    expect(await onServer(made.id)).toMatchObject(expected)
    for (const d of [a, b])
      await until('convergence', () => {
        const row = influencerIn(d, made.id)
        return row?.name === expected.name && row.followers === 999 && row.bio === expected.bio
      })
  })

  it('puts a refused change in the inbox, takes it off the screen, and keeps it until the user decides', async () => {
    const d = await joined(desktop(), f.server.url, f.north.viewer)
    const made = await newInfluencer(d, 'Viewer cannot write this')
    await until('the refusal', async () => (await d.call('sync.status', {})).conflicts === 1)
    expect(influencerIn(d, made.id)).toBeUndefined()
    expect(await onServer(made.id)).toBeUndefined()
    const [conflict] = await d.call('sync.conflicts', {})
    expect(conflict).toMatchObject({
      tableName: 'influencers',
      rowId: made.id,
      reason: 'forbidden',
      label: 'Viewer cannot write this',
    })
    expect(conflict!.message).toContain('influencer.write')
    await d.call('sync.discardConflict', { mutationId: conflict!.mutationId })
    expect(await d.call('sync.conflicts', {})).toEqual([])
  })

  it('an edit that lost to a delete can be restored from the inbox', async () => {
    const a = await joined(desktop(), f.server.url, f.north.member)
    const b = await joined(desktop(), f.server.url, f.north.admin)
    const made = await newInfluencer(a, 'Deleted meanwhile')
    await until('the row on b', () => influencerIn(b, made.id) !== undefined)
    a.network.setOnline(false)
    await a.call('influencers.update', { id: made.id, patch: { bio: 'Offline notes' } })
    await b.call('influencers.delete', { id: made.id })
    await until('the delete on the server', async () => (await onServer(made.id))?.deleted === true)
    a.network.setOnline(true)
    await until('the refusal', async () => (await a.call('sync.status', {})).conflicts === 1)
    await until('the delete shown', () => influencerIn(a, made.id)?.deleted_at != null)
    const [conflict] = await a.call('sync.conflicts', {})
    expect(conflict).toMatchObject({ reason: 'deleted', changes: { bio: 'Offline notes' } })
    await a.call('sync.retryConflict', { mutationId: conflict!.mutationId })
    await until('the restore', async () => (await onServer(made.id))?.deleted === false)
    expect(await onServer(made.id)).toMatchObject({ bio: 'Offline notes' })
    await until('the restore on b', () => influencerIn(b, made.id)?.deleted_at === null)
  })
})

describe('the server\u2019s word', () => {
  it('after the server\u2019s history is reset, refetches every table and keeps unsent work', async () => {
    const d = await joined(desktop(), f.server.url, f.north.member)
    d.network.setOnline(false)
    const made = await newInfluencer(d, 'Kept through a refetch')
    await resetChangeLog(f.db.sql)
    d.network.setOnline(true)
    await until('the push', async () => (await onServer(made.id)) !== undefined)
    await d.core.sync.whenSynced()
    expect(influencerIn(d, made.id)?.name).toBe('Kept through a refetch')
    expect((await d.call('pipeline.stages', {})).length).toBeGreaterThan(0)
  })

  it('an app older than the server keeps its outbox and asks to be updated', async () => {
    const d = await joined(desktop(), f.server.url, f.north.member)
    d.network.setOnline(false)
    await newInfluencer(d, 'Waits for the update')
    d.network.pretendSchemaVersion = 1
    d.network.setOnline(true)
    await d.call('sync.now', {})
    await until(
      'the outdated state',
      async () => (await d.call('sync.status', {})).state === 'outdated',
    )
    const status = await d.call('sync.status', {})
    expect(status.pending).toBe(1)
    expect(status.message).toMatch(/update/i)
    expect(status.message).toContain('kept')
  })

  it('a session ended elsewhere asks to sign in again and keeps the outbox', async () => {
    const d = await joined(desktop(), f.server.url, f.north.member)
    const teammate = await f.device(f.north.member)
    d.network.setOnline(false)
    await newInfluencer(d, 'Still here after sign-out everywhere')
    await fetch(`${f.server.url}/v1/auth/sign-out-everywhere`, {
      method: 'POST',
      headers: { authorization: `Bearer ${teammate.token}` },
    })
    d.network.setOnline(true)
    await d.call('sync.now', {})
    await until(
      'the sign-in request',
      async () => (await d.call('sync.status', {})).state === 'signed-in-again-needed',
    )
    expect(await pendingOf(d)).toBe(1)
    await signInAs(d, f.server.url, f.north.member)
    await until('the push after signing in again', async () => (await pendingOf(d)) === 0)
  })

  it('tells the renderer whenever its status changes', async () => {
    const d = desktop()
    const topics: string[][] = []
    const stop = d.core.onChange((e) => topics.push(e.tables))
    await joined(d, f.server.url, f.north.member)
    stop()
    expect(topics.some((t) => t.includes(syncStatusTopic))).toBe(true)
  })
})
