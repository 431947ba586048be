import type { Queryable } from '../db/sql.ts'
import type { ApplyContext } from './apply-mutation.ts'
import type { SyncTable } from './catalog.ts'
import type { Row } from './decide.ts'

interface Known {
  row?: Row
  clocks: Record<string, string>
}

interface AuditEntry {
  action: string
  entityType: string
  entityId: string
  changes: Row
}

const keyOf = (table: string, id: string) => `${table}/${id}`

/**
 * What a batch knows while it applies: the rows it touches and their field clocks, read
 * (and locked) once for the whole batch instead of once per mutation, and kept current as
 * mutations apply; and the clocks and audit entries to write, in one statement each at the
 * end. A push's cost is mostly its round trips to the database.
 */
export class BatchState {
  private readonly known = new Map<string, Known>()
  private readonly touched = new Set<string>()
  private readonly audits: AuditEntry[] = []

  /** Reads every row the batch names, with its clocks, as the owner, locked until commit. */
  async preload(tx: Queryable, targets: readonly { table: SyncTable; rowId: string }[]) {
    const ids = new Map<SyncTable, Set<string>>()
    for (const { table, rowId } of targets) {
      if (!ids.has(table)) ids.set(table, new Set())
      ids.get(table)!.add(rowId)
    }
    for (const [table, set] of ids) {
      const rows = await tx.query<{ id: string; row: Row; clocks: Record<string, string> | null }>(
        `select t.id::text as id, to_jsonb(t) as row, c.clocks from "${table.name}" t
           left join row_clocks c on c.table_name = $2 and c.row_id = t.id
          where t.id = any($1::uuid[]) order by t.id for update of t`,
        [[...set], table.name],
      )
      for (const r of rows)
        this.known.set(keyOf(table.name, r.id), { row: r.row, clocks: r.clocks ?? {} })
    }
  }

  get(table: SyncTable, id: string): Known {
    return this.known.get(keyOf(table.name, id)) ?? { clocks: {} }
  }

  /** A mutation applied: its row as written, its clocks merged, its audit entry queued. */
  applied(
    table: SyncTable,
    id: string,
    row: Row,
    clocks: Record<string, string>,
    audit: AuditEntry,
  ) {
    const key = keyOf(table.name, id)
    const before = this.known.get(key)
    this.known.set(key, { row, clocks: { ...before?.clocks, ...clocks } })
    this.touched.add(key)
    this.audits.push(audit)
  }

  /** Writes the touched rows' clocks and the audit entries: one statement each. */
  async flush(
    tx: Queryable,
    context: Pick<ApplyContext, 'principal' | 'deviceId' | 'correlationId' | 'ip' | 'userAgent'>,
  ) {
    if (this.touched.size > 0) {
      const clocks = [...this.touched].map((key) => {
        const [table, id] = key.split('/') as [string, string]
        return { table, id, clocks: this.known.get(key)!.clocks }
      })
      await tx.query(
        `insert into row_clocks (table_name, row_id, clocks)
         select c->>'table', (c->>'id')::uuid, c->'clocks' from jsonb_array_elements($1::jsonb) c
         on conflict (table_name, row_id) do update set clocks = excluded.clocks`,
        [JSON.stringify(clocks)],
      )
    }
    if (this.audits.length > 0) {
      await tx.query(
        `insert into audit_logs (id, org_id, actor_id, action, entity_type, entity_id, changes, device_id,
           ip_address, user_agent, correlation_id)
         select gen_random_uuid(), $1, $2, a->>'action', a->>'entityType', (a->>'entityId')::uuid,
           a->'changes', $3, $4, $5, $6
         from jsonb_array_elements($7::jsonb) with ordinality as e(a, n) order by n`,
        [
          context.principal.orgId,
          context.principal.userId,
          context.deviceId,
          context.ip ?? null,
          context.userAgent ?? null,
          context.correlationId,
          JSON.stringify(this.audits),
        ],
      )
    }
  }
}
