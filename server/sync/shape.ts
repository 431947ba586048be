import type { Principal } from '../auth/principal.ts'
import { asPrincipal } from '../db/scoped.ts'
import type { Sql } from '../db/sql.ts'
import { HttpError } from '../http/errors.ts'
import type { SyncTable } from './catalog.ts'
import { logHead, logState, readLog, readSnapshotPage, type LogEntry } from './change-log.ts'
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

const reply = (
  table: SyncTable,
  handle: string,
  offset: string,
  body: Message[],
  upToDateFlag: boolean,
  cursor: string,
): ShapeReply => ({
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
  const { table } = params
  const offset = parseOffset(params.offset)
  const scope = { orgId: principal.orgId, userId: principal.userId }
  const read = <T>(work: Parameters<typeof asPrincipal<T>>[2]) =>
    asPrincipal(context.sql, principal, work, { repeatableRead: true, readOnly: true })

  if (offset.kind !== 'new') {
    const handle = params.handle ? parseHandle(params.handle) : undefined
    if (!handle)
      throw new HttpError(
        400,
        'invalid_handle',
        'A shape request past offset -1 needs the handle the server gave',
      )
    const state = await logState(context.sql)
    const behind = offset.kind === 'log' && offset.after < state.horizon
    if (handle.epoch !== state.epoch || behind) {
      return mustRefetch(formatHandle(state.epoch, await logHead(context.sql)))
    }
    if (offset.kind === 'log')
      return serveLog(context, principal, params, handle, offset.after, signal)
  }

  // The initial snapshot, one page per request, by id.
  return read(async (tx) => {
    const state = await logState(tx)
    const head = await logHead(tx)
    const start = offset.kind === 'new' ? head : parseHandle(params.handle!)!.start
    const handle = formatHandle(state.epoch, start)
    const afterId = offset.kind === 'snapshot' ? offset.afterId : nilUuid
    const rows = await readSnapshotPage(tx, table, scope, afterId, context.pageSize)
    const messages: Message[] = rows.map((r) => ({
      key: rowKey(table.name, r.id),
      value: encodeRow(table, r.row),
      headers: { operation: 'insert', relation: ['public', table.name] },
    }))
    const cursor = liveCursor(state.epoch, head)
    if (rows.length === context.pageSize) {
      return reply(table, handle, snapshotOffset(rows.at(-1)!.id), messages, false, cursor)
    }
    // Snapshot done. Up to date only if nothing committed since it started; else the log
    // part (from `start`) brings the rest on the next request.
    const caughtUp = head === start
    return reply(
      table,
      handle,
      logOffset(start),
      caughtUp ? [...messages, upToDate(head)] : messages,
      caughtUp,
      cursor,
    )
  })
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
  const scope = { orgId: principal.orgId, userId: principal.userId }
  const handleText = formatHandle(handle.epoch, handle.start)
  const deadline = Date.now() + context.liveTimeoutMs
  for (;;) {
    const page = await asPrincipal(
      context.sql,
      principal,
      async (tx) => {
        const state = await logState(tx)
        const head = await logHead(tx)
        if (state.epoch !== handle.epoch) return { reset: formatHandle(state.epoch, head) }
        const log = await readLog(tx, table, scope, after, context.pageSize)
        return { head, reset: undefined, ...log }
      },
      { repeatableRead: true, readOnly: true },
    )
    if (page.reset !== undefined) return mustRefetch(page.reset)
    const messages = page.entries.map((e, i) => changeMessage(table, e, i))
    const cursor = liveCursor(handle.epoch, page.head)
    if (!page.complete)
      return reply(table, handleText, logOffset(page.through), messages, false, cursor)
    const through = Math.max(page.head, after)
    const done = reply(
      table,
      handleText,
      logOffset(through),
      [...messages, upToDate(through)],
      true,
      cursor,
    )
    const remaining = deadline - Date.now()
    if (messages.length > 0 || !params.live || remaining <= 0 || signal.aborted) return done
    // Live and nothing new for this shape: wait for the next commit anywhere, then look again.
    // No news before the deadline (or the device left, or the server is closing): up to date.
    after = through
    if (!(await context.live.waitForChange(through, remaining, signal))) return done
  }
}
