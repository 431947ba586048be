import { and, eq, getTableColumns, getTableName, isNull, sql } from 'drizzle-orm'
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { LocalDb } from '#db/sqlite/open'
import { CrmError, syncStatusTopic } from '#shared/contract/index'
import type { ChangeBus } from '../core/change-bus.ts'
import { appToWire } from '../sync/local-tables.ts'
import type { Outbox } from '../sync/outbox.ts'
import { translateConstraintError } from './constraint-errors.ts'

/** A synced table: has an id, an org_id and the synced timestamps. */
export type SyncedTable = SQLiteTable & {
  id: SQLiteColumn
  updatedAt: SQLiteColumn
  deletedAt: SQLiteColumn
}

type Insert<T extends SQLiteTable> = T['$inferInsert']
type Row<T extends SQLiteTable> = T['$inferSelect']

const nowIso = () => new Date().toISOString()

/** Drizzle keys (camelCase) to stored column names (snake_case), as the server sees them. */
function toColumns(table: SQLiteTable, values: Record<string, unknown>): Record<string, unknown> {
  const columns = getTableColumns(table)
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(values)) {
    const column = columns[key]
    if (column && value !== undefined) out[column.name] = appToWire(value)
  }
  return out
}

/** The writes of one transaction: each stores its row and an outbox entry together. */
export class WriteTx {
  readonly touched = new Set<string>()

  constructor(
    readonly db: LocalDb,
    private readonly outbox: Outbox,
  ) {}

  /** Refuses a reference to a missing or deleted row with a message naming both. */
  #checkReferences(table: SQLiteTable, values: Record<string, unknown>): void {
    const columns = getTableColumns(table)
    for (const fk of getTableConfig(table).foreignKeys) {
      const ref = fk.reference()
      if (ref.columns.length !== 1) continue
      const local = ref.columns[0]!
      const key = Object.keys(columns).find((k) => columns[k] === local)
      const value = key === undefined ? undefined : values[key]
      if (value === undefined || value === null) continue
      const target = ref.foreignTable
      const targetColumns = getTableColumns(target)
      const deletedAt = targetColumns.deletedAt
      const found = this.db
        .select({ one: sql`1` })
        .from(target)
        .where(and(eq(ref.foreignColumns[0]!, value), deletedAt ? isNull(deletedAt) : undefined))
        .get()
      if (!found) {
        throw new CrmError(
          'invalid_input',
          `${getTableName(table)}.${local.name} refers to a ${getTableName(target)} row that does not exist (${JSON.stringify(value)}).`,
          { [key!]: 'No such record' },
        )
      }
    }
  }

  /** Keeps the row's server version before its first local change (see Replica.rebase). */
  #before(table: SQLiteTable, rowId: string): void {
    this.outbox.beforeWrite(getTableName(table), rowId)
  }

  #record(
    table: SQLiteTable,
    rowId: string,
    op: 'insert' | 'update' | 'delete',
    changes: Record<string, unknown>,
    base?: Record<string, unknown>,
  ) {
    const tableName = getTableName(table)
    this.outbox.record(tableName, rowId, op, changes, base)
    this.touched.add(tableName)
  }

  /** The status the user saw, sent along so the server can say what moved meanwhile. */
  #statusBase(table: SQLiteTable, id: string, patch: object): Record<string, unknown> | undefined {
    if (!('status' in patch)) return undefined
    const status = this.outbox.replica.readRow(getTableName(table), id)?.status
    return status === undefined ? undefined : { status }
  }

  insert<T extends SyncedTable>(table: T, values: Insert<T> & { id: string }): Row<T> {
    this.#checkReferences(table, values)
    this.#before(table, values.id)
    const row = this.db.insert(table).values(values).returning().get() as Row<T>
    this.#record(table, values.id, 'insert', toColumns(table, row))
    return row
  }

  /** Updates the given fields only; the outbox carries just those, so concurrent edits to other fields survive. */
  update<T extends SyncedTable>(table: T, id: string, patch: Partial<Insert<T>>): Row<T> {
    this.#checkReferences(table, patch)
    const values = { ...patch, updatedAt: nowIso() } as Partial<Insert<T>>
    const base = this.#statusBase(table, id, patch)
    this.#before(table, id)
    const row = this.db
      .update(table)
      .set(values)
      .where(and(eq(table.id, id), isNull(table.deletedAt)))
      .returning()
      .get() as Row<T> | undefined
    if (!row)
      throw new CrmError(
        'not_found',
        `No ${getTableName(table)} row ${id}: it may have been deleted.`,
      )
    this.#record(table, id, 'update', toColumns(table, values), base)
    return row
  }

  /** Deletes are tombstones, so they sync like any other change and can be undone. */
  remove<T extends SyncedTable>(table: T, id: string): void {
    const deletedAt = nowIso()
    this.#before(table, id)
    const row = this.db
      .update(table)
      .set({ deletedAt, updatedAt: deletedAt } as Partial<Insert<T>>)
      .where(and(eq(table.id, id), isNull(table.deletedAt)))
      .returning({ id: table.id })
      .get()
    if (!row)
      throw new CrmError(
        'not_found',
        `No ${getTableName(table)} row ${id}: it may already be deleted.`,
      )
    // Exactly deleted_at, as the protocol has a delete (the server sets updated_at).
    this.#record(table, id, 'delete', { deleted_at: deletedAt })
  }

  /** Brings a tombstoned row back (undo of a delete). */
  restore<T extends SyncedTable>(table: T, id: string): void {
    const updatedAt = nowIso()
    this.#before(table, id)
    const row = this.db
      .update(table)
      .set({ deletedAt: null, updatedAt } as Partial<Insert<T>>)
      .where(eq(table.id, id))
      .returning({ id: table.id })
      .get()
    if (!row) throw new CrmError('not_found', `No ${getTableName(table)} row ${id}.`)
    this.#record(table, id, 'update', { deleted_at: null, updated_at: updatedAt })
  }
}

/**
 * The one path every user write takes: rows and their outbox entries in one SQLite
 * transaction, then one change event naming the tables touched. Any error rolls the
 * whole transaction back, so a refused write leaves the database as it was.
 */
export class Writer {
  constructor(
    private readonly db: LocalDb,
    private readonly changes: ChangeBus,
    private readonly outbox: Outbox,
  ) {}

  write<T>(fn: (tx: WriteTx) => T): T {
    const tx = new WriteTx(this.db, this.outbox)
    let result: T
    try {
      result = this.db.$client.transaction(() => fn(tx)).immediate()
    } catch (error) {
      throw translateConstraintError(error)
    }
    // The outbox grew too: the sync indicator's waiting count re-reads with the screens.
    if (tx.touched.size > 0) this.changes.emit([...tx.touched, syncStatusTopic])
    return result
  }
}
