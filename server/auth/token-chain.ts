import type { Queryable } from '../db/sql.ts'

/*
 * A session is a chain of refresh tokens: sign-in makes the first row, each refresh adds
 * a row and points the old one at it (replaced_by). The schema has no session column, so
 * a chain is walked along replaced_by, forwards only (that is the primary key; nothing
 * indexes the way back):
 * - an access token names the row issued with it (its sid); it is good while the chain's
 *   newest row, reached from there, is neither revoked nor expired;
 * - ending a session revokes from the presented row to the newest, which is enough: every
 *   access token of the chain walks to that newest row, and every older refresh token is
 *   already replaced, so presenting one again counts as reuse.
 */

/**
 * How many refreshes an access token may lag behind its chain's newest row. A desktop
 * refreshes about once per access-token lifetime, so a live token is 0 or 1 rows behind;
 * a token past this many is treated as ended, which bounds the walk on every request.
 */
export const maxChainLag = 16

/**
 * The rows from `$<param>` to the chain's newest, as the recursive CTE `chain(id, user_id,
 * replaced_by, revoked, expires_at, depth)`. Prefix the statement with `with recursive`.
 */
export const chainFrom = (param: string, maxDepth?: number) => `
  chain(id, user_id, replaced_by, revoked, expires_at, depth) as (
    select id, user_id, replaced_by, revoked_at is not null, expires_at, 0
      from refresh_tokens where id = ${param}
    union all
    select t.id, t.user_id, t.replaced_by, t.revoked_at is not null, t.expires_at, c.depth + 1
      from refresh_tokens t join chain c on t.id = c.replaced_by
     ${maxDepth === undefined ? '' : `where c.depth < ${maxDepth}`}
  )`

/** Revokes the row `tokenId` and every row it was rotated into. */
export async function revokeChainFrom(tx: Queryable, tokenId: string, nowIso: string) {
  await tx.query(
    `with recursive ${chainFrom('$1')}
     update refresh_tokens set revoked_at = $2::timestamptz
      where id in (select id from chain) and revoked_at is null`,
    [tokenId, nowIso],
  )
}

/** Revokes every session of a user (sign out everywhere, suspension). */
export async function revokeAllSessions(tx: Queryable, userId: string, nowIso: string) {
  await tx.query(
    `update refresh_tokens set revoked_at = $2::timestamptz
      where user_id = $1 and revoked_at is null`,
    [userId, nowIso],
  )
}
