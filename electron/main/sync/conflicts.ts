import { CrmError, type ConflictRow } from '#shared/contract/index'
import type { Mutation } from '#shared/sync/protocol'
import { localTable, type WireRow } from './local-tables.ts'
import type { Outbox } from './outbox.ts'
import { overlay } from './replica.ts'

interface StoredConflict {
  mutationId: string
  tableName: string
  rowId: string
  op: Mutation['op']
  changes: string
  reason: string
  message: string
  madeAt: string
  rejectedAt: string
}

const selectConflicts = `select mutation_id as mutationId, table_name as tableName, row_id as rowId,
  op, changes, reason, message, made_at as madeAt, rejected_at as rejectedAt from sync_conflicts`

/** Columns that name a record well enough for a list, best first. */
const labelColumns = [
  'name',
  'title',
  'subject',
  'display_name',
  'handle',
  'document_number',
  'email',
]

const labelOf = (row: WireRow | null | undefined): string | null => {
  for (const column of labelColumns) {
    const value = row?.[column]
    if (typeof value === 'string' && value.trim()) return value
  }
  return null
}

/**
 * The conflict inbox (sync rule 2): every change the server refused, kept until the user
 * retries it, edits and retries it, or discards it. Nothing leaves without their word.
 */
export class ConflictInbox {
  constructor(private readonly outbox: Outbox) {}

  #statement(sql: string) {
    return this.outbox.replica.statement(sql)
  }

  #find(mutationId: string): StoredConflict {
    const found = this.#statement(`${selectConflicts} where mutation_id = ?`).get(
      mutationId.toLowerCase(),
    ) as StoredConflict | undefined
    if (!found)
      throw new CrmError('not_found', 'That conflict is no longer in the inbox (already handled?).')
    return found
  }

  list(): ConflictRow[] {
    const rows = this.#statement(
      `${selectConflicts} order by rejected_at desc, mutation_id`,
    ).all() as StoredConflict[]
    const { replica } = this.outbox
    return rows.map((row) => {
      const changes = JSON.parse(row.changes) as WireRow
      const label =
        labelOf(replica.readRow(row.tableName, row.rowId)) ??
        labelOf(replica.getBase(row.tableName, row.rowId)?.row) ??
        labelOf(changes)
      return { ...row, changes, label }
    })
  }

  /**
   * Queues the change again as a new mutation (with fresh clocks), optionally edited, and
   * shows it on the row at once. A change refused because its record was deleted restores
   * the record with it: the user chose their edit over the delete.
   */
  retry(mutationId: string, edited?: WireRow): { mutationId: string; tableName: string } {
    const conflict = this.#find(mutationId)
    const table = localTable(conflict.tableName)
    const changes: WireRow = { ...(edited ?? (JSON.parse(conflict.changes) as WireRow)) }
    for (const column of Object.keys(changes)) {
      if (!table.byName.has(column))
        throw new CrmError('invalid_input', `${conflict.tableName} has no field ${column}.`, {
          [column]: 'No such field',
        })
    }
    if (Object.keys(changes).length === 0)
      throw new CrmError('invalid_input', 'An edited change needs at least one field.')
    let op = conflict.op
    if (conflict.reason === 'deleted' && op !== 'delete') {
      changes.deleted_at = null
      op = 'update'
    }
    const { replica } = this.outbox
    const queued = replica.withoutForeignKeys(() => {
      replica.captureBase(conflict.tableName, conflict.rowId)
      const visible = replica.readRow(conflict.tableName, conflict.rowId)
      const shown = overlay(visible, { seq: 0, mutationId: '', op, changes })
      replica.show(conflict.tableName, conflict.rowId, shown)
      const id = this.outbox.record(conflict.tableName, conflict.rowId, op, changes)
      this.#statement('delete from sync_conflicts where mutation_id = ?').run(conflict.mutationId)
      return id
    })
    return { mutationId: queued, tableName: conflict.tableName }
  }

  discard(mutationId: string): { mutationId: string } {
    const conflict = this.#find(mutationId)
    this.#statement('delete from sync_conflicts where mutation_id = ?').run(conflict.mutationId)
    return { mutationId: conflict.mutationId }
  }
}
