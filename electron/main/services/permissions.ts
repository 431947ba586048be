import { and, eq, isNull } from 'drizzle-orm'
import type { LocalDb } from '#db/sqlite/open'
import * as t from '#db/sqlite/schema/index'
import { CrmError } from '#shared/contract/index'
import { allPermissions, type PermissionName } from '#shared/domain/permissions'

/**
 * What the person at this device may do, so the app refuses early and hides what would
 * only be refused on sync. The server decides for good (sync rule 6); this mirrors it:
 * the permissions the server gave at sign-in, else those of the user's roles on this
 * replica, else everything (a device nobody has signed in to, with its demo data).
 */
export function userPermissions(db: LocalDb, userId: string | null): Set<PermissionName> {
  const state = db.select({ permissions: t.deviceState.permissions }).from(t.deviceState).get()
  if (state?.permissions) return new Set(state.permissions as PermissionName[])
  if (!userId) return new Set(allPermissions)
  const rows = db
    .select({ name: t.permissions.name })
    .from(t.userRoles)
    .innerJoin(t.rolePermissions, eq(t.rolePermissions.roleId, t.userRoles.roleId))
    .innerJoin(t.permissions, eq(t.permissions.id, t.rolePermissions.permissionId))
    .where(and(eq(t.userRoles.userId, userId), isNull(t.userRoles.deletedAt)))
    .all()
  if (rows.length === 0) return new Set(allPermissions)
  return new Set(rows.map((r) => r.name as PermissionName))
}

export function requirePermission(
  db: LocalDb,
  userId: string | null,
  permission: PermissionName,
  action: string,
): void {
  if (!userPermissions(db, userId).has(permission))
    throw new CrmError(
      'forbidden',
      `Your role may not ${action}. Ask a manager or an admin (it needs "${permission}").`,
    )
}
