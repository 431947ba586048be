import type { Statement } from 'better-sqlite3'
import type { LocalDb } from '#db/sqlite/open'
import { fromStored, localTable, toStored, type LocalTable, type WireRow } from './local-tables.ts'

/** An outbox entry as the rebase needs it. */
export interface PendingChange {
  seq: number
  mutationId: string
  op: 'insert' | 'update' | 'delete'
  changes: WireRow
}

/** The server's row under local changes: absent (null) when the row was made here. */
export interface Base {
  row: WireRow | null
}

/** Puts one pending change on top of a row, as the user's write did. */
export function overlay(row: WireRow | null, change: PendingChange): WireRow | null {
  if (row) return { ...row, ...change.changes }
  // An edit of a row the server does not have shows nothing: only an insert creates one.
  return change.op === 'insert' ? { ...change.changes } : null
}

/**
 * Row-level access to the replica in wire form, for the sync engine: reads and writes
 * whole rows, the server bases of rows with pending changes, and the rebase that keeps
 * every visible row equal to its base with the pending changes on top. Callers run these
 * inside `withoutForeignKeys`; statements are prepared once per connection.
 */
export class Replica {
  readonly #statements = new Map<string, Statement>()

  constructor(readonly db: LocalDb) {}

  #prepare(key: string, sql: () => string): Statement {
    let statement = this.#statements.get(key)
    if (!statement) {
      statement = this.db.$client.prepare(sql())
      this.#statements.set(key, statement)
    }
    return statement
  }

  /** A statement of the sync engine's bookkeeping, prepared once per connection. */
  statement(sql: string): Statement {
    return this.#prepare(sql, () => sql)
  }

  /**
   * Runs `work` in one transaction with foreign keys off. The server is the truth and
   * checked every reference; tables arrive as separate shapes, so a child may land before
   * its parent, and a row may leave (become private to someone else) while local rows
   * still point at it. `PRAGMA foreign_keys` cannot change inside a transaction, and
   * nothing else runs between these statements (better-sqlite3 is synchronous), so user
   * writes keep their checks.
   */
  withoutForeignKeys<T>(work: () => T): T {
    const sqlite = this.db.$client
    sqlite.pragma('foreign_keys = OFF')
    try {
      return sqlite.transaction(work).immediate()
    } finally {
      sqlite.pragma('foreign_keys = ON')
    }
  }

  readRow(tableName: string, id: string): WireRow | null {
    const t = localTable(tableName)
    const raw = this.#prepare(`read:${t.name}`, () => `select * from "${t.name}" where id = ?`).get(
      id,
    ) as Record<string, unknown> | undefined
    return raw ? this.#toWire(t, raw) : null
  }

  #toWire(t: LocalTable, raw: Record<string, unknown>): WireRow {
    const row: WireRow = {}
    for (const c of t.columns) row[c.name] = fromStored(c, raw[c.name])
    return row
  }

  /** Inserts or replaces the row's columns that `row` names; others keep their value. */
  writeRow(tableName: string, row: WireRow): void {
    const t = localTable(tableName)
    const columns = t.columns.filter((c) => c.name in row)
    const names = columns.map((c) => c.name)
    const statement = this.#prepare(`write:${t.name}:${names.join(',')}`, () => {
      const quoted = names.map((n) => `"${n}"`)
      const updates = names.filter((n) => n !== 'id').map((n) => `"${n}" = excluded."${n}"`)
      return `insert into "${t.name}" (${quoted.join(', ')}) values (${names.map(() => '?').join(', ')})
        on conflict (id) do ${updates.length > 0 ? `update set ${updates.join(', ')}` : 'nothing'}`
    })
    const values = columns.map((c) => toStored(c, row[c.name]))
    for (let attempt = 0; ; attempt++) {
      try {
        statement.run(values)
        return
      } catch (error) {
        if (attempt >= 3 || !this.#stepAside(t, row, error)) throw error
      }
    }
  }

  /**
   * A row arriving from the server (or its base shown again) takes a unique value that a
   * local row with pending changes holds: two people added the same email offline, say.
   * The server's row is the truth, so the local one leaves the screen; its change is still
   * queued, and the server's answer (a refusal, to the inbox) decides what becomes of it.
   * Returns whether a row stepped aside, so the write can be tried again.
   */
  #stepAside(t: LocalTable, row: WireRow, error: unknown): boolean {
    const code = (error as { code?: string }).code
    const failed = /UNIQUE constraint failed: (.+)$/.exec((error as Error).message)?.[1]
    if (code !== 'SQLITE_CONSTRAINT_UNIQUE' || !failed) return false
    const names = failed.split(', ').map((qualified) => qualified.split('.').at(-1)!)
    const columns = names.map((n) => t.byName.get(n))
    if (names.includes('id') || columns.some((c) => !c || row[c.name] == null)) return false
    const where = names.map((n) => `"${n}" = ?`).join(' and ')
    const result = this.statement(
      `delete from "${t.name}" where ${where} and id <> ?
         and id in (select row_id from sync_base where table_name = ?)`,
    ).run(...columns.map((c) => toStored(c!, row[c!.name])), row.id, t.name)
    return result.changes > 0
  }

  deleteRow(tableName: string, id: string): void {
    const t = localTable(tableName)
    this.#prepare(`delete:${t.name}`, () => `delete from "${t.name}" where id = ?`).run(id)
  }

  /** Shows `row` (or nothing, when null) as the row's visible state. */
  show(tableName: string, id: string, row: WireRow | null): void {
    if (row) this.writeRow(tableName, { ...row, id })
    else this.deleteRow(tableName, id)
  }

  getBase(tableName: string, id: string): Base | undefined {
    const found = this.#prepare(
      'base:get',
      () => 'select row from sync_base where table_name = ? and row_id = ?',
    ).get(tableName, id) as { row: string | null } | undefined
    if (!found) return undefined
    return { row: found.row === null ? null : (JSON.parse(found.row) as WireRow) }
  }

  setBase(tableName: string, id: string, row: WireRow | null): void {
    this.#prepare(
      'base:set',
      () =>
        `insert into sync_base (table_name, row_id, row) values (?, ?, ?)
         on conflict (table_name, row_id) do update set row = excluded.row`,
    ).run(tableName, id, row === null ? null : JSON.stringify(row))
  }

  /**
   * Before the first local change to a row: remembers the row as it is (the server's
   * version, or none for a new row) so it can be shown again if the server refuses.
   */
  captureBase(tableName: string, id: string): void {
    if (this.getBase(tableName, id)) return
    this.setBase(tableName, id, this.readRow(tableName, id))
  }

  deleteBase(tableName: string, id: string): void {
    this.#prepare(
      'base:delete',
      () => 'delete from sync_base where table_name = ? and row_id = ?',
    ).run(tableName, id)
  }

  pending(tableName: string, id: string): PendingChange[] {
    const rows = this.#prepare(
      'pending',
      () =>
        `select seq, mutation_id as mutationId, op, changes from outbox
         where table_name = ? and row_id = ? order by seq`,
    ).all(tableName, id) as {
      seq: number
      mutationId: string
      op: PendingChange['op']
      changes: string
    }[]
    return rows.map((r) => ({ ...r, changes: JSON.parse(r.changes) as WireRow }))
  }

  /**
   * Makes the visible row its base with every pending change on top (the rebase). Drops
   * the base once nothing is pending: the row then is the server's version.
   */
  rebase(tableName: string, id: string): void {
    const base = this.getBase(tableName, id)
    if (!base) return
    const pending = this.pending(tableName, id)
    this.show(tableName, id, pending.reduce(overlay, base.row))
    if (pending.length === 0) this.deleteBase(tableName, id)
  }
}
