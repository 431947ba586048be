import { createHash, randomBytes } from 'node:crypto'
import { jwtVerify, SignJWT } from 'jose'
import { z } from 'zod'
import type { ServerConfig } from '../config.ts'

/*
 * Two kinds of token. An access token is a short-lived JWT the server checks on every
 * request without a lookup of its own (the database check in authenticate.ts is for
 * suspension and sign-out). A refresh token is an opaque random string, stored only as
 * its SHA-256 hash, traded for a new pair once (sessions.ts rotates it).
 */

/** Who made the token and for whom: a token from another service with the same secret is refused. */
export const tokenIssuer = 'influencer-crm'
export const tokenAudience = 'influencer-crm/sync'
const algorithm = 'HS256'

export interface AccessClaims {
  userId: string
  orgId: string
  /** The refresh-token row issued with this access token (sessions.ts says why). */
  sessionId: string
}

const Claims = z.object({ sub: z.uuid(), org: z.uuid(), sid: z.uuid() })

const keyOf = (config: ServerConfig) => new TextEncoder().encode(config.authSecret)

/** Signs an access token valid for config.accessTokenTtlSeconds from `nowMs`. */
export async function signAccessToken(config: ServerConfig, claims: AccessClaims, nowMs: number) {
  const issuedAt = Math.floor(nowMs / 1000)
  const token = await new SignJWT({ org: claims.orgId, sid: claims.sessionId })
    .setProtectedHeader({ alg: algorithm, typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(tokenIssuer)
    .setAudience(tokenAudience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + config.accessTokenTtlSeconds)
    .sign(keyOf(config))
  return { accessToken: token, expiresIn: config.accessTokenTtlSeconds }
}

/** The token's claims, or undefined when it is malformed, forged, expired or not ours. */
export async function verifyAccessToken(
  config: ServerConfig,
  token: string,
  nowMs: number,
): Promise<AccessClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, keyOf(config), {
      algorithms: [algorithm],
      issuer: tokenIssuer,
      audience: tokenAudience,
      requiredClaims: ['exp', 'sub'],
      currentDate: new Date(nowMs),
    })
    const claims = Claims.safeParse(payload)
    if (!claims.success) return undefined
    return { userId: claims.data.sub, orgId: claims.data.org, sessionId: claims.data.sid }
  } catch {
    return undefined
  }
}

/** A new refresh token and the hash that is all the database keeps of it. */
export function newRefreshToken() {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashRefreshToken(token) }
}

/** A fast hash is enough: the token is 256 random bits, not a guessable password. */
export const hashRefreshToken = (token: string) => createHash('sha256').update(token).digest('hex')
