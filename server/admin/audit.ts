import { uuidv7 } from 'uuidv7'
import type { Principal } from '../auth/principal.ts'
import { asPrincipal } from '../db/scoped.ts'
import type { Queryable, Sql } from '../db/sql.ts'
import { HttpError } from '../http/errors.ts'

/** One admin write, recorded in the same transaction as the write itself. */
export interface AuditEntry {
  orgId: string
  actorId: string
  /** A verb on a thing: user.create, user.suspend, user.role_change. */
  action: string
  entityType: string
  entityId: string
  /** What changed, as { field: { from, to } } or the new row's fields; never a secret. */
  changes: Record<string, unknown>
  /** The request id, tying the entries of one request together (null if not a UUID). */
  correlationId: string | null
  ipAddress?: string | undefined
  userAgent?: string | undefined
}

export async function recordAudit(tx: Queryable, entry: AuditEntry) {
  await tx.query(
    `insert into audit_logs
       (id, org_id, actor_id, action, entity_type, entity_id, changes, ip_address, user_agent, correlation_id)
     values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10)`,
    [
      uuidv7(),
      entry.orgId,
      entry.actorId,
      entry.action,
      entry.entityType,
      entry.entityId,
      JSON.stringify(entry.changes),
      entry.ipAddress ?? null,
      entry.userAgent ?? null,
      entry.correlationId,
    ],
  )
}

/** An audit entry as the API shows it. */
export interface AuditLogEntry {
  id: string
  actorId: string | null
  action: string
  entityType: string
  entityId: string | null
  changes: unknown
  deviceId: string | null
  ipAddress: string | null
  userAgent: string | null
  correlationId: string | null
  createdAt: string
}

interface AuditRow {
  id: string
  actor_id: string | null
  action: string
  entity_type: string
  entity_id: string | null
  changes: unknown
  device_id: string | null
  ip_address: string | null
  user_agent: string | null
  correlation_id: string | null
  created_at: Date | string
}

const isoOf = (value: Date | string) =>
  (value instanceof Date ? value : new Date(value)).toISOString()

/**
 * A page of the principal's organization's audit log, newest first. Read as crm_app, so
 * row-level security keeps another organization's entries out even if a filter were wrong.
 */
export async function readAuditLog(
  sql: Sql,
  principal: Principal,
  page: { limit: number; before?: string | undefined },
): Promise<{ entries: AuditLogEntry[]; nextBefore: string | null }> {
  const rows = await asPrincipal(
    sql,
    principal,
    async (tx) => {
      if (page.before) {
        const [known] = await tx.query(`select 1 from audit_logs where id = $1 and org_id = $2`, [
          page.before,
          principal.orgId,
        ])
        if (!known) {
          throw new HttpError(
            400,
            'invalid_request',
            'Invalid query: before: no audit log entry has this id; start again from the first page.',
          )
        }
      }
      // Ties on created_at (one transaction's entries) are broken by id, which grows.
      return tx.query<AuditRow>(
        `select id, actor_id, action, entity_type, entity_id, changes, device_id, ip_address,
                user_agent, correlation_id, created_at
           from audit_logs a
          where a.org_id = $1
            and ($2::uuid is null
                 or (a.created_at, a.id) < (select created_at, id from audit_logs where id = $2))
          order by a.created_at desc, a.id desc
          limit $3`,
        [principal.orgId, page.before ?? null, page.limit],
      )
    },
    { readOnly: true },
  )
  const entries = rows.map((r): AuditLogEntry => ({
    id: r.id,
    actorId: r.actor_id,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    changes: r.changes,
    deviceId: r.device_id,
    ipAddress: r.ip_address,
    userAgent: r.user_agent,
    correlationId: r.correlation_id,
    createdAt: isoOf(r.created_at),
  }))
  const last = entries.at(-1)
  return { entries, nextBefore: entries.length === page.limit && last ? last.id : null }
}
