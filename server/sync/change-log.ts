import type { Queryable, Sql } from '../db/sql.ts'
import type { SyncTable } from './catalog.ts'
import { scopeCondition, type Scope } from './scope.ts'

/*
 * Reading the change log (filled by the triggers of migration 0004). A position is a
 * commit sequence number: every transaction at or below it has been delivered. Because
 * numbers are handed out in commit order, "commit_seq > cursor" never skips a transaction
 * that committed late, and a page always ends on a transaction boundary, so a device
 * applies a transaction's rows together.
 */

/** The channel migration 0004's commit trigger notifies with each new commit sequence number. */
export const changeChannel = 'crm_changes'

/** Where the log stands, as one transaction's snapshot sees it. */
export interface LogPosition {
  /** The log's generation; a reset starts a new one and every device refetches. */
  epoch: string
  /** Positions at or below it are gone; a cursor behind it must refetch. */
  horizon: number
  /** The newest position visible; never behind the horizon. */
  head: number
}

export async function logPosition(q: Queryable): Promise<LogPosition> {
  const [row] = await q.query<{ epoch: string; horizon: string; head: string }>(
    `select s.epoch::text, s.horizon::text,
       greatest((select max(commit_seq) from sync_txns), s.horizon)::text as head
     from sync_state s where s.id = 1`,
  )
  if (!row) throw new Error('sync_state is empty: the sync migrations did not run')
  return { epoch: row.epoch, horizon: Number(row.horizon), head: Number(row.head) }
}

export interface LogEntry {
  seq: number
  op: 'insert' | 'update' | 'delete'
  row: Record<string, unknown>
  /** The reader may see the row after this change / could see it before. */
  visibleNow: boolean
  visibleBefore: boolean
}

interface LogRow {
  seq: string
  op: LogEntry['op']
  row: Record<string, unknown>
  visible_now: boolean
  visible_before: boolean
}

const toEntry = (r: LogRow): LogEntry => ({
  seq: Number(r.seq),
  op: r.op,
  row: r.row,
  visibleNow: r.visible_now,
  visibleBefore: r.visible_before,
})

/**
 * The table's changes after `after` that concern the reader: rows of their organization
 * (or of none), private rows only when they are theirs now or were before (then the change
 * becomes a delete for them). At most about `limit` entries, whole transactions only.
 */
export async function readLog(
  q: Queryable,
  table: SyncTable,
  scope: Scope,
  after: number,
  limit: number,
): Promise<{ entries: LogEntry[]; complete: boolean; through: number }> {
  // From the transactions after the cursor to their rows of this table (index on xid,
  // table_name): the cost follows the changes since the cursor, not the size of the log.
  // Materialized, so the plan does not depend on statistics (PGlite never gathers them).
  const select = (txns: string) => `
    with t as materialized (select xid, commit_seq from sync_txns where ${txns})
    select t.commit_seq::text as seq, c.op, c.row,
      (c.private_to is null or c.private_to = $3) as visible_now,
      (c.was_present and (c.was_private_to is null or c.was_private_to = $3)) as visible_before
    from t join change_log c on c.xid = t.xid
    where c.table_name = $1 and (c.org_id = $2 or c.org_id is null)
      and ((c.private_to is null or c.private_to = $3)
        or (c.was_present and (c.was_private_to is null or c.was_private_to = $3)))`
  const params = [table.name, scope.orgId, scope.userId]
  const rows = await q.query<LogRow>(
    `${select('commit_seq > $4')} order by t.commit_seq, c.id limit $5`,
    [...params, after, limit],
  )
  if (rows.length < limit) return { entries: rows.map(toEntry), complete: true, through: after }
  const last = rows.at(-1)!.seq
  const whole = rows.filter((r) => r.seq !== last)
  if (whole.length > 0)
    return { entries: whole.map(toEntry), complete: false, through: Number(whole.at(-1)!.seq) }
  // One transaction larger than a page: it still travels whole.
  const all = await q.query<LogRow>(`${select('commit_seq = $4')} order by c.id`, [...params, last])
  return { entries: all.map(toEntry), complete: false, through: Number(last) }
}

export interface SnapshotRow {
  id: string
  row: Record<string, unknown>
}

/** A page of the table's current rows in the reader's scope, by id, tombstones included. */
export async function readSnapshotPage(
  q: Queryable,
  table: SyncTable,
  scope: Scope,
  afterId: string,
  limit: number,
): Promise<SnapshotRow[]> {
  const columns = [...table.columns.keys()].map((c) => `"${c}"`).join(', ')
  const { sql: where, params } = scopeCondition(table, scope, 3)
  return q.query<SnapshotRow>(
    `select x.id::text as id, to_jsonb(x) as row from (
       select ${columns} from "${table.name}" where id > $1 and ${where} order by id limit $2
     ) x order by x.id`,
    [afterId, limit, ...params],
  )
}

/**
 * Starts a new log generation: the log is emptied and every device's next request gets
 * must-refetch. For an operator after restoring a backup or purging history.
 */
export async function resetChangeLog(sql: Sql): Promise<LogPosition> {
  return sql.transaction(async (tx) => {
    const { head } = await logPosition(tx)
    await tx.query('truncate change_log, sync_txns')
    await tx.query(
      'update sync_state set epoch = gen_random_uuid(), horizon = $1, reset_at = now() where id = 1',
      [head],
    )
    // Wakes held live requests, so devices hear of the reset now rather than at their timeout.
    await tx.query(`select pg_notify($1, 'reset')`, [changeChannel])
    return logPosition(tx)
  })
}
