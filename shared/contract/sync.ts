import { z } from 'zod'

/*
 * The sync engine as the renderer sees it: its state for the indicator, sign-in, and the
 * conflict inbox. Tokens never cross this line; main keeps them.
 */

export const syncStates = [
  /** No account on this device: everything stays local. */
  'signed-out',
  /** First download from the server; `bootstrap` says how far. */
  'bootstrapping',
  /** Sending or receiving right now. */
  'syncing',
  /** Nothing waiting either way; the live channel is open. */
  'synced',
  /** The server cannot be reached; work goes on locally and is sent when it is back. */
  'offline',
  /** The server answered with an error that retrying may cure; `error` says which. */
  'error',
  /** The server speaks a newer schema: the app must be updated; the outbox is kept. */
  'outdated',
  /** The session ended (password changed, signed out elsewhere): sign in again to sync. */
  'signed-in-again-needed',
] as const
export type SyncState = (typeof syncStates)[number]

export const SyncAccount = z.object({
  serverUrl: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  userId: z.string(),
  orgId: z.string(),
  permissions: z.array(z.string()),
})
export type SyncAccount = z.infer<typeof SyncAccount>

export const SyncStatus = z.object({
  state: z.enum(syncStates),
  account: SyncAccount.nullable(),
  /** Local changes not yet acknowledged by the server. */
  pending: z.number().int(),
  /** Refused changes waiting for the user's decision. */
  conflicts: z.number().int(),
  bootstrap: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
  lastSyncedAt: z.string().nullable(),
  /** A sentence for the user when state is error, outdated or offline. */
  message: z.string().nullable(),
  /** When the next attempt to reach the server is due (offline, error). */
  retryAt: z.string().nullable(),
})
export type SyncStatus = z.infer<typeof SyncStatus>

export const ConflictRow = z.object({
  mutationId: z.string(),
  tableName: z.string(),
  rowId: z.string(),
  op: z.enum(['insert', 'update', 'delete']),
  changes: z.record(z.string(), z.unknown()),
  reason: z.string(),
  message: z.string(),
  /** A short name of the record, when it is still known locally. */
  label: z.string().nullable(),
  madeAt: z.string(),
  rejectedAt: z.string(),
})
export type ConflictRow = z.infer<typeof ConflictRow>

const ServerUrl = z
  .url({ protocol: /^https?$/, error: 'Enter the server address, such as https://sync.agency.com' })
  .transform((url) => url.replace(/\/+$/, ''))

const MutationId = z.uuid({ error: 'Not a valid change id' })

export const syncChannels = {
  'sync.status': { input: z.object({}).default({}), output: SyncStatus },
  'sync.signIn': {
    input: z.object({
      serverUrl: ServerUrl,
      email: z.email({ error: 'Enter your work email' }),
      password: z.string().min(1, 'Enter your password').max(1000),
    }),
    output: SyncStatus,
  },
  'sync.signOut': { input: z.object({}).default({}), output: SyncStatus },
  /** Try the server now instead of waiting for the next retry. */
  'sync.now': { input: z.object({}).default({}), output: SyncStatus },
  'sync.conflicts': { input: z.object({}).default({}), output: z.array(ConflictRow) },
  /**
   * Sends a refused change again as a new change (optionally edited first). A change refused
   * because the record was deleted restores the record with it.
   */
  'sync.retryConflict': {
    input: z.object({
      mutationId: MutationId,
      changes: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.unknown()).optional(),
    }),
    output: z.object({ mutationId: z.string() }),
  },
  /** Drops a refused change for good: only ever on the user's word. */
  'sync.discardConflict': {
    input: z.object({ mutationId: MutationId }),
    output: z.object({ mutationId: z.string() }),
  },
} as const

/** The table name change events use for sync state, so screens showing it re-read. */
export const syncStatusTopic = 'sync_status'
