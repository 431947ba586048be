import type { RateLimitOptions } from '@fastify/rate-limit'
import type { FastifyPluginCallback, FastifyRequest } from 'fastify'
import type { ServerDeps } from '../app.ts'
import { adminRoutes } from '../admin/routes.ts'
import { HttpError, parseInput } from '../http/errors.ts'
import { normalizeEmail, permissionList } from './account.ts'
import type { Authenticate } from './principal.ts'
import { refresh, signIn, signOut, signOutEverywhere } from './sessions.ts'
import { RefreshRequest, SignInRequest } from './wire.ts'

/** The email a sign-in attempt is for, as the rate limit counts it (before validation). */
const attemptedEmail = (body: unknown) =>
  typeof body === 'object' && body !== null && 'email' in body && typeof body.email === 'string'
    ? normalizeEmail(body.email)
    : ''

/**
 * Sign-in attempts are counted per address and email: a guesser is slowed on each
 * account, while colleagues behind one office address do not lock each other out.
 */
const signInRateLimit = (deps: ServerDeps): RateLimitOptions => ({
  max: deps.config.signInAttemptsPerMinute,
  timeWindow: '1 minute',
  // preHandler, not onRequest: the key needs the parsed body.
  hook: 'preHandler',
  keyGenerator: (request: FastifyRequest) => `${request.ip}|${attemptedEmail(request.body)}`,
  errorResponseBuilder: (_request, context) =>
    new HttpError(
      429,
      'rate_limited',
      `Too many sign-in attempts for this account; wait ${context.after} and try again.`,
    ),
})

/** Sign-in, refresh and sign-out, and the admin routes (server/admin/routes.ts). */
export const authRoutes =
  (deps: ServerDeps, authenticate: Authenticate): FastifyPluginCallback =>
  (app, _options, done) => {
    app.post(
      '/v1/auth/sign-in',
      { config: { rateLimit: signInRateLimit(deps) } },
      async (request) => {
        const body = parseInput(SignInRequest, request.body, 'sign-in')
        return signIn(deps, body)
      },
    )

    app.post('/v1/auth/refresh', async (request) => {
      const body = parseInput(RefreshRequest, request.body, 'refresh')
      return refresh(deps, body.refreshToken)
    })

    app.post('/v1/auth/sign-out', async (request, reply) => {
      const body = parseInput(RefreshRequest, request.body, 'sign-out')
      await signOut(deps, body.refreshToken)
      return reply.status(204).send()
    })

    app.post('/v1/auth/sign-out-everywhere', async (request, reply) => {
      const principal = await authenticate(request.headers.authorization)
      await signOutEverywhere(deps, principal.userId)
      return reply.status(204).send()
    })

    app.get('/v1/auth/me', async (request) => {
      const principal = await authenticate(request.headers.authorization)
      const [user] = await deps.sql.query<{
        id: string
        org_id: string
        email: string
        name: string
      }>(`select id, org_id, email, name from users where id = $1 and org_id = $2`, [
        principal.userId,
        principal.orgId,
      ])
      // authenticate has just read this row; it can only vanish in between.
      if (!user)
        throw new HttpError(401, 'unauthenticated', 'This account no longer exists; sign in again.')
      return {
        user: { id: user.id, orgId: user.org_id, email: user.email, name: user.name },
        permissions: permissionList([...principal.permissions]),
      }
    })

    adminRoutes(app, deps, authenticate)
    done()
  }
