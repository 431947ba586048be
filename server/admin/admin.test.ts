import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { rolePermissions } from '#shared/domain/permissions'
import {
  errorOf,
  password,
  startAuthFixture,
  type AuthFixture,
  type Reply,
} from '../auth/test-support.ts'
import { databaseKinds } from '../testing/database.ts'
import { createOrganization } from './bootstrap.ts'

const UserBody = z.object({
  user: z.object({
    id: z.uuid(),
    orgId: z.uuid(),
    email: z.string(),
    name: z.string(),
    status: z.string(),
    role: z.string().nullable(),
  }),
})

const AuditPage = z.object({
  entries: z.array(
    z.object({
      id: z.uuid(),
      actorId: z.uuid().nullable(),
      action: z.string(),
      entityType: z.string(),
      entityId: z.uuid().nullable(),
      changes: z.unknown(),
      correlationId: z.uuid().nullable(),
      ipAddress: z.string().nullable(),
      createdAt: z.iso.datetime(),
    }),
  ),
  nextBefore: z.uuid().nullable(),
})

const userOf = (reply: Reply) => UserBody.parse(reply.body).user

describe.each(databaseKinds)('admin routes on %s', (kind) => {
  let f: AuthFixture
  let adminToken: string
  beforeAll(async () => {
    f = await startAuthFixture(kind)
    adminToken = (await f.client.signIn(f.adminEmail)).accessToken
  })
  afterAll(() => f.close())

  const auditLog = async (query = '') => {
    const reply = await f.client.get(`/v1/admin/audit-log${query}`, adminToken)
    expect(reply.status).toBe(200)
    return AuditPage.parse(reply.body)
  }

  it('refuse a member with 403 forbidden naming user.manage', async () => {
    const { email } = await f.addUser('member')
    const token = (await f.client.signIn(email)).accessToken
    const attempts = [
      f.client.post(
        '/v1/admin/users',
        { email: 'new@x.test', name: 'N', password, role: 'admin' },
        token,
      ),
      f.client.patch(`/v1/admin/users/${f.adminId}`, { status: 'suspended' }, token),
      f.client.get('/v1/admin/audit-log', token),
    ]
    for (const reply of await Promise.all(attempts)) {
      expect(reply.status).toBe(403)
      expect(errorOf(reply).code).toBe('forbidden')
      expect(errorOf(reply).message).toContain('user.manage')
    }
    expect((await f.client.get('/v1/admin/audit-log')).status).toBe(401)
  })

  it('create a user who can then sign in, and record it in the audit log', async () => {
    const reply = await f.client.post(
      '/v1/admin/users',
      { email: 'Mia@Agency.test', name: 'Mia', password, role: 'member' },
      adminToken,
    )
    expect(reply.status).toBe(201)
    const user = userOf(reply)
    expect(user).toMatchObject({
      orgId: f.orgId,
      email: 'mia@agency.test',
      name: 'Mia',
      status: 'active',
      role: 'member',
    })
    const session = await f.client.signIn('mia@agency.test')
    expect(session.permissions).toEqual([...rolePermissions.member].sort())

    const [entry] = (await auditLog()).entries
    expect(entry).toMatchObject({
      actorId: f.adminId,
      action: 'user.create',
      entityType: 'users',
      entityId: user.id,
      changes: { email: 'mia@agency.test', name: 'Mia', role: 'member', status: 'active' },
    })
    expect(entry?.correlationId).toBeTruthy()
    expect(JSON.stringify(entry)).not.toContain(password)

    const duplicate = await f.client.post(
      '/v1/admin/users',
      { email: 'mia@AGENCY.test', name: 'Mia 2', password, role: 'viewer' },
      adminToken,
    )
    expect(duplicate.status).toBe(409)
    expect(errorOf(duplicate).code).toBe('email_taken')
  })

  it('validate what they are sent, naming the field', async () => {
    const short = await f.client.post(
      '/v1/admin/users',
      { email: 'short@agency.test', name: 'Short', password: 'too short', role: 'member' },
      adminToken,
    )
    expect(short.status).toBe(400)
    expect(errorOf(short).code).toBe('invalid_request')
    expect(errorOf(short).message).toContain('password')

    const role = await f.client.post(
      '/v1/admin/users',
      { email: 'r@agency.test', name: 'R', password, role: 'owner' },
      adminToken,
    )
    expect(errorOf(role).message).toContain('role')

    const patches: [string, unknown][] = [
      [`/v1/admin/users/${f.adminId}`, {}],
      [`/v1/admin/users/${f.adminId}`, { status: 'deleted' }],
      [`/v1/admin/users/${f.adminId}`, { name: 'Renamed' }],
      ['/v1/admin/users/not-a-uuid', { status: 'active' }],
    ]
    for (const [path, body] of patches) {
      const reply = await f.client.patch(path, body, adminToken)
      expect(reply.status).toBe(400)
      expect(errorOf(reply).code).toBe('invalid_request')
    }
    const badQuery = await f.client.get('/v1/admin/audit-log?limit=0', adminToken)
    expect(errorOf(badQuery).message).toContain('limit')
  })

  it('suspend a user: their sessions end, and the audit log says who did it', async () => {
    const { userId, email } = await f.addUser('member')
    const session = await f.client.signIn(email)
    const reply = await f.client.patch(
      `/v1/admin/users/${userId}`,
      { status: 'suspended' },
      adminToken,
    )
    expect(reply.status).toBe(200)
    expect(userOf(reply)).toMatchObject({ id: userId, status: 'suspended', role: 'member' })

    expect(errorOf(await f.client.get('/v1/auth/me', session.accessToken)).code).toBe(
      'account_suspended',
    )
    const [live] = await f.db.sql.query<{ count: number }>(
      `select count(*)::int as count from refresh_tokens where user_id = $1 and revoked_at is null`,
      [userId],
    )
    expect(live?.count).toBe(0)

    const [entry] = (await auditLog()).entries
    expect(entry).toMatchObject({
      actorId: f.adminId,
      action: 'user.suspend',
      entityId: userId,
      changes: { status: { from: 'active', to: 'suspended' } },
    })

    // Reactivated, the user signs in again; the old session stays ended.
    await f.client.patch(`/v1/admin/users/${userId}`, { status: 'active' }, adminToken)
    expect((await f.client.get('/v1/auth/me', session.accessToken)).status).toBe(401)
    await f.client.signIn(email)
    expect((await auditLog()).entries[0]?.action).toBe('user.activate')
  })

  it('change a role: the permissions follow on the next request', async () => {
    const { userId, email } = await f.addUser('viewer')
    const session = await f.client.signIn(email)
    const reply = await f.client.patch(`/v1/admin/users/${userId}`, { role: 'manager' }, adminToken)
    expect(userOf(reply).role).toBe('manager')
    const now = await f.client.get('/v1/auth/me', session.accessToken)
    expect(now.body).toMatchObject({ permissions: [...rolePermissions.manager].sort() })
    expect((await auditLog()).entries[0]).toMatchObject({
      action: 'user.role_change',
      changes: { role: { from: 'viewer', to: 'manager' } },
    })

    // Back to a role held before: the old assignment is revived, not duplicated.
    await f.client.patch(`/v1/admin/users/${userId}`, { role: 'viewer' }, adminToken)
    const rows = await f.db.sql.query(`select 1 from user_roles where user_id = $1`, [userId])
    expect(rows).toHaveLength(2)
    const back = await f.client.get('/v1/auth/me', session.accessToken)
    expect(back.body).toMatchObject({ permissions: ['report.view'] })
  })

  it('refuse to leave the workspace without an active admin', async () => {
    const demote = await f.client.patch(
      `/v1/admin/users/${f.adminId}`,
      { role: 'member' },
      adminToken,
    )
    expect(demote.status).toBe(409)
    expect(errorOf(demote).code).toBe('last_admin')
    const suspend = await f.client.patch(
      `/v1/admin/users/${f.adminId}`,
      { status: 'suspended' },
      adminToken,
    )
    expect(errorOf(suspend).code).toBe('last_admin')
  })

  it('answer 404 for a user of another organization, and never show its audit log', async () => {
    const other = await createOrganization(f.db.sql, {
      name: 'Rival Agency',
      admin: { email: `boss@rival-${kind}.test`, name: 'Boss', password },
    })
    const otherToken = (await f.client.signIn(`boss@rival-${kind}.test`)).accessToken
    const created = await f.client.post(
      '/v1/admin/users',
      { email: `intern@rival-${kind}.test`, name: 'Intern', password, role: 'viewer' },
      otherToken,
    )
    expect(userOf(created).orgId).toBe(other.orgId)

    const reply = await f.client.patch(
      `/v1/admin/users/${other.adminUserId}`,
      { status: 'suspended' },
      adminToken,
    )
    expect(reply.status).toBe(404)
    expect(errorOf(reply).code).toBe('not_found')
    const [boss] = await f.db.sql.query<{ status: string }>(
      `select status from users where id = $1`,
      [other.adminUserId],
    )
    expect(boss?.status).toBe('active')

    const ours = await auditLog('?limit=500')
    expect(ours.entries.every((e) => e.entityId !== userOf(created).id)).toBe(true)
    const theirs = await f.client.get(
      `/v1/admin/audit-log?before=${ours.entries[0]?.id}`,
      otherToken,
    )
    expect(theirs.status).toBe(400)
  })

  it('page the audit log newest first', async () => {
    const all = await auditLog('?limit=500')
    expect(all.entries.length).toBeGreaterThan(3)
    expect(all.nextBefore).toBeNull()
    const first = await auditLog('?limit=2')
    expect(first.entries.map((e) => e.id)).toEqual(all.entries.slice(0, 2).map((e) => e.id))
    const second = await auditLog(`?limit=2&before=${first.nextBefore}`)
    expect(second.entries.map((e) => e.id)).toEqual(all.entries.slice(2, 4).map((e) => e.id))
    const times = all.entries.map((e) => e.createdAt)
    expect([...times].sort().reverse()).toEqual(times)
  })
})
