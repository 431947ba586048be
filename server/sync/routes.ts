import type { FastifyPluginCallback } from 'fastify'
import { z } from 'zod'
import { PushRequest, schemaVersionHeader } from '#shared/sync/protocol'
import type { ServerDeps } from '../app.ts'
import type { Authenticate } from '../auth/principal.ts'
import { HttpError, parseInput } from '../http/errors.ts'
import { syncTable } from './catalog.ts'
import { forwardToElectric } from './electric-proxy.ts'
import type { LiveHub } from './live.ts'
import { countShapeRows } from './counts.ts'
import { checkSchemaVersion, push } from './push.ts'
import { serveShape } from './shape.ts'

const ShapeQuery = z
  .object({
    table: z.string().min(1),
    offset: z.string().default('-1'),
    handle: z.string().optional(),
    live: z.enum(['true', 'false']).optional(),
    cursor: z.string().optional(),
    // The client library adds these to bust caches; they change nothing here.
    expired_handle: z.string().optional(),
    'cache-buster': z.string().optional(),
    log: z.enum(['full']).optional(),
    // Names the device's replica. Ignored here; it keeps the client library's per-process
    // caches (keyed by URL) from taking two accounts or two replicas for one shape.
    replica_of: z.string().max(200).optional(),
  })
  // The server alone sets a shape's scope: where, params, columns and replica are refused.
  .strict()

/** Rows per page of a snapshot or a log read. */
export const shapePageSize = 1000

export const syncRoutes =
  (deps: ServerDeps, authenticate: Authenticate, live: LiveHub): FastifyPluginCallback =>
  (app, _options, done) => {
    const now = deps.now ?? Date.now

    app.post('/v1/push', async (request) => {
      const principal = await authenticate(request.headers.authorization)
      const body = parseInput(PushRequest, request.body, 'push batch')
      return push(
        {
          sql: deps.sql,
          principal,
          requestId: request.id,
          ip: request.ip,
          userAgent: request.headers['user-agent'],
          now: now(),
          // Behind a real Electric service the shapes' offsets are its own: no positions then.
          changeLogPositions: !deps.config.electricUrl,
        },
        body,
      )
    })

    // Rows per shape, so a new device can show how far its first download has got.
    app.get('/v1/shape-counts', async (request) => {
      const principal = await authenticate(request.headers.authorization)
      const tables = await deps.sql.transaction(
        (tx) => countShapeRows(tx, { orgId: principal.orgId, userId: principal.userId }),
        { readOnly: true },
      )
      return { tables }
    })

    app.get('/v1/shape', async (request, reply) => {
      const principal = await authenticate(request.headers.authorization)
      const query = parseInput(ShapeQuery, request.query, 'shape request')
      const version = request.headers[schemaVersionHeader]
      if (typeof version !== 'string' || !/^\d+$/.test(version)) {
        throw new HttpError(
          400,
          'schema_version_required',
          `Send the app's data schema version in the ${schemaVersionHeader} header`,
        )
      }
      checkSchemaVersion(Number(version))
      const table = syncTable(query.table)
      if (!table)
        throw new HttpError(400, 'unknown_table', `There is no synced table ${query.table}`)

      const abort = new AbortController()
      // The response's close: the device hung up (or the answer went out); stop waiting for it.
      reply.raw.on('close', () => abort.abort())
      if (deps.config.electricUrl) {
        return forwardToElectric(
          deps.config.electricUrl,
          table,
          principal,
          request.query as Record<string, string>,
          reply,
          abort.signal,
        )
      }
      const result = await serveShape(
        {
          sql: deps.sql,
          live,
          liveTimeoutMs: deps.config.liveTimeoutMs,
          pageSize: deps.config.shapePageSize ?? shapePageSize,
        },
        principal,
        { table, offset: query.offset, handle: query.handle, live: query.live === 'true' },
        abort.signal,
      )
      return reply.status(result.status).headers(result.headers).send(result.body)
    })
    done()
  }
