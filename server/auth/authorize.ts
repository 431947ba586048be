import { permissionNames, type PermissionName } from '#shared/domain/permissions'
import { HttpError } from '../http/errors.ts'
import type { Principal } from './principal.ts'

/** Throws 403 `forbidden`, naming the permission, unless the principal holds it. */
export function requirePermission(principal: Principal, permission: PermissionName): void {
  if (principal.permissions.has(permission)) return
  throw new HttpError(
    403,
    'forbidden',
    `This needs the permission ${permission} (${permissionNames[permission].toLowerCase()}); ask an admin of your workspace to grant it.`,
    { permission },
  )
}
