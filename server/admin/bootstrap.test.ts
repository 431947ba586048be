import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtInRoles } from '#shared/domain/enums'
import { allPermissions, rolePermissions } from '#shared/domain/permissions'
import { defaultStages } from '#db/demo/agency-profile'
import { HttpError } from '../http/errors.ts'
import { databaseKinds, openTestDatabase, type TestDatabase } from '../testing/database.ts'
import { createOrganization, createUser, ensureBuiltInRoles, slugify } from './bootstrap.ts'

const password = 'a long enough password'

/** The HttpError a promise rejects with, to assert on its status and code. */
async function httpErrorOf(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof HttpError)) throw new Error(`Expected an HttpError, got ${String(error)}`)
  return error
}

describe.each(databaseKinds)('bootstrap on %s', (kind) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await openTestDatabase(kind)
  })
  afterAll(() => db.close())

  const grants = () =>
    db.sql.query<{ role: string; permission: string }>(
      `select r.name as role, p.name as permission
         from role_permissions rp
         join roles r on r.id = rp.role_id and r.org_id is null
         join permissions p on p.id = rp.permission_id
        where rp.deleted_at is null
        order by 1, 2`,
    )
  const changeCount = async () =>
    (await db.sql.query<{ n: number }>(`select count(*)::int as n from change_log`))[0]?.n

  it('ensureBuiltInRoles makes the shared roles and grants, and a second run changes nothing', async () => {
    await ensureBuiltInRoles(db.sql)
    const expected = builtInRoles
      .flatMap((role) => rolePermissions[role].map((permission) => ({ role, permission })))
      .sort((a, b) => `${a.role} ${a.permission}`.localeCompare(`${b.role} ${b.permission}`))
    expect(await grants()).toEqual(expected)
    const permissions = await db.sql.query<{ name: string }>(`select name from permissions`)
    expect(permissions.map((p) => p.name).sort()).toEqual([...allPermissions].sort())

    const logged = await changeCount()
    await Promise.all([ensureBuiltInRoles(db.sql), ensureBuiltInRoles(db.sql)])
    expect(await changeCount()).toBe(logged)
    expect(await grants()).toEqual(expected)
  })

  it('ensureBuiltInRoles puts back what was tombstoned and takes away what was added', async () => {
    const before = await grants()
    await db.sql.query(
      `update role_permissions set deleted_at = now()
        where role_id = (select id from roles where org_id is null and name = 'admin')`,
    )
    await db.sql.query(
      `insert into role_permissions (id, role_id, permission_id)
       select gen_random_uuid(), r.id, p.id from roles r, permissions p
        where r.org_id is null and r.name = 'viewer' and p.name = 'user.manage'`,
    )
    await ensureBuiltInRoles(db.sql)
    expect(await grants()).toEqual(before)
  })

  it('createOrganization makes the organization, its pipeline and its admin', async () => {
    const { orgId, adminUserId } = await createOrganization(db.sql, {
      name: 'Studio Nörd & Co.',
      currency: 'EUR',
      timezone: 'Europe/Paris',
      admin: { email: '  Owner@Studio.TEST ', name: 'Owner', password },
    })
    const [org] = await db.sql.query(
      `select slug, currency, timezone from organizations where id = $1`,
      [orgId],
    )
    expect(org).toEqual({ slug: 'studio-nord-co', currency: 'EUR', timezone: 'Europe/Paris' })
    const stages = await db.sql.query(
      `select name, kind, color, position from pipeline_stages where org_id = $1 order by position`,
      [orgId],
    )
    expect(stages).toEqual(defaultStages.map((s, position) => ({ ...s, position })))
    const [admin] = await db.sql.query<{ email: string; status: string; role: string }>(
      `select u.email, u.status, r.name as role
         from users u join user_roles ur on ur.user_id = u.id join roles r on r.id = ur.role_id
        where u.id = $1 and u.org_id = $2`,
      [adminUserId, orgId],
    )
    expect(admin).toEqual({ email: 'owner@studio.test', status: 'active', role: 'admin' })
  }, 15_000)

  it('createOrganization refuses a taken slug or email with 409 and leaves nothing behind', async () => {
    const count = async () =>
      (await db.sql.query<{ n: number }>(`select count(*)::int as n from organizations`))[0]?.n
    const before = await count()
    const slug = await httpErrorOf(
      createOrganization(db.sql, {
        name: 'Again',
        slug: 'studio-nord-co',
        admin: { email: 'other@studio.test', name: 'Other', password },
      }),
    )
    expect([slug.status, slug.code]).toEqual([409, 'slug_taken'])
    const email = await httpErrorOf(
      createOrganization(db.sql, {
        name: 'Fresh Agency',
        admin: { email: 'OWNER@studio.test', name: 'Other', password },
      }),
    )
    expect([email.status, email.code]).toEqual([409, 'email_taken'])
    expect(await count()).toBe(before)

    const weak = await httpErrorOf(
      createOrganization(db.sql, {
        name: 'Weak',
        admin: { email: 'weak@weak.test', name: 'Weak', password: 'short' },
      }),
    )
    expect([weak.status, weak.code]).toEqual([400, 'invalid_request'])
    expect(weak.message).toContain('admin.password')
  })

  it('createUser adds a user with a role to an existing organization only', async () => {
    const [org] = await db.sql.query<{ id: string }>(
      `select id from organizations where slug = 'studio-nord-co'`,
    )
    const orgId = org?.id ?? ''
    const { userId } = await createUser(db.sql, {
      orgId,
      email: 'Viewer@Studio.test',
      name: 'Vic',
      password,
      role: 'viewer',
    })
    const [user] = await db.sql.query(`select email, org_id from users where id = $1`, [userId])
    expect(user).toEqual({ email: 'viewer@studio.test', org_id: orgId })

    const missing = await httpErrorOf(
      createUser(db.sql, {
        orgId: '00000000-0000-4000-8000-000000000000',
        email: 'x@studio.test',
        name: 'X',
        password,
        role: 'viewer',
      }),
    )
    expect(missing.status).toBe(404)
  })
})

describe('slugify', () => {
  it('makes a slug of any name', () => {
    expect(slugify('Studio Nörd & Co.')).toBe('studio-nord-co')
    expect(slugify('  --  ')).toBe('workspace')
    expect(slugify('x'.repeat(80))).toHaveLength(60)
  })
})
