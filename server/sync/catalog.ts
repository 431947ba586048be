import { is } from 'drizzle-orm'
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core'
import * as schema from '#db/pg/schema/index'
import { serverOnly } from '#db/pg/schema/server'
import { tableRules, type TableRules } from './table-rules.ts'

/** A column as the sync service sees it: its SQL type decides validation, casts and wire format. */
export interface SyncColumn {
  name: string
  sqlType: string
  notNull: boolean
  hasDefault: boolean
}

export interface SyncTable extends TableRules {
  name: string
  columns: ReadonlyMap<string, SyncColumn>
  /** Columns that point at another synced table's row, and which table. */
  references: ReadonlyMap<string, string>
}

const isServerOnlyTable = (name: string) => (serverOnly.tables as readonly string[]).includes(name)
const serverOnlyColumns = (table: string): readonly string[] =>
  (serverOnly.columns as Record<string, readonly string[]>)[table] ?? []

/**
 * The synced tables, read once from the drizzle schema (the same one the migrations come
 * from), minus server-only tables and columns, with each table's sync rules attached. A
 * table in the schema without rules is a startup error, so none syncs by accident.
 */
function buildCatalog(): ReadonlyMap<string, SyncTable> {
  const catalog = new Map<string, SyncTable>()
  for (const value of Object.values(schema) as unknown[]) {
    if (!is(value, PgTable)) continue
    const config = getTableConfig(value)
    if (isServerOnlyTable(config.name)) continue
    const rules = tableRules[config.name]
    if (!rules)
      throw new Error(`Synced table ${config.name} has no sync rules in server/sync/table-rules.ts`)
    const hidden = serverOnlyColumns(config.name)
    const columns = new Map<string, SyncColumn>()
    for (const column of config.columns) {
      if (hidden.includes(column.name)) continue
      columns.set(column.name, {
        name: column.name,
        sqlType: column.getSQLType(),
        notNull: column.notNull,
        hasDefault: column.hasDefault,
      })
    }
    const references = new Map<string, string>()
    for (const fk of config.foreignKeys) {
      const ref = fk.reference()
      const [column] = ref.columns
      if (column && ref.columns.length === 1)
        references.set(column.name, getTableConfig(ref.foreignTable).name)
    }
    catalog.set(config.name, { name: config.name, columns, references, ...rules })
  }
  for (const name of Object.keys(tableRules)) {
    if (!catalog.has(name)) throw new Error(`Sync rules name ${name}, which is not a synced table`)
  }
  return catalog
}

export const syncCatalog = buildCatalog()

export const syncTable = (name: string): SyncTable | undefined => syncCatalog.get(name)
