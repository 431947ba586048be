import type { Principal } from '../auth/principal.ts'
import type { Queryable, Sql, TransactionOptions } from './sql.ts'

/** Names the request's organization and user to the policies, for this transaction only. */
export async function setRequestScope(
  tx: Queryable,
  principal: Pick<Principal, 'orgId' | 'userId'>,
) {
  await tx.query(`select set_config('crm.org_id', $1, true), set_config('crm.user_id', $2, true)`, [
    principal.orgId,
    principal.userId,
  ])
}

/**
 * A transaction run as the request's user: the role crm_app, for which row-level security
 * (migration 0004) shows and accepts only the user's organization and their private rows.
 * The service checks everything itself first; this is the second wall.
 */
export function asPrincipal<T>(
  sql: Sql,
  principal: Pick<Principal, 'orgId' | 'userId'>,
  work: (tx: Queryable) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  return sql.transaction(async (tx) => {
    await setRequestScope(tx, principal)
    await tx.query('set local role crm_app')
    return work(tx)
  }, options)
}
