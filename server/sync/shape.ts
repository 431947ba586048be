import type { Principal } from '../auth/principal.ts'
import { asPrincipal } from '../db/scoped.ts'
import type { Sql } from '../db/sql.ts'
import { HttpError } from '../http/errors.ts'
import type { SyncTable } from './catalog.ts'
import { logPosition, readLog, readSnapshotPage, type LogEntry } from './change-log.ts'
import type { LiveHub } from './live.ts'
import {
  formatHandle,
  logOffset,
  nilUuid,
  parseHandle,
  parseOffset,
  snapshotOffset,
} from './offsets.ts'
import { encodeRow, rowKey, schemaHeader } from './wire.ts'

/*
 * ElectricSQL's HTTP Shape API served from our change log: a table's rows in the caller's
 * scope as an initial snapshot in pages, then its changes, then live long-polls. The
 * messages and headers are the ones @electric-sql/client reads (see server/PROTOCOL.md).
 */

export interface ShapeParams {
  table: SyncTable
  offset: string
  handle?: string
  live: boolean
}

export interface ShapeReply {
  status: number
  headers: Record<string, string>
  body: unknown[]
}

export interface ShapeContext {
  sql: Sql
  live: LiveHub
  liveTimeoutMs: number
  pageSize: number
}

type Message = Record<string, unknown>

const upToDate = (head: number): Message => ({
  headers: { control: 'up-to-date', global_last_seen_lsn: String(head) },
})

function changeMessage(table: SyncTable, entry: LogEntry, position: number): Message {
  const id = String(entry.row.id)
  const operation =
    !entry.visibleNow || entry.op === 'delete'
      ? 'delete'
      : entry.op === 'insert' || !entry.visibleBefore
        ? 'insert'
        : 'update'
  return {
    key: rowKey(table.name, id),
    value: operation === 'delete' ? { id } : encodeRow(table, entry.row),
    headers: {
      operation,
      relation: ['public', table.name],
      lsn: String(entry.seq),
      op_position: position,
    },
  }
}

/** A 200 of this shape's handle and cursor: offset, messages, and whether it is up to date. */
const replyOf =
  (table: SyncTable, handle: string, cursor: string) =>
  (offset: string, body: Message[], upToDateFlag: boolean): ShapeReply => ({
    status: 200,
    headers: {
      'electric-handle': handle,
      'electric-offset': offset,
      'electric-schema': schemaHeader(table),
      'electric-cursor': cursor,
      ...(upToDateFlag ? { 'electric-up-to-date': '' } : {}),
      // Private data behind a token: never cached by a proxy.
      'cache-control': 'no-store',
    },
    body,
  })

/**
 * electric-cursor: changes whenever there is news (a new head or a new log generation).
 * The client treats an up-to-date under a cursor it saw just before a refetch as a cached
 * replay and ignores it, so a refetched shape must come with a new cursor.
 */
const liveCursor = (epoch: string, head: number) => `${epoch.slice(0, 8)}-${head}`

const mustRefetch = (handle: string): ShapeReply => ({
  status: 409,
  headers: { 'electric-handle': handle, 'cache-control': 'no-store' },
  body: [{ headers: { control: 'must-refetch' } }],
})

export async function serveShape(
  context: ShapeContext,
  principal: Principal,
  params: ShapeParams,
  signal: AbortSignal,
): Promise<ShapeReply> {
  const offset = parseOffset(params.offset)
  const handle = offset.kind === 'new' ? undefined : parseHandle(params.handle ?? '')
  if (offset.kind !== 'new' && !handle) {
    throw new HttpError(
      400,
      'invalid_handle',
      'A shape request past offset -1 needs the handle the server gave',
    )
  }
  if (offset.kind === 'log')
    return serveLog(context, principal, params, handle!, offset.after, signal)

  // The initial snapshot, one page per request, by id.
  const { table } = params
  return asPrincipal(
    context.sql,
    principal,
    async (tx) => {
      const { epoch, head } = await logPosition(tx)
      if (handle && handle.epoch !== epoch) return mustRefetch(formatHandle(epoch, head))
      const start = handle?.start ?? head
      const afterId = offset.kind === 'snapshot' ? offset.afterId : nilUuid
      const rows = await readSnapshotPage(tx, table, principal, afterId, context.pageSize)
      const messages: Message[] = rows.map((r) => ({
        key: rowKey(table.name, r.id),
        value: encodeRow(table, r.row),
        headers: { operation: 'insert', relation: ['public', table.name] },
      }))
      const reply = replyOf(table, formatHandle(epoch, start), liveCursor(epoch, head))
      if (rows.length === context.pageSize)
        return reply(snapshotOffset(rows.at(-1)!.id), messages, false)
      // Snapshot done. Up to date only if nothing committed since it started; else the log
      // part (from `start`) brings the rest on the next request.
      const caughtUp = head === start
      return reply(logOffset(start), caughtUp ? [...messages, upToDate(head)] : messages, caughtUp)
    },
    { repeatableRead: true, readOnly: true },
  )
}

async function serveLog(
  context: ShapeContext,
  principal: Principal,
  params: ShapeParams,
  handle: { epoch: string; start: number },
  after: number,
  signal: AbortSignal,
): Promise<ShapeReply> {
  const { table } = params
  const deadline = Date.now() + context.liveTimeoutMs
  for (;;) {
    const page = await asPrincipal(
      context.sql,
      principal,
      async (tx) => {
        const position = await logPosition(tx)
        // A new log generation, or history before the cursor purged: start the shape again.
        if (position.epoch !== handle.epoch || after < position.horizon) return { position }
        return { position, ...(await readLog(tx, table, principal, after, context.pageSize)) }
      },
      { repeatableRead: true, readOnly: true },
    )
    const { epoch, head } = page.position
    if (!('entries' in page)) return mustRefetch(formatHandle(epoch, head))
    const messages = page.entries.map((e, i) => changeMessage(table, e, i))
    const reply = replyOf(table, formatHandle(handle.epoch, handle.start), liveCursor(epoch, head))
    if (!page.complete) return reply(logOffset(page.through), messages, false)
    const through = Math.max(head, after)
    const done = reply(logOffset(through), [...messages, upToDate(through)], true)
    const remaining = deadline - Date.now()
    if (messages.length > 0 || !params.live || remaining <= 0 || signal.aborted) return done
    // Live and nothing new for this shape: wait for the next commit anywhere, then look again.
    // No news before the deadline (or the device left, or the server is closing): up to date.
    after = through
    if (!(await context.live.waitForChange(through, remaining, signal))) return done
  }
}
