import type { SyncTable } from './catalog.ts'

/** Whose shape it is: the server alone sets it from the access token; a client cannot widen it. */
export interface Scope {
  orgId: string
  userId: string
}

/**
 * The SQL condition for the rows of `table` a user may read, with its parameters numbered
 * from `first`. The same rule as the row-level security policies of migration 0004; the
 * service applies it itself, and the database applies the policies behind it.
 */
export function scopeCondition(
  table: SyncTable,
  scope: Scope,
  first: number,
): { sql: string; params: unknown[] } {
  const params: unknown[] = []
  const param = (value: string) => {
    params.push(value)
    return `$${first + params.length - 1}::uuid`
  }
  const tenancy = (() => {
    switch (table.org) {
      case 'org_id':
        return table.name === 'roles'
          ? `(org_id = ${param(scope.orgId)} or org_id is null)`
          : `org_id = ${param(scope.orgId)}`
      case 'id':
        return `id = ${param(scope.orgId)}`
      case 'role':
        return `role_id in (select id from roles where org_id = ${param(scope.orgId)} or org_id is null)`
      case 'none':
        return 'true'
    }
  })()
  const owner = table.privacy ? `"${table.privacy.ownerColumn}"` : ''
  const privacy = (() => {
    switch (table.privacy?.kind) {
      case undefined:
        return ''
      case 'always':
        return ` and ${owner} = ${param(scope.userId)}`
      case 'visibility':
        return ` and (visibility <> 'private' or ${owner} = ${param(scope.userId)})`
      case 'document':
        return ` and ${owner} in (select id from documents where visibility <> 'private' or owner_id = ${param(scope.userId)})`
    }
  })()
  return { sql: `${tenancy}${privacy}`, params }
}
