import { permissionNames, type PermissionName } from '#shared/domain/permissions'
import { HttpError } from '../http/errors.ts'

/*
 * What sign-in, refresh and every authenticated request read about a user, in SQL pieces
 * the three share so that they agree on who may act and what they hold.
 */

/** Emails compare without case: Ana@Agency.com and ana@agency.com are one account. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase()

/**
 * Select-list columns for the user `u` joined to their organization `o`. Deleted means
 * either the status or the tombstone: a device may tombstone a row the server never marked.
 */
export const accountColumns = `
  u.id as user_id, u.org_id, u.email, u.name, u.status,
  u.deleted_at is not null as user_deleted, o.deleted_at is not null as org_deleted`

/**
 * The permission names user `u` holds through their roles, as a json array. Tombstoned
 * assignments, roles, grants and permissions count for nothing; a role of another
 * organization never applies.
 */
export const permissionsColumn = `
  (select coalesce(json_agg(distinct p.name), '[]'::json)
     from user_roles ur
     join roles r on r.id = ur.role_id and r.deleted_at is null
       and (r.org_id is null or r.org_id = u.org_id)
     join role_permissions rp on rp.role_id = r.id and rp.deleted_at is null
     join permissions p on p.id = rp.permission_id and p.deleted_at is null
    where ur.user_id = u.id and ur.org_id = u.org_id and ur.deleted_at is null) as permissions`

export interface AccountRow {
  user_id: string
  org_id: string
  email: string
  name: string
  status: string
  user_deleted: boolean
  org_deleted: boolean
}

export interface AccountUser {
  id: string
  orgId: string
  email: string
  name: string
}

export const accountUser = (row: AccountRow): AccountUser => ({
  id: row.user_id,
  orgId: row.org_id,
  email: row.email,
  name: row.name,
})

const isPermissionName = (name: unknown): name is PermissionName =>
  typeof name === 'string' && Object.hasOwn(permissionNames, name)

/** The names this server knows, sorted; a permission added by a newer server is ignored. */
export const permissionList = (names: unknown): PermissionName[] =>
  (Array.isArray(names) ? names.filter(isPermissionName) : []).sort()

/** Why this account may not act now (403), or undefined when it may. */
export function accountRefusal(row: AccountRow): HttpError | undefined {
  if (row.org_deleted) {
    return new HttpError(
      403,
      'organization_closed',
      'This workspace has been closed; ask its owner whether it moved to a new one.',
    )
  }
  if (row.user_deleted || row.status === 'deleted') {
    return new HttpError(
      403,
      'account_suspended',
      'This account has been removed; ask an admin of your workspace if you need access again.',
    )
  }
  if (row.status !== 'active') {
    return new HttpError(
      403,
      'account_suspended',
      'This account is suspended; ask an admin of your workspace to reactivate it.',
    )
  }
  return undefined
}
