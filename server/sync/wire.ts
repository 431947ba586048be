import type { SyncTable } from './catalog.ts'

/*
 * ElectricSQL's wire format for rows: every value is PostgreSQL's text form as a JSON
 * string (or null), and the electric-schema header names each column's type so the client
 * parses it back (int8 to BigInt, bool, float8, jsonb). Types named as Electric names them.
 */

const electricTypes: Record<string, string> = {
  uuid: 'uuid',
  text: 'text',
  integer: 'int4',
  bigint: 'int8',
  boolean: 'bool',
  'double precision': 'float8',
  jsonb: 'jsonb',
  'timestamp with time zone': 'timestamptz',
  bytea: 'bytea',
}

const electricType = (sqlType: string) => {
  const type = electricTypes[sqlType]
  if (!type) throw new Error(`No Electric wire type for SQL type ${sqlType}`)
  return type
}

const schemaHeaders = new WeakMap<SyncTable, string>()

/** The electric-schema header of a table: { column: { type, pk_index?, not_null? } }. */
export function schemaHeader(table: SyncTable): string {
  let header = schemaHeaders.get(table)
  if (!header) {
    const schema: Record<string, { type: string; pk_index?: number; not_null?: boolean }> = {}
    for (const column of table.columns.values()) {
      schema[column.name] = {
        type: electricType(column.sqlType),
        ...(column.name === 'id' ? { pk_index: 0 } : {}),
        ...(column.notNull ? { not_null: true } : {}),
      }
    }
    header = JSON.stringify(schema)
    schemaHeaders.set(table, header)
  }
  return header
}

/** One value (as to_jsonb gave it) in Electric's text form. */
function encodeValue(type: string, value: unknown): string | null {
  if (value === null || value === undefined) return null
  switch (type) {
    case 'jsonb':
      return JSON.stringify(value)
    case 'bool':
      return value ? 't' : 'f'
    case 'timestamptz': {
      // One spelling of an instant everywhere: the desktop stores toISOString() strings.
      // 'infinity' (written outside the service) has none; it travels as PostgreSQL spells it.
      const instant = new Date(value as string)
      return Number.isNaN(instant.getTime())
        ? JSON.stringify(value).slice(1, -1)
        : instant.toISOString()
    }
    default:
      // Text, uuids, numbers and bytea (as \x hex): to_jsonb gave strings or numbers.
      return typeof value === 'string' ? value : JSON.stringify(value)
  }
}

/** A row from the change log or a snapshot (jsonb of the row) as Electric row values. */
export function encodeRow(
  table: SyncTable,
  row: Record<string, unknown>,
): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  for (const column of table.columns.values()) {
    if (column.name in row)
      out[column.name] = encodeValue(electricType(column.sqlType), row[column.name])
  }
  return out
}

export const rowKey = (table: string, id: string) => `"public"."${table}"/"${id}"`
