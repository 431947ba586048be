import { parseHlc } from '#shared/sync/hlc'
import type { Mutation, MutationOutcome, RejectReason } from '#shared/sync/protocol'
import type { Principal } from '../auth/principal.ts'
import type { Queryable } from '../db/sql.ts'
import { syncTable, type SyncTable } from './catalog.ts'
import { rejectionFor } from './db-errors.ts'
import { decide, type Row } from './decide.ts'
import { assignDocumentNumber } from './numbers.ts'
import { sqlCast, sqlParam } from './values.ts'

export interface ApplyContext {
  tx: Queryable
  principal: Principal
  deviceId: string
  /** Ties the audit rows of one pushed batch together. */
  correlationId: string
  ip?: string
  userAgent?: string
  now: number
}

/** A device clock this far ahead of the server's would win every later edit: refused. */
const maxClockSkewMs = 60 * 60 * 1000

const rejected = (m: Mutation, reason: RejectReason, message: string): MutationOutcome => ({
  id: m.id,
  status: 'rejected',
  reason,
  message,
})

/** Reads as the service (owner): the first wall must tell "another org" from "not there". */
async function currentRow(tx: Queryable, table: SyncTable, id: string): Promise<Row | undefined> {
  const [found] = await tx.query<{ row: Row }>(
    `select to_jsonb(t) as row from "${table.name}" t where id = $1 for update`,
    [id],
  )
  return found?.row
}

/** Every row the mutation points at must exist and be in the user's organization (or shared by all). */
async function referenceProblem(
  ctx: ApplyContext,
  table: SyncTable,
  m: Mutation,
): Promise<MutationOutcome | undefined> {
  for (const [column, target] of table.references) {
    const value = m.changes[column]
    if (typeof value !== 'string' || column === 'org_id') continue
    const targetTable = syncTable(target)
    if (!targetTable) continue
    const orgColumn =
      targetTable.org === 'id' ? 'id' : targetTable.org === 'org_id' ? 'org_id' : undefined
    if (!orgColumn) continue
    const [row] = await ctx.tx.query<{ org: string | null }>(
      `select ${orgColumn}::text as org from "${target}" where id = $1`,
      [value],
    )
    if (!row)
      return rejected(
        m,
        'invalid',
        `${column} points at a ${target.replaceAll('_', ' ')} row that does not exist`,
      )
    if (row.org !== null && row.org !== ctx.principal.orgId) {
      return rejected(m, 'tenancy', `${column} points at a row of another organization`)
    }
  }
  return undefined
}

/**
 * Decides and writes one mutation inside the batch's transaction. The write runs as the
 * request's user (role crm_app, row-level security) in a savepoint, so a refused row is
 * undone alone and the rest of the batch still applies.
 */
export async function applyMutation(
  ctx: ApplyContext,
  table: SyncTable,
  m: Mutation,
): Promise<MutationOutcome> {
  const { tx } = ctx
  const ahead = Object.values(m.clocks).find((c) => parseHlc(c).ms > ctx.now + maxClockSkewMs)
  if (ahead)
    return rejected(
      m,
      'invalid',
      `The device clock is more than an hour ahead (${ahead}); correct the computer's time and retry`,
    )

  const existing = await currentRow(tx, table, m.rowId)
  const [clockRow] = await tx.query<{ clocks: Record<string, string> }>(
    'select clocks from row_clocks where table_name = $1 and row_id = $2',
    [table.name, m.rowId],
  )
  const decision = decide(table, m, existing, clockRow?.clocks ?? {}, ctx.principal)
  if (decision.kind === 'reject') return rejected(m, decision.reason, decision.message)
  const refProblem = await referenceProblem(ctx, table, m)
  if (refProblem) return refProblem

  const values: Row = { ...decision.values }
  const assigned: Row = {}
  if (table.name === 'financial_documents' && !existing) {
    const number = await assignDocumentNumber(
      tx,
      ctx.principal.orgId,
      String(values.type),
      values.issue_date as string | null,
      ctx.now,
    )
    values.document_number = number
    values.number_provisional = false
    Object.assign(assigned, { document_number: number, number_provisional: false })
  }
  if (Object.keys(values).length === 0 && existing) {
    return { id: m.id, status: 'applied', overridden: decision.overridden, assigned }
  }

  await tx.query('savepoint mutation')
  try {
    await tx.query('set local role crm_app')
    await writeRow(tx, table, m.rowId, values, existing ? 'update' : 'insert', ctx.principal.orgId)
    await tx.query('reset role')
  } catch (error) {
    await tx.query('rollback to savepoint mutation')
    await tx.query('reset role')
    const rejection = rejectionFor(error, table.name)
    if (!rejection) throw error
    return rejected(m, rejection.reason, rejection.message)
  }
  await tx.query('release savepoint mutation')

  await tx.query(
    `insert into row_clocks (table_name, row_id, clocks) values ($1, $2, $3::jsonb)
     on conflict (table_name, row_id) do update set clocks = row_clocks.clocks || excluded.clocks`,
    [table.name, m.rowId, JSON.stringify(decision.newClocks)],
  )
  await tx.query(
    `insert into audit_logs (id, org_id, actor_id, action, entity_type, entity_id, changes, device_id,
       ip_address, user_agent, correlation_id)
     values (gen_random_uuid(), $1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10)`,
    [
      ctx.principal.orgId,
      ctx.principal.userId,
      `${table.name}.${existing ? m.op : 'insert'}`,
      table.name,
      m.rowId,
      JSON.stringify(values),
      ctx.deviceId,
      ctx.ip ?? null,
      ctx.userAgent ?? null,
      ctx.correlationId,
    ],
  )
  return { id: m.id, status: 'applied', overridden: decision.overridden, assigned }
}

async function writeRow(
  tx: Queryable,
  table: SyncTable,
  id: string,
  values: Row,
  op: 'insert' | 'update',
  orgId: string,
) {
  const entries = Object.entries(values)
  const params: unknown[] = [id]
  const placeholder = (column: string, value: unknown) => {
    const spec = table.columns.get(column)!
    params.push(sqlParam(spec, value))
    return `$${params.length}::${sqlCast(spec)}`
  }
  if (op === 'update') {
    const sets = entries.map(([c, v]) => `"${c}" = ${placeholder(c, v)}`)
    await tx.query(
      `update "${table.name}" set ${[...sets, 'updated_at = now()'].join(', ')} where id = $1`,
      params,
    )
    return
  }
  const columns = ['id', ...entries.map(([c]) => c)]
  const placeholders = ['$1::uuid', ...entries.map(([c, v]) => placeholder(c, v))]
  if (table.org === 'org_id') {
    columns.push('org_id')
    placeholders.push(placeholder('org_id', orgId))
  }
  columns.push('updated_at')
  placeholders.push('now()')
  await tx.query(
    `insert into "${table.name}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${placeholders.join(', ')})`,
    params,
  )
}
