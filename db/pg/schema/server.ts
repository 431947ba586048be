import { index, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core'
import { id, json, timestamp } from '../columns.ts'
import { organizations, users } from './access.ts'

/**
 * What exists only on the server and never reaches a device (shared/DATA-MODEL.md):
 * whole tables here, and columns of synced tables declared beside them. The schema
 * agreement test (db/schema-agreement.test.ts) skips exactly these when it compares the
 * two schemas, so anything else the server adds is reported as drift.
 */
export const serverOnly = {
  tables: ['refresh_tokens', 'audit_logs'],
  columns: { users: ['password_hash', 'two_fa_enabled', 'two_fa_secret'] },
} as const satisfies { tables: readonly string[]; columns: Record<string, readonly string[]> }

/** Seed 004: one row per issued refresh token; only its hash is stored. Rotated on use. */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    deviceName: text('device_name'),
    expiresAt: timestamp('expires_at').notNull(),
    revokedAt: timestamp('revoked_at'),
    /** The token this one was rotated into; reuse of a replaced token revokes the chain. */
    replacedBy: uuid('replaced_by').references((): AnyPgColumn => refreshTokens.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('refresh_tokens_token_hash_uq').on(t.tokenHash),
    index('refresh_tokens_user_idx').on(t.userId),
  ],
)

/** Seeds 001 and 004: every write, who made it, from where. Append-only. */
export const auditLogs = pgTable(
  'audit_logs',
  {
    id: id(),
    orgId: uuid('org_id').references(() => organizations.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** A verb such as campaign.create, offer.accept, payment.release. */
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id'),
    /** Changed columns and their old and new values. */
    changes: json<Record<string, unknown>>('changes'),
    deviceId: text('device_id'),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    /** Ties the entries of one request or one pushed batch together. */
    correlationId: uuid('correlation_id'),
    createdAt: timestamp('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('audit_logs_org_created_idx').on(t.orgId, t.createdAt),
    index('audit_logs_entity_idx').on(t.entityType, t.entityId),
    index('audit_logs_actor_idx').on(t.actorId),
    index('audit_logs_correlation_idx').on(t.correlationId),
  ],
)
