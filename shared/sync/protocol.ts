import { z } from 'zod'
import { Hlc } from './hlc.ts'

/*
 * The wire format between a desktop and the sync service (server/PROTOCOL.md explains it
 * in prose). Push is ours; pull is ElectricSQL's Shape API, whose types come from
 * @electric-sql/client, so only its offsets and handles are described here.
 */

/**
 * The synced schema's version: the number of desktop (SQLite) migrations. A device and the
 * server compare it on every request; a device behind the server keeps its outbox and asks
 * its user to update. server/sync/protocol-version.test.ts keeps it equal to the count.
 */
export const syncSchemaVersion = 7
export const schemaVersionHeader = 'x-crm-schema-version'

export const mutationOps = ['insert', 'update', 'delete'] as const

/** Ids compare as text on the server: one spelling, lower case, whatever the device sent. */
const Uuid = z.uuid().transform((id) => id.toLowerCase())

const ColumnName = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'Expected a snake_case column name')

export const Mutation = z.object({
  /** Made by the device; the server applies a mutation id once, however often it is sent. */
  id: Uuid,
  table: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'Expected a snake_case table name'),
  rowId: Uuid,
  /** delete is a tombstone: `changes` carries deleted_at. Restore is an update of deleted_at to null. */
  op: z.enum(mutationOps),
  /** Changed columns (snake_case, as stored) and their new values. */
  changes: z.record(ColumnName, z.unknown()),
  /** The HLC stamp of each changed column: on the same field, the later stamp wins. */
  clocks: z.record(ColumnName, Hlc),
  /** What the device saw before its edit, for the rules that need it (status machines). */
  base: z.record(ColumnName, z.unknown()).optional(),
})
export type Mutation = z.infer<typeof Mutation>

export const maxMutationsPerPush = 500

export const PushRequest = z.object({
  schemaVersion: z.number().int().positive(),
  deviceId: z.string().min(1).max(100),
  mutations: z.array(Mutation).min(1).max(maxMutationsPerPush),
})
export type PushRequest = z.infer<typeof PushRequest>

/** Why the server refused a mutation; each reaches the user's conflict inbox. */
export const rejectReasons = [
  /** The user's role lacks the permission (campaign.write, payment.approve, ...). */
  'forbidden',
  /** The row, or a row it points at, is not in the user's organization. */
  'tenancy',
  /** Another user's private row. */
  'private',
  /** The row was deleted; an edit that does not restore it loses to the delete. */
  'deleted',
  /** A status change the status machine does not allow from the server's current status. */
  'transition',
  /** A value the database refuses (a rule, a unique value, a missing row it points at). */
  'invalid',
] as const
export type RejectReason = (typeof rejectReasons)[number]

/** A commit sequence number of the change log, as text (it is a bigint on the server). */
export const CommitPosition = z.string().regex(/^\d{1,19}$/, 'Expected a change-log position')

export const MutationOutcome = z.discriminatedUnion('status', [
  z.object({
    id: z.uuid(),
    status: z.literal('applied'),
    /** Columns whose value lost to a later edit (HLC) and were not written. */
    overridden: z.array(z.string()),
    /** Values the server decided (a final document number, the time of the write). */
    assigned: z.record(z.string(), z.unknown()),
    /**
     * Where the write sits in the change log: the commit sequence number that the offsets
     * (`<position>_0`) and handles (`<epoch>-<position>`) of this server's shapes count in.
     * A shape that has read this far already holds the write, and maybe later changes to
     * the row, so the device keeps the row as pulled instead of folding its own values in.
     * Absent from older servers, from outcomes they recorded, and behind a real Electric
     * service (whose offsets count something else): the device then folds as before.
     */
    position: CommitPosition.optional(),
  }),
  z.object({
    id: z.uuid(),
    status: z.literal('rejected'),
    reason: z.enum(rejectReasons),
    message: z.string(),
  }),
])
export type MutationOutcome = z.infer<typeof MutationOutcome>

export const PushResponse = z.object({ results: z.array(MutationOutcome) })
export type PushResponse = z.infer<typeof PushResponse>

/** Every error body the service sends: a stable code for code, a sentence for people. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
})
export type ErrorBody = z.infer<typeof ErrorBody>

/** What sign-in and refresh answer (server/PROTOCOL.md, section 1). */
export const Session = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  expiresIn: z.number().positive(),
  user: z.object({
    id: z.uuid(),
    orgId: z.uuid(),
    email: z.string(),
    name: z.string().nullable(),
  }),
  permissions: z.array(z.string()),
})
export type Session = z.infer<typeof Session>

/** `GET /v1/shape-counts`: the rows each shape holds for the caller now. */
export const ShapeCounts = z.object({ tables: z.record(z.string(), z.number().int()) })
