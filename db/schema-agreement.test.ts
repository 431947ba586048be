import { getTableName, is, sql, type SQL } from 'drizzle-orm'
import {
  bigint,
  check as pgCheck,
  doublePrecision,
  getTableConfig as getPgTableConfig,
  index as pgIndex,
  PgDialect,
  PgTable,
  pgTable,
  text as pgText,
  timestamp,
  uniqueIndex as pgUniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import {
  check as sqliteCheck,
  getTableConfig as getSqliteTableConfig,
  index as sqliteIndex,
  integer,
  SQLiteSyncDialect,
  SQLiteTable,
  sqliteTable,
  text as sqliteText,
  uniqueIndex as sqliteUniqueIndex,
} from 'drizzle-orm/sqlite-core'
import { describe, expect, it } from 'vitest'
import * as pgSchema from './pg/schema/index.ts'
import { serverOnly } from './pg/schema/server.ts'
import * as sqliteSchema from './sqlite/schema/index.ts'

// The local replica (db/sqlite) and the server (db/pg) must describe the same tables, or
// sync breaks in ways no single-database test sees. This compares the two drizzle schemas
// structurally; the expressions of CHECKs and partial indexes are compared as rendered SQL,
// which both dialects print alike ("table"."column", quoted literals).

/** Tables of the local replica that never reach the server. */
const sqliteOnlyTables = [
  'outbox',
  'sync_base',
  'sync_conflicts',
  'sync_shapes',
  'device_state',
  'document_update_log',
  'document_exports',
]

/** Which PostgreSQL types may hold each SQLite storage kind. */
const compatiblePgTypes = {
  text: ['text', 'uuid', 'timestamp with time zone'],
  json: ['jsonb'],
  boolean: ['boolean'],
  integer: ['integer', 'bigint'],
  real: ['double precision'],
  blob: ['bytea'],
} as const satisfies Record<string, readonly string[]>
type Family = keyof typeof compatiblePgTypes

interface ColumnShape {
  name: string
  /** sqlite: the storage family; pg: getSQLType(). */
  type: string
  notNull: boolean
  primary: boolean
  hasDefault: boolean
  /** A plain JS default ('USD', 0, false); undefined for SQL defaults such as now(). */
  literalDefault: unknown
  isForeignKey: boolean
}
interface IndexShape {
  unique: boolean
  columns: string[]
  where: string | null
}
interface ForeignKeyShape {
  columns: string[]
  table: string
  foreignColumns: string[]
  onDelete: string
  onUpdate: string
}
interface TableShape {
  name: string
  columns: Map<string, ColumnShape>
  /** CHECK constraint name -> rendered expression. */
  checks: Map<string, string>
  /** Index (and unique constraint) name -> shape. */
  indexes: Map<string, IndexShape>
  foreignKeys: ForeignKeyShape[]
  primaryKey: string[]
}

const render = (dialect: PgDialect | SQLiteSyncDialect, expression: SQL): string =>
  dialect.sqlToQuery(expression).sql.replace(/\$\d+/g, '?').replace(/\s+/g, ' ').trim()

const pgDialect = new PgDialect()
const sqliteDialect = new SQLiteSyncDialect()

const isSql = (value: unknown): value is SQL =>
  typeof value === 'object' && value !== null && 'queryChunks' in value
const literalDefault = (value: unknown): unknown => (isSql(value) ? undefined : value)
const indexColumnName = (column: unknown): string =>
  isSql(column)
    ? `(${render(pgDialect, column)})`
    : typeof column === 'object' && column !== null && 'name' in column
      ? String(column.name)
      : '?'

/** Indexes, unique constraints and unique columns, by name: the same three places in both dialects. */
const indexShapes = (
  config: {
    indexes: { config: { name?: string; unique: boolean; columns: unknown[]; where?: SQL } }[]
    uniqueConstraints: { getName(): string | undefined; columns: { name: string }[] }[]
    columns: { name: string; isUnique: boolean; uniqueName?: string }[]
  },
  dialect: PgDialect | SQLiteSyncDialect,
): Map<string, IndexShape> => {
  const indexes = new Map<string, IndexShape>()
  for (const { config: ix } of config.indexes) {
    indexes.set(ix.name ?? '(unnamed)', {
      unique: ix.unique,
      columns: ix.columns.map(indexColumnName),
      where: ix.where ? render(dialect, ix.where) : null,
    })
  }
  for (const uq of config.uniqueConstraints) {
    indexes.set(uq.getName() ?? '(unnamed)', {
      unique: true,
      columns: uq.columns.map((c) => c.name),
      where: null,
    })
  }
  for (const column of config.columns) {
    if (column.isUnique && column.uniqueName) {
      indexes.set(column.uniqueName, { unique: true, columns: [column.name], where: null })
    }
  }
  return indexes
}

const sqliteFamily = (column: { columnType: string; getSQLType(): string }): string => {
  if (column.columnType === 'SQLiteTextJson' || column.columnType === 'SQLiteBlobJson')
    return 'json'
  if (column.columnType === 'SQLiteBoolean') return 'boolean'
  if (column.columnType === 'SQLiteTimestamp') return 'timestamp (integer)'
  const type = column.getSQLType().toLowerCase()
  if (type.startsWith('text')) return 'text'
  return type
}

const describeSqliteTable = (table: SQLiteTable): TableShape => {
  const config = getSqliteTableConfig(table)
  const foreignKeys = config.foreignKeys.map((fk) => {
    const ref = fk.reference()
    return {
      columns: ref.columns.map((c) => c.name),
      table: getTableName(ref.foreignTable),
      foreignColumns: ref.foreignColumns.map((c) => c.name),
      onDelete: fk.onDelete ?? 'no action',
      onUpdate: fk.onUpdate ?? 'no action',
    }
  })
  const fkColumns = new Set(foreignKeys.flatMap((fk) => fk.columns))
  const indexes = indexShapes(config, sqliteDialect)
  return {
    name: config.name,
    columns: new Map(
      config.columns.map((c) => [
        c.name,
        {
          name: c.name,
          type: sqliteFamily(c),
          notNull: c.notNull,
          primary: c.primary,
          hasDefault: c.hasDefault,
          literalDefault: literalDefault(c.default),
          isForeignKey: fkColumns.has(c.name),
        },
      ]),
    ),
    checks: new Map(config.checks.map((c) => [c.name, render(sqliteDialect, c.value)])),
    indexes,
    foreignKeys,
    primaryKey: [
      ...config.columns.filter((c) => c.primary).map((c) => c.name),
      ...config.primaryKeys.flatMap((pk) => pk.columns.map((c) => c.name)),
    ],
  }
}

const describePgTable = (table: PgTable): TableShape => {
  const config = getPgTableConfig(table)
  const foreignKeys = config.foreignKeys.map((fk) => {
    const ref = fk.reference()
    return {
      columns: ref.columns.map((c) => c.name),
      table: getTableName(ref.foreignTable),
      foreignColumns: ref.foreignColumns.map((c) => c.name),
      onDelete: fk.onDelete ?? 'no action',
      onUpdate: fk.onUpdate ?? 'no action',
    }
  })
  const fkColumns = new Set(foreignKeys.flatMap((fk) => fk.columns))
  const indexes = indexShapes(config, pgDialect)
  return {
    name: config.name,
    columns: new Map(
      config.columns.map((c) => [
        c.name,
        {
          name: c.name,
          type: c.getSQLType().toLowerCase(),
          notNull: c.notNull,
          primary: c.primary,
          hasDefault: c.hasDefault,
          literalDefault: literalDefault(c.default),
          isForeignKey: fkColumns.has(c.name),
        },
      ]),
    ),
    checks: new Map(config.checks.map((c) => [c.name, render(pgDialect, c.value)])),
    indexes,
    foreignKeys,
    primaryKey: [
      ...config.columns.filter((c) => c.primary).map((c) => c.name),
      ...config.primaryKeys.flatMap((pk) => pk.columns.map((c) => c.name)),
    ],
  }
}

const typeProblem = (local: ColumnShape, server: ColumnShape): string | null => {
  const allowed: readonly string[] | undefined = compatiblePgTypes[local.type as Family]
  if (!allowed?.includes(server.type)) {
    return `sqlite ${local.type} cannot be pg ${server.type} (allowed: ${allowed?.join(', ') ?? 'none'})`
  }
  // Text holds three kinds of value; the names say which.
  if (server.type === 'uuid' && !(local.primary || local.isForeignKey || /_id$/.test(local.name))) {
    return 'pg uuid is only for ids (the primary key, a foreign key or a *_id column)'
  }
  if (
    local.type === 'text' &&
    /_at$/.test(local.name) &&
    server.type !== 'timestamp with time zone'
  ) {
    return `a *_at column is a timestamp with time zone in pg, not ${server.type}`
  }
  return null
}

const show = (value: unknown) => JSON.stringify(value)
const fkKey = (fk: ForeignKeyShape) => fk.columns.join(',')

/** Every difference between a SQLite table and its PostgreSQL twin, one message each. */
const compareTables = (
  local: TableShape,
  server: TableShape,
  serverOnlyColumns: readonly string[] = [],
): string[] => {
  const t = local.name
  const problems: string[] = []
  const at = (column: string) => `table "${t}", column "${column}"`

  for (const [name, column] of local.columns) {
    const twin = server.columns.get(name)
    if (!twin) {
      problems.push(`${at(name)}: in sqlite, missing in pg`)
      continue
    }
    if (serverOnlyColumns.includes(name)) {
      problems.push(`${at(name)}: listed as server-only but exists in sqlite`)
    }
    if (column.notNull !== twin.notNull) {
      problems.push(`${at(name)}: notNull is ${column.notNull} in sqlite, ${twin.notNull} in pg`)
    }
    if (column.primary !== twin.primary) {
      problems.push(
        `${at(name)}: primary key is ${column.primary} in sqlite, ${twin.primary} in pg`,
      )
    }
    const typeIssue = typeProblem(column, twin)
    if (typeIssue) problems.push(`${at(name)}: type: ${typeIssue}`)
    if (column.hasDefault !== twin.hasDefault) {
      problems.push(`${at(name)}: has a default in ${column.hasDefault ? 'sqlite' : 'pg'} only`)
    } else if (
      column.literalDefault !== undefined &&
      twin.literalDefault !== undefined &&
      show(column.literalDefault) !== show(twin.literalDefault)
    ) {
      problems.push(
        `${at(name)}: default is ${show(column.literalDefault)} in sqlite, ${show(twin.literalDefault)} in pg`,
      )
    }
  }
  for (const name of server.columns.keys()) {
    if (!local.columns.has(name) && !serverOnlyColumns.includes(name)) {
      problems.push(`${at(name)}: in pg, missing in sqlite (or list it in serverOnly.columns)`)
    }
  }
  for (const name of serverOnlyColumns) {
    if (!server.columns.has(name))
      problems.push(`${at(name)}: listed as server-only, missing in pg`)
  }

  if (show(local.primaryKey) !== show(server.primaryKey)) {
    problems.push(
      `table "${t}": primary key is ${show(local.primaryKey)} in sqlite, ${show(server.primaryKey)} in pg`,
    )
  }

  for (const [name, expression] of local.checks) {
    const twin = server.checks.get(name)
    if (twin === undefined) problems.push(`table "${t}", check "${name}": in sqlite, missing in pg`)
    else if (twin !== expression) {
      problems.push(`table "${t}", check "${name}": sqlite ${expression} <> pg ${twin}`)
    }
  }
  for (const name of server.checks.keys()) {
    if (!local.checks.has(name))
      problems.push(`table "${t}", check "${name}": in pg, missing in sqlite`)
  }

  for (const [name, ix] of local.indexes) {
    const twin = server.indexes.get(name)
    const what = `table "${t}", index "${name}" on (${ix.columns.join(', ')})`
    if (!twin) {
      problems.push(`${what}: in sqlite, missing in pg`)
      continue
    }
    if (ix.unique !== twin.unique)
      problems.push(`${what}: unique is ${ix.unique} in sqlite, ${twin.unique} in pg`)
    if (show(ix.columns) !== show(twin.columns)) {
      problems.push(`${what}: columns are (${twin.columns.join(', ')}) in pg`)
    }
    if (ix.where !== twin.where) {
      problems.push(`${what}: where is ${show(ix.where)} in sqlite, ${show(twin.where)} in pg`)
    }
  }
  for (const [name, ix] of server.indexes) {
    if (!local.indexes.has(name)) {
      problems.push(
        `table "${t}", index "${name}" on (${ix.columns.join(', ')}): in pg, missing in sqlite`,
      )
    }
  }

  const serverFks = new Map(server.foreignKeys.map((fk) => [fkKey(fk), fk]))
  for (const fk of local.foreignKeys) {
    const what = `table "${t}", column "${fkKey(fk)}": foreign key to ${fk.table}(${fk.foreignColumns.join(', ')})`
    const twin = serverFks.get(fkKey(fk))
    serverFks.delete(fkKey(fk))
    if (!twin) {
      problems.push(`${what}: in sqlite, missing in pg`)
      continue
    }
    if (twin.table !== fk.table || show(twin.foreignColumns) !== show(fk.foreignColumns)) {
      problems.push(`${what}: references ${twin.table}(${twin.foreignColumns.join(', ')}) in pg`)
    }
    if (twin.onDelete !== fk.onDelete) {
      problems.push(`${what}: on delete ${fk.onDelete} in sqlite, ${twin.onDelete} in pg`)
    }
    if (twin.onUpdate !== fk.onUpdate) {
      problems.push(`${what}: on update ${fk.onUpdate} in sqlite, ${twin.onUpdate} in pg`)
    }
  }
  for (const fk of serverFks.values()) {
    problems.push(
      `table "${t}", column "${fkKey(fk)}": foreign key to ${fk.table} in pg, missing in sqlite`,
    )
  }
  return problems
}

const byName = <T extends { name: string }>(shapes: T[]) => new Map(shapes.map((s) => [s.name, s]))
const sqliteTables = byName(
  (Object.values(sqliteSchema) as unknown[])
    .filter((v): v is SQLiteTable => is(v, SQLiteTable))
    .map(describeSqliteTable),
)
const pgTables = byName(
  (Object.values(pgSchema) as unknown[])
    .filter((v): v is PgTable => is(v, PgTable))
    .map(describePgTable),
)
const serverOnlyTables: readonly string[] = serverOnly.tables
const serverOnlyColumns: Partial<Record<string, readonly string[]>> = serverOnly.columns
const sharedTables = [...sqliteTables.keys()].filter((n) => !sqliteOnlyTables.includes(n)).sort()

describe('the SQLite and PostgreSQL schemas agree', () => {
  it('finds the tables of both schemas', () => {
    expect(sqliteTables.size).toBeGreaterThan(20)
    expect(pgTables.size).toBeGreaterThan(20)
  })

  it('has the same tables, apart from the local-only and server-only ones', () => {
    const pgShared = [...pgTables.keys()].filter((n) => !serverOnlyTables.includes(n)).sort()
    expect(pgShared).toEqual(sharedTables)
    for (const name of sqliteOnlyTables) expect(pgTables.has(name), name).toBe(false)
    for (const name of serverOnlyTables) {
      expect(pgTables.has(name), `server-only ${name} in pg`).toBe(true)
      expect(sqliteTables.has(name), `server-only ${name} must not be in sqlite`).toBe(false)
    }
  })

  it('lists server-only columns only for tables that exist in both', () => {
    for (const table of Object.keys(serverOnlyColumns)) {
      expect(sharedTables, table).toContain(table)
    }
  })

  it.each(sharedTables)(
    '%s: same columns, types, nullability, checks, indexes and keys',
    (name) => {
      const local = sqliteTables.get(name)
      const server = pgTables.get(name)
      expect(server, `table "${name}" missing in pg`).toBeDefined()
      if (!local || !server) return
      expect(compareTables(local, server, serverOnlyColumns[name] ?? [])).toEqual([])
    },
  )

  it('keeps the WHERE clause of the one-active-offer index', () => {
    const where = pgTables.get('offers')?.indexes.get('offers_active_per_influencer_uq')?.where
    expect(where).toMatch(/status in \('pending', 'counter', 'accepted'\) and deleted_at is null/)
  })
})

describe('compareTables', () => {
  // A deliberately different pair: each difference below must be reported.
  const localWidgets = sqliteTable(
    'widgets',
    {
      id: sqliteText('id').primaryKey(),
      ownerId: sqliteText('owner_id').references(() => localOwners.id, { onDelete: 'cascade' }),
      name: sqliteText('name').notNull(),
      price: integer('price'),
      status: sqliteText('status').notNull().default('draft'),
      colour: sqliteText('colour'),
      createdAt: sqliteText('created_at'),
    },
    (t) => [
      sqliteUniqueIndex('widgets_name_uq').on(t.name),
      sqliteIndex('widgets_status_idx').on(t.status),
      sqliteCheck('widgets_status_check', sql`${t.status} in ('draft', 'live')`),
      sqliteCheck('widgets_price_check', sql`${t.price} >= 0`),
    ],
  )
  const localOwners = sqliteTable('owners', { id: sqliteText('id').primaryKey() })
  const serverWidgets = pgTable(
    'widgets',
    {
      id: uuid('id').primaryKey(),
      ownerId: uuid('owner_id').references(() => serverOwners.id, { onDelete: 'set null' }),
      name: pgText('name'),
      price: doublePrecision('price'),
      status: pgText('status').notNull().default('live'),
      colour: uuid('colour'),
      createdAt: pgText('created_at'),
      size: pgText('size'),
    },
    (t) => [
      pgIndex('widgets_name_uq').on(t.name),
      pgIndex('widgets_status_idx').on(t.status, t.name),
      pgCheck('widgets_status_check', sql`${t.status} in ('draft', 'live', 'gone')`),
    ],
  )
  const serverOwners = pgTable('owners', { id: uuid('id').primaryKey() })
  const problems = compareTables(describeSqliteTable(localWidgets), describePgTable(serverWidgets))
  const expectProblem = (pattern: RegExp) =>
    expect(
      problems.some((p) => pattern.test(p)),
      `${pattern} in\n${problems.join('\n')}`,
    ).toBe(true)

  it('names the table and column of every difference', () => {
    expectProblem(/table "widgets", column "name": notNull is true in sqlite, false in pg/)
    expectProblem(
      /table "widgets", column "price": type: sqlite integer cannot be pg double precision/,
    )
    expectProblem(/table "widgets", column "status": default is "draft" in sqlite, "live" in pg/)
    expectProblem(/table "widgets", column "colour": type: pg uuid is only for ids/)
    expectProblem(/table "widgets", column "created_at": type: a \*_at column is a timestamp/)
    expectProblem(/table "widgets", column "size": in pg, missing in sqlite/)
    expectProblem(
      /table "widgets", column "owner_id": foreign key to owners\(id\): on delete cascade in sqlite, set null in pg/,
    )
    expectProblem(/table "widgets", check "widgets_price_check": in sqlite, missing in pg/)
    expectProblem(
      /table "widgets", check "widgets_status_check": sqlite .*'live'\) <> pg .*'gone'\)/,
    )
    expectProblem(
      /table "widgets", index "widgets_name_uq" on \(name\): unique is true in sqlite, false in pg/,
    )
    expectProblem(
      /table "widgets", index "widgets_status_idx" on \(status\): columns are \(status, name\) in pg/,
    )
    expect(problems).toHaveLength(11)
  })

  it('reports a column missing on either side, and server-only columns that are not', () => {
    const withoutSize = compareTables(
      describeSqliteTable(localWidgets),
      describePgTable(serverWidgets),
      ['size', 'colour'],
    )
    expect(withoutSize.some((p) => p.includes('"size"'))).toBe(false)
    expect(withoutSize).toContain(
      'table "widgets", column "colour": listed as server-only but exists in sqlite',
    )
    const missing = compareTables(
      describeSqliteTable(localWidgets),
      describePgTable(pgTable('widgets', { id: uuid('id').primaryKey() })),
    )
    expect(missing).toContain('table "widgets", column "name": in sqlite, missing in pg')
  })

  it('finds no difference between twins', () => {
    const local = sqliteTable(
      'gadgets',
      {
        id: sqliteText('id').primaryKey(),
        ownerId: sqliteText('owner_id')
          .notNull()
          .references(() => localOwners.id, { onDelete: 'cascade' }),
        price: integer('price').notNull().default(0),
        createdAt: sqliteText('created_at')
          .notNull()
          .default(sql`(CURRENT_TIMESTAMP)`),
      },
      (t) => [
        sqliteUniqueIndex('gadgets_owner_uq')
          .on(t.ownerId)
          .where(sql`price > 0`),
        sqliteCheck('gadgets_price_check', sql`${t.price} >= 0`),
      ],
    )
    const server = pgTable(
      'gadgets',
      {
        id: uuid('id').primaryKey(),
        ownerId: uuid('owner_id')
          .notNull()
          .references(() => serverOwners.id, { onDelete: 'cascade' }),
        price: bigint('price', { mode: 'number' }).notNull().default(0),
        createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' })
          .notNull()
          .defaultNow(),
      },
      (t) => [
        pgUniqueIndex('gadgets_owner_uq')
          .on(t.ownerId)
          .where(sql`price > 0`),
        pgCheck('gadgets_price_check', sql`${t.price} >= 0`),
      ],
    )
    expect(compareTables(describeSqliteTable(local), describePgTable(server))).toEqual([])
  })
})
