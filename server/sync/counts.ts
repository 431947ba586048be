import type { Queryable } from '../db/sql.ts'
import { syncCatalog } from './catalog.ts'
import { scopeCondition, type Scope } from './scope.ts'

/**
 * How many rows each shape holds for this user right now: a new device's bootstrap shows
 * its progress against these. One statement, scoped exactly as the shapes are.
 */
export async function countShapeRows(q: Queryable, scope: Scope): Promise<Record<string, number>> {
  const params: unknown[] = []
  const parts = [...syncCatalog.values()].map((table) => {
    const where = scopeCondition(table, scope, params.length + 1)
    params.push(...where.params)
    return `select '${table.name}' as name, count(*)::int as n from "${table.name}" where ${where.sql}`
  })
  const rows = await q.query<{ name: string; n: number }>(parts.join(' union all '), params)
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]))
}
