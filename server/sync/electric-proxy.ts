import type { FastifyReply } from 'fastify'
import type { Principal } from '../auth/principal.ts'
import type { SyncTable } from './catalog.ts'
import { scopeCondition } from './scope.ts'

/** Protocol parameters a client may pass through; everything that shapes the data is ours. */
const passThrough = ['offset', 'handle', 'live', 'cursor', 'expired_handle', 'cache-buster', 'log']

/**
 * The request to a real Electric sync service for a scoped shape: the caller's protocol
 * position, our table, and our where clause with the user's organization and id as params.
 */
export function electricShapeUrl(
  base: string,
  table: SyncTable,
  principal: Principal,
  query: Record<string, string>,
): URL {
  const url = new URL('/v1/shape', base)
  for (const name of passThrough)
    if (query[name] !== undefined) url.searchParams.set(name, query[name])
  url.searchParams.set('table', table.name)
  // Electric sends every column unless told: name ours, so server-only ones never leave.
  url.searchParams.set('columns', [...table.columns.keys()].join(','))
  // Whole rows on update, as our own shapes send them: a device keeps them as bases.
  url.searchParams.set('replica', 'full')
  const { sql, params } = scopeCondition(table, principal, 1)
  // Electric's where language takes positional params without casts.
  url.searchParams.set('where', sql.replaceAll('::uuid', ''))
  params.forEach((value, i) => url.searchParams.set(`params[${i + 1}]`, String(value)))
  return url
}

/** Forwards the scoped request and streams Electric's answer back, headers and all. */
export async function forwardToElectric(
  base: string,
  table: SyncTable,
  principal: Principal,
  query: Record<string, string>,
  reply: FastifyReply,
  signal: AbortSignal,
) {
  const upstream = await fetch(electricShapeUrl(base, table, principal, query), { signal })
  for (const [name, value] of upstream.headers) {
    if (name.startsWith('electric-') || name === 'content-type' || name === 'cache-control')
      reply.header(name, value)
  }
  reply.header('cache-control', 'no-store')
  return reply.status(upstream.status).send(Buffer.from(await upstream.arrayBuffer()))
}
