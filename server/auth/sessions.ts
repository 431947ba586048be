import { uuidv7 } from 'uuidv7'
import type { PermissionName } from '#shared/domain/permissions'
import type { ServerDeps } from '../app.ts'
import type { Queryable } from '../db/sql.ts'
import { HttpError } from '../http/errors.ts'
import {
  accountColumns,
  accountRefusal,
  accountUser,
  normalizeEmail,
  permissionList,
  permissionsColumn,
  type AccountRow,
  type AccountUser,
} from './account.ts'
import { hashPassword, needsRehash, verifyPassword } from './passwords.ts'
import { revokeAllSessions, revokeChainFrom } from './token-chain.ts'
import { hashRefreshToken, newRefreshToken, signAccessToken } from './tokens.ts'

/*
 * Sign-in, refresh and sign-out. These run as the database owner, not as crm_app: an
 * email is looked up across organizations, and crm_app has no grant on refresh_tokens.
 */

export type SessionDeps = Pick<ServerDeps, 'sql' | 'config' | 'now'>

/** What sign-in and refresh answer: a token pair, and who it is for. */
export interface Session {
  accessToken: string
  refreshToken: string
  /** Seconds the access token is good for. */
  expiresIn: number
  user: AccountUser
  permissions: PermissionName[]
}

const clock = (deps: SessionDeps) => {
  const ms = (deps.now ?? Date.now)()
  return { ms, iso: new Date(ms).toISOString() }
}

/** One answer for an unknown email and a wrong password: neither says which emails exist. */
const invalidCredentials = () =>
  new HttpError(
    401,
    'invalid_credentials',
    'The email or password is wrong; check both and try again.',
  )

/** Stores a new refresh token for the user and signs the access token that goes with it. */
async function issue(
  deps: SessionDeps,
  tx: Queryable,
  account: AccountRow,
  deviceName: string | null,
  now: { ms: number; iso: string },
) {
  const id = uuidv7()
  const refresh = newRefreshToken()
  const expiresAt = new Date(now.ms + deps.config.refreshTokenTtlDays * 86_400_000).toISOString()
  await tx.query(
    `insert into refresh_tokens (id, user_id, token_hash, device_name, expires_at, created_at)
     values ($1, $2, $3, $4, $5::timestamptz, $6::timestamptz)`,
    [id, account.user_id, refresh.hash, deviceName, expiresAt, now.iso],
  )
  const access = await signAccessToken(
    deps.config,
    { userId: account.user_id, orgId: account.org_id, sessionId: id },
    now.ms,
  )
  return { id, ...access, refreshToken: refresh.token }
}

export interface SignInInput {
  email: string
  password: string
  /** Shown to the user in a list of their sessions; never trusted for anything. */
  deviceName?: string | undefined
}

export async function signIn(deps: SessionDeps, input: SignInInput): Promise<Session> {
  const email = normalizeEmail(input.email)
  // Stored emails are lower-cased; lower() also finds a row written some other way.
  // Should two rows differ only in case, the exact match wins.
  const [account] = await deps.sql.query<AccountRow & { password_hash: string | null }>(
    `select ${accountColumns}, u.password_hash
       from users u join organizations o on o.id = u.org_id
      where lower(u.email) = $1
      order by (u.email = $1) desc, u.created_at
      limit 1`,
    [email],
  )
  // Verified before anything else is said, so only the password's owner learns the account's state.
  const matches = await verifyPassword(account?.password_hash, input.password)
  if (!account || !matches) throw invalidCredentials()
  const refusal = accountRefusal(account)
  if (refusal) throw refusal

  const rehashed =
    account.password_hash && needsRehash(account.password_hash)
      ? await hashPassword(input.password)
      : null
  const now = clock(deps)
  return deps.sql.transaction(async (tx) => {
    const [state] = await tx.query<{ permissions: unknown }>(
      `update users u set last_login = $2::timestamptz, updated_at = $2::timestamptz,
              password_hash = coalesce($3, u.password_hash)
        where u.id = $1
        returning ${permissionsColumn}`,
      [account.user_id, now.iso, rehashed],
    )
    const issued = await issue(deps, tx, account, input.deviceName ?? null, now)
    return {
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken,
      expiresIn: issued.expiresIn,
      user: accountUser(account),
      permissions: permissionList(state?.permissions),
    }
  })
}

interface PresentedToken extends AccountRow {
  token_id: string
  device_name: string | null
  revoked: boolean
  replaced: boolean
  expired: boolean
  permissions: unknown
}

const refused = {
  unknown: () =>
    new HttpError(401, 'invalid_refresh_token', 'This session is not known here; sign in again.'),
  revoked: () =>
    new HttpError(401, 'session_revoked', 'This session was signed out; sign in again.'),
  reused: () =>
    new HttpError(
      401,
      'refresh_token_reused',
      'This sign-in was used from two places, so it was ended to protect the account; sign in again, and tell an admin if you did not expect this.',
    ),
  expired: () => new HttpError(401, 'session_expired', 'This session has expired; sign in again.'),
}

/**
 * Trades a refresh token for a new pair; the old token is then spent. Presenting a spent
 * or revoked token again means a copy exists somewhere (a stolen token, or a client that
 * lost an answer), so the rest of its chain is revoked too and both parties must sign in.
 */
export async function refresh(deps: SessionDeps, refreshToken: string): Promise<Session> {
  const now = clock(deps)
  // The refusal is returned, not thrown: a revocation must commit before the 401 leaves.
  const outcome = await deps.sql.transaction(async (tx): Promise<Session | HttpError> => {
    // "for update": a second refresh with the same token waits here, then sees it spent.
    const [row] = await tx.query<PresentedToken>(
      `select t.id as token_id, t.device_name, t.revoked_at is not null as revoked,
              t.replaced_by is not null as replaced, t.expires_at <= $2::timestamptz as expired,
              ${accountColumns}, ${permissionsColumn}
         from refresh_tokens t
         join users u on u.id = t.user_id
         join organizations o on o.id = u.org_id
        where t.token_hash = $1
        for update of t`,
      [hashRefreshToken(refreshToken), now.iso],
    )
    if (!row) return refused.unknown()
    // First, as in authenticate: a suspended user learns why, although suspending also
    // revoked this session.
    const refusal = accountRefusal(row)
    if (refusal) return refusal
    if (row.revoked || row.replaced) {
      await revokeChainFrom(tx, row.token_id, now.iso)
      return row.revoked ? refused.revoked() : refused.reused()
    }
    if (row.expired) return refused.expired()

    const issued = await issue(deps, tx, row, row.device_name, now)
    await tx.query(`update refresh_tokens set replaced_by = $2 where id = $1`, [
      row.token_id,
      issued.id,
    ])
    return {
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken,
      expiresIn: issued.expiresIn,
      user: accountUser(row),
      permissions: permissionList(row.permissions),
    }
  })
  if (outcome instanceof HttpError) throw outcome
  return outcome
}

/** Ends the session the refresh token belongs to. An unknown token is already signed out. */
export async function signOut(deps: SessionDeps, refreshToken: string): Promise<void> {
  const now = clock(deps)
  await deps.sql.transaction(async (tx) => {
    const [row] = await tx.query<{ id: string }>(
      `select id from refresh_tokens where token_hash = $1 for update`,
      [hashRefreshToken(refreshToken)],
    )
    if (row) await revokeChainFrom(tx, row.id, now.iso)
  })
}

/** Ends every session of the user: each device must sign in again. */
export async function signOutEverywhere(deps: SessionDeps, userId: string): Promise<void> {
  await revokeAllSessions(deps.sql, userId, clock(deps).iso)
}
