import { uuidv7 } from 'uuidv7'
import type { builtInRoles } from '#shared/domain/enums'
import { normalizeEmail } from '../auth/account.ts'
import type { Queryable } from '../db/sql.ts'
import { HttpError } from '../http/errors.ts'

/*
 * Writes to users and their roles, shared by the first-run commands (bootstrap.ts) and the
 * admin routes. Each takes the caller's transaction, so a user and its audit entry, or an
 * organization and its first admin, commit together.
 */

export type BuiltInRole = (typeof builtInRoles)[number]

/** The unique index said no: someone took the value between our check and our insert. */
export const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === '23505'

const emailTaken = (email: string) =>
  new HttpError(
    409,
    'email_taken',
    `An account with the email ${email} already exists; use another email.`,
  )

export async function builtInRoleId(tx: Queryable, role: BuiltInRole): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `select id from roles where org_id is null and name = $1 and deleted_at is null`,
    [role],
  )
  // Only a database set up without ensureBuiltInRoles gets here: a fault of ours, not the caller's.
  if (!row) throw new Error(`The built-in role ${role} is missing; run ensureBuiltInRoles first.`)
  return row.id
}

export interface NewUser {
  orgId: string
  email: string
  name: string
  passwordHash: string
  role: BuiltInRole
}

/** Inserts an active user with one built-in role; 409 `email_taken` when the email has an account. */
export async function insertUser(tx: Queryable, user: NewUser): Promise<string> {
  const email = normalizeEmail(user.email)
  // Emails are unique across organizations: one sign-in form finds the account by email alone.
  const [taken] = await tx.query(`select 1 from users where lower(email) = $1 limit 1`, [email])
  if (taken) throw emailTaken(email)
  const roleId = await builtInRoleId(tx, user.role)
  const userId = uuidv7()
  try {
    await tx.query(
      `insert into users (id, org_id, email, name, status, password_hash)
       values ($1, $2, $3, $4, 'active', $5)`,
      [userId, user.orgId, email, user.name, user.passwordHash],
    )
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken(email)
    throw error
  }
  await tx.query(`insert into user_roles (id, org_id, user_id, role_id) values ($1, $2, $3, $4)`, [
    uuidv7(),
    user.orgId,
    userId,
    roleId,
  ])
  return userId
}

/** The names of the user's roles now held, sorted (one, for users made here). */
export async function rolesOf(tx: Queryable, userId: string): Promise<string[]> {
  const rows = await tx.query<{ name: string }>(
    `select r.name from user_roles ur join roles r on r.id = ur.role_id and r.deleted_at is null
      where ur.user_id = $1 and ur.deleted_at is null
      order by r.name`,
    [userId],
  )
  return rows.map((r) => r.name)
}

/**
 * Makes `role` the user's only role. Old assignments are tombstoned, not deleted, so
 * devices hear of the change; a role held before is revived rather than added twice.
 */
export async function setOnlyRole(
  tx: Queryable,
  target: { orgId: string; userId: string },
  role: BuiltInRole,
) {
  const roleId = await builtInRoleId(tx, role)
  await tx.query(
    `update user_roles set deleted_at = now(), updated_at = now()
      where user_id = $1 and role_id <> $2 and deleted_at is null`,
    [target.userId, roleId],
  )
  await tx.query(
    `insert into user_roles (id, org_id, user_id, role_id) values ($1, $2, $3, $4)
     on conflict (user_id, role_id)
       do update set deleted_at = null, updated_at = now() where user_roles.deleted_at is not null`,
    [uuidv7(), target.orgId, target.userId, roleId],
  )
}

/** Active admins of the organization other than `exceptUserId`. */
export async function otherActiveAdmins(tx: Queryable, orgId: string, exceptUserId: string) {
  const [row] = await tx.query<{ count: number }>(
    `select count(*)::int as count
       from users u
       join user_roles ur on ur.user_id = u.id and ur.deleted_at is null
       join roles r on r.id = ur.role_id and r.org_id is null and r.name = 'admin'
      where u.org_id = $1 and u.id <> $2 and u.status = 'active' and u.deleted_at is null`,
    [orgId, exceptUserId],
  )
  return row?.count ?? 0
}
