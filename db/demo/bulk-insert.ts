import { getTableColumns, getTableName, is, Param, Placeholder, sql } from 'drizzle-orm'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type Database from 'better-sqlite3'
import type { LocalDb } from '../sqlite/open.ts'

// ---------------------------------------------------------------------------------------
// Fast multi-row inserts. Drizzle writes the SQL once per table and row count (so column
// names, defaults and JSON/boolean encoding stay drizzle's); better-sqlite3 runs it with
// plain arrays. Building a drizzle query per row would make 100k influencers take minutes.

type Slot = { row: number; key: string; encode: (value: unknown) => unknown } | { value: unknown }

export class BulkInsert {
  readonly #cache = new Map<string, { statement: Database.Statement; slots: Slot[] }>()
  /** Rows written per table, by table name. */
  readonly counts: Record<string, number> = {}

  constructor(private readonly db: LocalDb) {}

  #statement(table: SQLiteTable, keys: string[], rows: number) {
    const name = getTableName(table)
    const cacheKey = `${name}|${rows}|${keys.join(',')}`
    const cached = this.#cache.get(cacheKey)
    if (cached) return cached
    const placeholders = Array.from({ length: rows }, (_, r) =>
      Object.fromEntries(keys.map((k) => [k, sql.placeholder(`${r}:${k}`)])),
    )
    const query = this.db.insert(table).values(placeholders).toSQL()
    const slots = query.params.map((p): Slot => {
      if (is(p, Param) && is(p.value, Placeholder)) {
        const [row, key] = p.value.name.split(':') as [string, string]
        const encoder = p.encoder as { mapToDriverValue(v: unknown): unknown }
        return { row: Number(row), key, encode: (v) => encoder.mapToDriverValue(v) }
      }
      return { value: p }
    })
    const built = { statement: this.db.$client.prepare(query.sql), slots }
    this.#cache.set(cacheKey, built)
    return built
  }

  /** Inserts rows (all with the same keys) in statements of up to ~30k parameters each. */
  insert<T extends SQLiteTable>(table: T, rows: T['$inferInsert'][]): void {
    if (rows.length === 0) return
    const keys = Object.keys(rows[0]!).filter((k) => k in getTableColumns(table))
    const perStatement = Math.max(1, Math.min(200, Math.floor(30_000 / keys.length)))
    for (let start = 0; start < rows.length; start += perStatement) {
      const batch = rows.slice(start, start + perStatement) as Record<string, unknown>[]
      const { statement, slots } = this.#statement(table, keys, batch.length)
      const params = slots.map((slot) => {
        if ('value' in slot) return slot.value
        const value = batch[slot.row]![slot.key]
        if (value === null || value === undefined) return null
        // Text and numbers are stored as they are; JSON and booleans need drizzle's mapping.
        return typeof value === 'object' || typeof value === 'boolean' ? slot.encode(value) : value
      })
      statement.run(params)
    }
    const name = getTableName(table)
    this.counts[name] = (this.counts[name] ?? 0) + rows.length
  }
}

/**
 * Runs fn with the FTS triggers on influencer_accounts set aside (inside the caller's
 * transaction; they are back before it commits). The roster writes a chunk's accounts
 * before their influencers, so these triggers find no search row to update: the
 * influencers' insert trigger indexes the handles instead. Since 0001_search.sql finds
 * that row by rowid they no longer scan the index, but firing them per account is still
 * pure overhead: 20,000 influencers seeded in 8.9-10.1 s with them set aside, 13.1-13.9 s
 * without (about 40% slower), so the workaround stays.
 */
export function withoutAccountSearchTriggers(client: Database.Database, fn: () => void): void {
  const triggers = client
    .prepare(
      "select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'influencer_accounts'",
    )
    .all() as { name: string; sql: string }[]
  for (const trigger of triggers) client.exec(`drop trigger "${trigger.name}"`)
  fn()
  for (const trigger of triggers) client.exec(trigger.sql)
}
