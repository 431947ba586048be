import path from 'node:path'
import type { LocalDb } from '#db/sqlite/open'
import { CrmError, type SyncAccount } from '#shared/contract/index'
import type { Session } from '#shared/sync/protocol'
import { localTables } from './local-tables.ts'
import type { Outbox } from './outbox.ts'

interface DeviceRow {
  serverUrl: string | null
  userId: string | null
  orgId: string | null
  email: string | null
  userName: string | null
  permissions: string | null
  bootstrappedAt: string | null
  lastSyncedAt: string | null
}

export function readDevice(db: LocalDb): DeviceRow {
  return db.$client
    .prepare(
      `select server_url as serverUrl, user_id as userId, org_id as orgId, email,
         user_name as userName, permissions, bootstrapped_at as bootstrappedAt,
         last_synced_at as lastSyncedAt from device_state where id = 1`,
    )
    .get() as DeviceRow
}

/** The account this device syncs with, or null when signed out. */
export function readAccount(db: LocalDb): SyncAccount | null {
  const row = readDevice(db)
  if (!row.serverUrl || !row.userId || !row.orgId) return null
  return {
    serverUrl: row.serverUrl,
    email: row.email ?? '',
    name: row.userName,
    userId: row.userId,
    orgId: row.orgId,
    permissions: row.permissions ? (JSON.parse(row.permissions) as string[]) : [],
  }
}

const hasRows = (db: LocalDb) =>
  [...localTables.keys()].some(
    (name) => db.$client.prepare(`select 1 from "${name}" limit 1`).get() !== undefined,
  )

/**
 * Whether this replica may become `session`'s: what it holds must be that user's, or be
 * set aside first. Another organization's or another user's unsent changes are never
 * thrown away: signing in is refused until they are sent. Anything else that would not
 * be this user's (demo data, a previous user's private rows) is copied to a file beside
 * the database and cleared. Returns that copy's path, if one was made.
 */
export function prepareReplicaFor(
  outbox: Outbox,
  session: Session,
  dataFile: string,
  now: Date,
): string | null {
  const { replica } = outbox
  const { db } = replica
  const device = readDevice(db)
  const sameUser = device.userId === session.user.id && device.orgId === session.user.orgId
  if (sameUser) return null
  const pending = outbox.count()
  if (device.userId && pending > 0) {
    throw new CrmError(
      'conflict',
      `This computer has ${pending} unsent change${pending === 1 ? '' : 's'} made by ${device.email ?? 'another account'}. Sign in as them once so the changes reach the server, then sign in as ${session.user.email}.`,
    )
  }
  if (!device.userId && !hasRows(db) && pending === 0) return null
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const copy = path.join(path.dirname(dataFile), `crm-before-sign-in-${stamp}.sqlite`)
  db.$client.prepare('vacuum into ?').run(copy)
  replica.withoutForeignKeys(() => {
    for (const name of localTables.keys()) db.$client.prepare(`delete from "${name}"`).run()
    for (const name of ['outbox', 'sync_base', 'sync_conflicts', 'sync_shapes'])
      db.$client.prepare(`delete from ${name}`).run()
    db.$client
      .prepare('update device_state set bootstrapped_at = null, last_synced_at = null where id = 1')
      .run()
  })
  return copy
}

export function saveAccount(db: LocalDb, serverUrl: string, session: Session): void {
  db.$client
    .prepare(
      `update device_state set server_url = ?, user_id = ?, org_id = ?, email = ?, user_name = ?,
         permissions = ? where id = 1`,
    )
    .run(
      serverUrl,
      session.user.id,
      session.user.orgId,
      session.user.email,
      session.user.name,
      JSON.stringify(session.permissions),
    )
}

/** Signed out: no server; who owned the replica is kept, so their data is never mixed up. */
export function forgetServer(db: LocalDb): void {
  db.$client.prepare('update device_state set server_url = null where id = 1').run()
}
