import type { ServerDeps } from '../app.ts'
import { HttpError } from '../http/errors.ts'
import {
  accountColumns,
  accountRefusal,
  permissionList,
  permissionsColumn,
  type AccountRow,
} from './account.ts'
import type { Authenticate, Principal } from './principal.ts'
import { chainFrom, maxChainLag } from './token-chain.ts'
import { verifyAccessToken } from './tokens.ts'

const unauthenticated = (why: string) =>
  new HttpError(401, 'unauthenticated', `${why}; sign in again.`)

interface PrincipalRow extends AccountRow {
  permissions: unknown
  session_live: boolean
}

/**
 * The signature and expiry of an access token are checked in memory; then one query
 * checks what may have changed since it was issued (the user suspended, the session
 * signed out, roles changed) and loads the permissions the request will be judged by.
 */
export function createAuthenticator(
  deps: Pick<ServerDeps, 'sql' | 'config' | 'now'>,
): Authenticate {
  const now = deps.now ?? Date.now
  return async (authorization) => {
    // The scheme's case does not matter (RFC 9110); the token is three base64url parts.
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/i.exec(
      authorization?.trim() ?? '',
    )
    if (!match?.[1]) {
      throw unauthenticated(
        'This request has no valid "Authorization: Bearer <access token>" header',
      )
    }
    const nowMs = now()
    const claims = await verifyAccessToken(deps.config, match[1], nowMs)
    if (!claims) throw unauthenticated('The access token is expired or not valid')

    // The chain is walked from the token's row to its newest (token-chain.ts explains why).
    const [row] = await deps.sql.query<PrincipalRow>(
      `with recursive ${chainFrom('$3', maxChainLag)}
       select ${accountColumns}, ${permissionsColumn},
              exists (select 1 from chain c
                       where c.replaced_by is null and c.user_id = u.id
                         and c.expires_at > $4::timestamptz)
              and not exists (select 1 from chain c where c.revoked) as session_live
         from users u join organizations o on o.id = u.org_id
        where u.id = $1 and u.org_id = $2`,
      [claims.userId, claims.orgId, claims.sessionId, new Date(nowMs).toISOString()],
    )
    if (!row) throw unauthenticated('The account this access token was issued for no longer exists')
    // Suspension is reported as such even though it also ended the sessions.
    const refusal = accountRefusal(row)
    if (refusal) throw refusal
    if (!row.session_live) throw unauthenticated('This session has ended (signed out or expired)')

    const principal: Principal = {
      userId: claims.userId,
      orgId: claims.orgId,
      sessionId: claims.sessionId,
      permissions: new Set(permissionList(row.permissions)),
    }
    return principal
  }
}
