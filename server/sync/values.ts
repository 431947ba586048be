import { z } from 'zod'
import type { SyncColumn } from './catalog.ts'

/*
 * What a pushed value must look like for its column's SQL type, and the cast that makes
 * PostgreSQL read it as that type whichever driver sends it. Values arrive as the desktop
 * stores them (SQLite): instants as ISO strings, booleans as booleans, money as integers,
 * json as JSON, bytes as PostgreSQL's hex text (\x...), as the pull side sends them.
 */

/** A lone UTF-16 surrogate: text PostgreSQL cannot store (String.isWellFormed is ES2024). */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const wellFormed = (s: string) => !loneSurrogate.test(s)

const json: z.ZodType<unknown> = z.json()

const byType: Record<string, { schema: z.ZodType; cast: string }> = {
  uuid: { schema: z.uuid(), cast: 'uuid' },
  text: {
    schema: z
      .string()
      .max(1_000_000)
      .refine(wellFormed, 'is not well-formed text (a lone UTF-16 surrogate)'),
    cast: 'text',
  },
  integer: {
    schema: z
      .number()
      .int()
      .min(-(2 ** 31))
      .max(2 ** 31 - 1),
    cast: 'int4',
  },
  bigint: {
    schema: z.number().int().refine(Number.isSafeInteger, 'Expected a safe integer'),
    cast: 'int8',
  },
  boolean: { schema: z.boolean(), cast: 'bool' },
  'double precision': {
    schema: z.number().refine(Number.isFinite, 'Expected a finite number'),
    cast: 'float8',
  },
  jsonb: { schema: json, cast: 'jsonb' },
  'timestamp with time zone': { schema: z.iso.datetime({ offset: true }), cast: 'timestamptz' },
  bytea: {
    schema: z.string().regex(/^\\x([0-9a-f]{2})*$/, 'Expected bytes as \\x followed by hex'),
    cast: 'bytea',
  },
}

const typeOf = (column: SyncColumn) => {
  const type = byType[column.sqlType]
  if (!type) throw new Error(`No push rule for SQL type ${column.sqlType} (${column.name})`)
  return type
}

/** Why a value is wrong for its column, or undefined when it is fine. */
export function valueProblem(column: SyncColumn, value: unknown): string | undefined {
  if (value === null) return column.notNull && !column.hasDefault ? 'must not be null' : undefined
  const parsed = typeOf(column).schema.safeParse(value)
  return parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'has the wrong type')
}

/** The parameter as the drivers take it: json as text (so arrays stay json), bytes as a Buffer. */
export function sqlParam(column: SyncColumn, value: unknown): unknown {
  if (value === null) return null
  if (column.sqlType === 'jsonb') return JSON.stringify(value)
  if (column.sqlType === 'bytea') return Buffer.from((value as string).slice(2), 'hex')
  return value
}

export const sqlCast = (column: SyncColumn) => typeOf(column).cast
