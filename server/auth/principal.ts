import type { PermissionName } from '#shared/domain/permissions'

/** Who a request acts for, resolved from its access token and checked against the database. */
export interface Principal {
  userId: string
  orgId: string
  /** The refresh-token chain the access token belongs to; signing out ends it. */
  sessionId: string
  permissions: ReadonlySet<PermissionName>
}

/** Reads the request's bearer token; throws HttpError 401 (no, bad or ended session) or 403 (suspended). */
export type Authenticate = (authorization: string | undefined) => Promise<Principal>
