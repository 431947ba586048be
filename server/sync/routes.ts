import type { FastifyPluginAsync } from 'fastify'
import type { ServerDeps } from '../app.ts'
import type { Authenticate } from '../auth/principal.ts'
import type { LiveHub } from './live.ts'

export const syncRoutes =
  (_deps: ServerDeps, _authenticate: Authenticate, _live: LiveHub): FastifyPluginAsync =>
  async () => {}
