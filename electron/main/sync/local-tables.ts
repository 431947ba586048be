import { getTableColumns, getTableName, is } from 'drizzle-orm'
import { SQLiteTable, type SQLiteColumn } from 'drizzle-orm/sqlite-core'
import * as schema from '#db/sqlite/schema/index'
import * as localSchema from '#db/sqlite/schema/local'

/*
 * The replica's synced tables, described once for the sync engine: which columns each
 * has by their stored (snake_case) name, and how a value crosses between its wire form
 * (what the server sends and the outbox keeps) and what SQLite stores.
 */

/** Local bookkeeping that never syncs: every table of db/sqlite/schema/local.ts. */
const localOnly = new Set<string>(
  Object.values(localSchema)
    .filter((table) => is(table, SQLiteTable))
    .map((table) => getTableName(table)),
)

/** A row in wire form: stored column names, JSON-safe values, bytes as `\x` + hex. */
export type WireRow = Record<string, unknown>

export interface LocalColumn {
  name: string
  column: SQLiteColumn
  bytes: boolean
}

export interface LocalTable {
  name: string
  table: SQLiteTable
  columns: LocalColumn[]
  byName: Map<string, LocalColumn>
}

function describe(table: SQLiteTable): LocalTable {
  const columns = Object.values(getTableColumns(table)).map((column) => ({
    name: column.name,
    column,
    bytes: column.columnType === 'SQLiteBlobBuffer',
  }))
  return {
    name: getTableName(table),
    table,
    columns,
    byName: new Map(columns.map((c) => [c.name, c])),
  }
}

export const localTables: ReadonlyMap<string, LocalTable> = new Map(
  (Object.values(schema) as unknown[])
    .filter((value): value is SQLiteTable => is(value, SQLiteTable))
    .map(describe)
    .filter((t) => !localOnly.has(t.name))
    .map((t) => [t.name, t]),
)

export const localTable = (name: string): LocalTable => {
  const table = localTables.get(name)
  if (!table) throw new Error(`${name} is not a synced table of this replica`)
  return table
}

/** Bytes travel as `\x` + hex, as PostgreSQL writes bytea, so they fit in JSON. */
export const bytesToWire = (bytes: Uint8Array) => `\\x${Buffer.from(bytes).toString('hex')}`

/** A wire value as SQLite stores it (JSON as text, booleans as 0/1, bytes as a blob). */
export function toStored(c: LocalColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (c.bytes) {
    if (typeof value === 'string' && value.startsWith('\\x'))
      return Buffer.from(value.slice(2), 'hex')
    if (value instanceof Uint8Array) return Buffer.from(value)
    throw new Error(`${c.name}: expected bytes as \\x + hex`)
  }
  return c.column.mapToDriverValue(value)
}

/** A stored SQLite value in wire form. */
export function fromStored(c: LocalColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (c.bytes) return bytesToWire(value as Uint8Array)
  return c.column.mapFromDriverValue(value)
}

/** A value a service wrote through drizzle (Buffers, booleans, objects) in wire form. */
export const appToWire = (value: unknown): unknown =>
  value instanceof Uint8Array ? bytesToWire(value) : value
