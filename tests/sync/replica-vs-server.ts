import { openLocalDb, type LocalDb } from '#db/sqlite/open'
import { sourceMigrationsFolder } from '#main/core/paths'
import { localTables } from '#main/sync/local-tables'
import { Replica } from '#main/sync/replica'
import type { Sql } from '#server/db/sql'
import { syncCatalog } from '#server/sync/catalog'
import { scopeCondition, type Scope } from '#server/sync/scope'

/*
 * "Every replica's visible data equals the server's": each synced table, row by row and
 * column by column, against what the server holds in the user's scope (the same scope
 * the shapes use). Values are compared as the database means them: instants as instants,
 * JSON by content.
 */

export interface Difference {
  table: string
  id: string
  column?: string
  replica: unknown
  server: unknown
}

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    )
  return value
}

function normal(sqlType: string, value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (sqlType === 'timestamp with time zone') return Date.parse(value as string)
  if (sqlType === 'jsonb') return JSON.stringify(canonical(value))
  return value
}

/** Opens a second connection on a desktop's replica file, as another process would. */
export const openReplica = (file: string): { replica: Replica; db: LocalDb } => {
  const { db } = openLocalDb({ file, migrationsFolder: sourceMigrationsFolder })
  return { db, replica: new Replica(db) }
}

export async function differences(
  sql: Sql,
  replica: Replica,
  scope: Scope,
  limit = 20,
): Promise<Difference[]> {
  const found: Difference[] = []
  for (const table of syncCatalog.values()) {
    const local = localTables.get(table.name)
    if (!local) continue
    const where = scopeCondition(table, scope, 1)
    const serverRows = await sql.query<{ row: Record<string, unknown> }>(
      `select to_jsonb(t) as row from "${table.name}" t where ${where.sql}`,
      where.params,
    )
    const server = new Map(serverRows.map((r) => [String(r.row.id), r.row]))
    const ids = replica.db.$client.prepare(`select id from "${table.name}"`).all() as {
      id: string
    }[]
    const mine = new Set(ids.map((r) => r.id))
    for (const id of mine) {
      const theirs = server.get(id)
      const ours = replica.readRow(table.name, id)!
      if (!theirs) {
        found.push({ table: table.name, id, replica: ours, server: undefined })
        continue
      }
      for (const column of table.columns.values()) {
        if (!local.byName.has(column.name)) continue
        const a = normal(column.sqlType, ours[column.name])
        const b = normal(column.sqlType, theirs[column.name])
        if (a !== b)
          found.push({ table: table.name, id, column: column.name, replica: a, server: b })
      }
    }
    for (const [id, row] of server)
      if (!mine.has(id)) found.push({ table: table.name, id, replica: undefined, server: row })
    if (found.length >= limit) break
  }
  return found.slice(0, limit)
}
