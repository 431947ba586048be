import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core'
import { id, json, timestamp } from '../columns.ts'
import { organizations, users } from './access.ts'

/**
 * What exists only on the server and never reaches a device (shared/DATA-MODEL.md):
 * whole tables here, and columns of synced tables declared beside them. The schema
 * agreement test (db/schema-agreement.test.ts) skips exactly these when it compares the
 * two schemas, so anything else the server adds is reported as drift.
 */
export const serverOnly = {
  tables: [
    'refresh_tokens',
    'audit_logs',
    'change_log',
    'sync_txns',
    'sync_state',
    'applied_mutations',
    'row_clocks',
    'document_counters',
  ],
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

/** PostgreSQL's 64-bit transaction id (pg_current_xact_id()); drizzle has no xid8 type. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' })

/**
 * The change log the Shape API is served from: one row per row written to a synced table,
 * filled by triggers (migration 0004), so no writer can forget it. `row` is the whole row
 * after the write, without server-only columns. The scope columns say who may read it.
 */
export const changeLog = pgTable(
  'change_log',
  {
    /** Order of the writes inside one transaction. */
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    xid: xid8('xid')
      .notNull()
      .default(sql`pg_current_xact_id()`),
    tableName: text('table_name').notNull(),
    rowId: uuid('row_id').notNull(),
    /** Null for rows every organization reads (built-in roles, permissions). */
    orgId: uuid('org_id'),
    /** The only user who may read the row now (private rows), else null. */
    privateTo: uuid('private_to'),
    /** The same before this write; with `wasPresent`, tells a teammate to drop a row made private. */
    wasPrivateTo: uuid('was_private_to'),
    wasPresent: boolean('was_present').notNull(),
    op: text('op').notNull(),
    row: json<Record<string, unknown>>('row').notNull(),
  },
  (t) => [
    index('change_log_xid_idx').on(t.xid, t.tableName),
    check('change_log_op_check', sql`${t.op} in ('insert', 'update', 'delete')`),
  ],
)

/**
 * One row per transaction that wrote to the change log. `commit_seq` is assigned at commit
 * under a lock (migration 0004), so commit_seq order is commit order: a reader that sees
 * commit_seq n has already been able to see every lower one. That is what lets the pull
 * cursor be a single number that never skips a transaction committed late.
 */
export const syncTxns = pgTable(
  'sync_txns',
  {
    xid: xid8('xid').primaryKey(),
    commitSeq: bigint('commit_seq', { mode: 'number' }),
    committedAt: timestamp('committed_at'),
  },
  (t) => [uniqueIndex('sync_txns_commit_seq_uq').on(t.commitSeq)],
)

/** The change log's generation: resetting the log starts a new epoch, and every device refetches. */
export const syncState = pgTable(
  'sync_state',
  {
    id: integer('id').primaryKey().default(1),
    epoch: uuid('epoch').notNull(),
    /** Log positions at or below this were purged; a cursor behind it must refetch. */
    horizon: bigint('horizon', { mode: 'number' }).notNull().default(0),
    resetAt: timestamp('reset_at').notNull().defaultNow(),
  },
  (t) => [check('sync_state_single_row', sql`${t.id} = 1`)],
)

/** Every pushed mutation's outcome, so a batch sent twice applies once and answers the same. */
export const appliedMutations = pgTable(
  'applied_mutations',
  {
    mutationId: uuid('mutation_id').primaryKey(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    deviceId: text('device_id').notNull(),
    /** The answer sent to the device, replayed verbatim on a re-push. */
    outcome: json<Record<string, unknown>>('outcome').notNull(),
    createdAt: timestamp('created_at').notNull().defaultNow(),
  },
  (t) => [index('applied_mutations_org_created_idx').on(t.orgId, t.createdAt)],
)

/** The hybrid-logical-clock stamp of each field's current value: the last writer by HLC wins. */
export const rowClocks = pgTable(
  'row_clocks',
  {
    tableName: text('table_name').notNull(),
    rowId: uuid('row_id').notNull(),
    clocks: json<Record<string, string>>('clocks').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tableName, t.rowId] })],
)

/** The last final number given per organization, document type and year (INV-2026-0042). */
export const documentCounters = pgTable(
  'document_counters',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.type, t.year] })],
)
