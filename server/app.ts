import { randomUUID } from 'node:crypto'
import rateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyInstance } from 'fastify'
import { authRoutes } from './auth/routes.ts'
import { createAuthenticator } from './auth/authenticate.ts'
import type { ServerConfig } from './config.ts'
import type { Sql } from './db/sql.ts'
import { installErrorHandler } from './http/errors.ts'
import { createLiveHub } from './sync/live.ts'
import { syncRoutes } from './sync/routes.ts'

export interface ServerDeps {
  sql: Sql
  config: ServerConfig
  /** The clock, for tests of token expiry; Date.now by default. */
  now?: () => number
  /** Where log lines go; stdout by default (tests read them to prove no secret is logged). */
  logStream?: { write(line: string): void }
}

/** Secrets and tokens never reach a log line (Standards: no secret in a log). */
const redact = [
  'req.headers.authorization',
  'req.headers.cookie',
  'body.password',
  'body.refreshToken',
  'res.headers["set-cookie"]',
]

export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: deps.config.logLevel,
      redact,
      ...(deps.logStream ? { stream: deps.logStream } : {}),
    },
    bodyLimit: deps.config.bodyLimitBytes,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: deps.config.trustProxy ?? false,
    // On close, cut every connection: held live requests are woken first (preClose below),
    // a push cut short is resent and applied once (mutation ids), and a half-open socket
    // of a laptop that vanished mid-request must not hold the shutdown for minutes.
    forceCloseConnections: true,
  })
  installErrorHandler(app)
  // Per route (sign-in), not global: a syncing office shares one address.
  await app.register(rateLimit, { global: false })

  const authenticate = createAuthenticator(deps)
  const live = await createLiveHub(deps.sql)
  app.addHook('preClose', async () => live.close())

  app.get('/v1/health', () => ({ ok: true }))
  await app.register(authRoutes(deps, authenticate))
  await app.register(syncRoutes(deps, authenticate, live))
  return app
}
