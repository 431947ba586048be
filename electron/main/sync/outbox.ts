import { randomUUID } from 'node:crypto'
import type { Mutation, MutationOutcome } from '#shared/sync/protocol'
import type { DeviceClock } from './clock.ts'
import type { WireRow } from './local-tables.ts'
import type { Replica } from './replica.ts'
import { shapeReached } from './shape-reach.ts'

interface OutboxRow {
  seq: number
  mutationId: string
  tableName: string
  rowId: string
  op: Mutation['op']
  changes: string
  clocks: string
  base: string | null
  createdAt: string
}

/** Columns the server sets itself: sent for completeness, never the subject of a conflict. */
const serverSet = new Set(['id', 'org_id', 'updated_at'])

/**
 * The queue of local changes waiting for the server (sync rule 1), on the replica's own
 * connection: entries are written with the user's change, read in order in batches, and
 * removed only in the transaction that records the server's answer for them.
 */
export class Outbox {
  constructor(
    readonly replica: Replica,
    readonly clock: DeviceClock,
  ) {}

  /** Call before changing a row, inside the write's transaction. */
  beforeWrite(tableName: string, rowId: string): void {
    this.replica.captureBase(tableName, rowId)
  }

  /** Queues one change, every column stamped with a fresh clock. */
  record(
    tableName: string,
    rowId: string,
    op: Mutation['op'],
    changes: WireRow,
    base?: WireRow,
  ): string {
    const stamp = this.clock.stamp()
    const clocks = Object.fromEntries(Object.keys(changes).map((column) => [column, stamp]))
    const mutationId = randomUUID()
    this.replica
      .statement(
        `insert into outbox (mutation_id, table_name, row_id, op, changes, clocks, base)
         values (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        mutationId,
        tableName,
        rowId,
        op,
        JSON.stringify(changes),
        JSON.stringify(clocks),
        base ? JSON.stringify(base) : null,
      )
    return mutationId
  }

  count(): number {
    return (this.replica.statement('select count(*) as n from outbox').get() as { n: number }).n
  }

  /** The oldest entries, as the server takes them. */
  nextBatch(limit: number): Mutation[] {
    const rows = this.replica
      .statement(
        `select seq, mutation_id as mutationId, table_name as tableName, row_id as rowId, op,
           changes, clocks, base from outbox order by seq limit ?`,
      )
      .all(limit) as OutboxRow[]
    return rows.map((row) => {
      const changes = JSON.parse(row.changes) as WireRow
      const clocks = JSON.parse(row.clocks) as Record<string, string>
      // Entries queued before clocks existed get one now; stored, so a resend is identical.
      const missing = Object.keys(changes).filter((c) => !clocks[c])
      if (missing.length > 0) {
        const stamp = this.clock.stamp()
        for (const column of missing) clocks[column] = stamp
        this.replica
          .statement('update outbox set clocks = ? where seq = ?')
          .run(JSON.stringify(clocks), row.seq)
      }
      return {
        id: row.mutationId,
        table: row.tableName,
        rowId: row.rowId,
        op: row.op,
        changes,
        clocks,
        ...(row.base ? { base: JSON.parse(row.base) as WireRow } : {}),
      }
    })
  }

  /**
   * Records the server's answers in one transaction: an applied change leaves the outbox
   * and becomes part of the row's server version (minus what lost to a later clock, plus
   * what the server assigned) unless the pulled version already holds it; a refused one
   * moves to the conflict inbox and comes off the visible row. Answers for entries no
   * longer queued (a duplicate reply) change nothing. Returns the tables whose visible rows
   * the answers changed.
   */
  settle(outcomes: readonly MutationOutcome[], now: string): Set<string> {
    const tables = new Set<string>()
    const find = this.replica.statement(
      `select seq, mutation_id as mutationId, table_name as tableName, row_id as rowId, op,
         changes, created_at as createdAt from outbox where mutation_id = ?`,
    )
    const remove = this.replica.statement('delete from outbox where seq = ?')
    const keep = this.replica.statement(
      `insert into sync_conflicts (mutation_id, table_name, row_id, op, changes, reason, message, made_at, rejected_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (mutation_id) do nothing`,
    )
    this.replica.withoutForeignKeys(() => {
      const touched = new Map<string, { tableName: string; rowId: string }>()
      for (const outcome of outcomes) {
        const entry = find.get(outcome.id.toLowerCase()) as OutboxRow | undefined
        if (!entry) continue
        const changes = JSON.parse(entry.changes) as WireRow
        if (outcome.status === 'applied') {
          // Folding is for a base that does not hold the write yet. A pull may already have
          // brought it, and a colleague's later change with it, while this answer was on its
          // way (a slow answer, or a resend answered as a duplicate): that base is the truth.
          const pulled =
            outcome.position !== undefined &&
            shapeReached(this.replica, entry.tableName, outcome.position)
          if (!pulled) this.#foldIntoBase(entry, changes, outcome.overridden, outcome.assigned)
        } else {
          keep.run(
            entry.mutationId,
            entry.tableName,
            entry.rowId,
            entry.op,
            entry.changes,
            outcome.reason,
            outcome.message,
            entry.createdAt,
            now,
          )
        }
        remove.run(entry.seq)
        touched.set(`${entry.tableName}/${entry.rowId}`, entry)
        tables.add(entry.tableName)
      }
      for (const { tableName, rowId } of touched.values()) this.replica.rebase(tableName, rowId)
    })
    return tables
  }

  /** The server now holds this change: so does the row's base. */
  #foldIntoBase(
    entry: OutboxRow,
    changes: WireRow,
    overridden: readonly string[],
    assigned: WireRow,
  ): void {
    const base = this.replica.getBase(entry.tableName, entry.rowId)
    if (!base) return
    const lost = new Set(overridden)
    const written = Object.fromEntries(
      Object.entries(changes).filter(([column]) => !lost.has(column) && !serverSet.has(column)),
    )
    // A base missing for a row the server had (queued before bases were kept): the
    // visible row is the best knowledge of it.
    const start =
      base.row ??
      (entry.op === 'insert'
        ? { id: entry.rowId, ...changes }
        : this.replica.readRow(entry.tableName, entry.rowId))
    if (!start) return
    this.replica.setBase(entry.tableName, entry.rowId, { ...start, ...written, ...assigned })
  }
}
