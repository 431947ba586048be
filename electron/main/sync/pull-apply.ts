import type { ChangeMessage, Message, Row } from '@electric-sql/client'
import type { DeviceClock } from './clock.ts'
import type { WireRow } from './local-tables.ts'
import type { Replica } from './replica.ts'

/** Where a shape stands after a batch: saved with the batch, so a restart resumes there. */
export interface ShapePosition {
  offset: string
  handle: string | undefined
}

export interface BatchResult {
  /** Rows written or removed. */
  rows: number
  upToDate: boolean
  refetched: boolean
}

const isChange = (m: Message<Row<unknown>>): m is ChangeMessage<Row<unknown>> => 'key' in m

/**
 * Applies one response of a table's shape in one SQLite transaction (sync rule 3 keeps
 * the log whole; this keeps each page whole): the server's rows replace the local ones,
 * except that a row with pending local changes gets the server's row as its new base and
 * the pending changes on top again, so what the user typed offline stays visible. The
 * shape's new position is saved in the same transaction.
 */
export function applyShapeBatch(
  replica: Replica,
  clock: DeviceClock,
  tableName: string,
  messages: readonly Message<Row<unknown>>[],
  position: ShapePosition,
): BatchResult {
  const result: BatchResult = { rows: 0, upToDate: false, refetched: false }
  replica.withoutForeignKeys(() => {
    let withBases =
      replica.statement('select 1 from sync_base where table_name = ? limit 1').get(tableName) !==
      undefined
    let latest = 0
    for (const message of messages) {
      if (!isChange(message)) {
        if (message.headers.control === 'up-to-date') result.upToDate = true
        if (message.headers.control === 'must-refetch') {
          refetch(replica, tableName)
          result.refetched = true
          withBases = true
        }
        continue
      }
      const id = typeof message.value.id === 'string' ? message.value.id : keyId(message.key)
      const base = withBases ? replica.getBase(tableName, id) : undefined
      const row = message.headers.operation === 'delete' ? null : (message.value as WireRow)
      if (base) {
        // Electric may send only an update's changed columns: the base keeps the rest.
        const merged =
          row && base.row && message.headers.operation === 'update' ? { ...base.row, ...row } : row
        replica.setBase(tableName, id, merged)
        replica.rebase(tableName, id)
      } else if (row) replica.writeRow(tableName, row)
      else replica.deleteRow(tableName, id)
      result.rows++
      const updated = row && typeof row.updated_at === 'string' ? Date.parse(row.updated_at) : 0
      if (updated > latest) latest = updated
    }
    if (latest > 0) clock.observe(latest)
    replica
      .statement(
        `insert into sync_shapes (table_name, handle, offset, up_to_date, rows_received)
         values (?, ?, ?, ?, ?)
         on conflict (table_name) do update set handle = excluded.handle, offset = excluded.offset,
           up_to_date = max(up_to_date, excluded.up_to_date),
           rows_received = case when ? then excluded.rows_received else rows_received + excluded.rows_received end`,
      )
      .run(
        tableName,
        position.handle ?? null,
        position.offset,
        result.upToDate ? 1 : 0,
        result.rows,
        result.refetched ? 1 : 0,
      )
  })
  return result
}

/** `"public"."table"/"<id>"` → the id, for a delete that carries only its key. */
const keyId = (key: string) => /\/"([^"]+)"$/.exec(key)?.[1] ?? key

/**
 * must-refetch: the server's history for this shape is gone, so its rows are dropped and
 * come again from a new snapshot. Rows with pending local changes stay as those changes
 * alone until the snapshot brings their server version back.
 */
function refetch(replica: Replica, tableName: string): void {
  const sqlite = replica.db.$client
  sqlite
    .prepare(
      `delete from "${tableName}" where id not in (select row_id from sync_base where table_name = ?)`,
    )
    .run(tableName)
  const pending = sqlite
    .prepare('select row_id as id from sync_base where table_name = ?')
    .all(tableName) as { id: string }[]
  for (const { id } of pending) {
    replica.setBase(tableName, id, null)
    replica.rebase(tableName, id)
  }
}
