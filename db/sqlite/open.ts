import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import * as schema from './schema/index.ts'

export type LocalDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

export interface OpenOptions {
  file: string
  migrationsFolder: string
  /**
   * Path to a better_sqlite3.node built for the running runtime. Electron passes its own
   * build (see scripts/electron-native.mjs) so the Node build in node_modules stays intact.
   */
  nativeBinding?: string | undefined
}

export interface OpenedDb {
  db: LocalDb
  /** The copy taken before migrations changed an existing file, if any. */
  backupFile: string | null
}

/** How many migrations the folder holds versus how many this file has applied. */
function pendingMigrations(sqlite: Database.Database, migrationsFolder: string): number {
  const journal = JSON.parse(
    readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8'),
  ) as { entries: unknown[] }
  const hasTable = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get()
  const applied = hasTable
    ? (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n
    : 0
  return journal.entries.length - applied
}

const brokenReferences = (sqlite: Database.Database) =>
  (sqlite.pragma('foreign_key_check') as unknown[]).length

/**
 * Opens the local replica: WAL so a worker can read while main writes, foreign keys on,
 * then pending migrations. Before a migration touches a file that already holds data, a
 * consistent copy is taken beside it, so a failed or unwanted upgrade loses nothing.
 */
export function openLocalDb({ file, migrationsFolder, nativeBinding }: OpenOptions): OpenedDb {
  const existed = existsSync(file)
  const sqlite = new Database(file, nativeBinding ? { nativeBinding } : {})
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('busy_timeout = 5000')
    let backupFile: string | null = null
    const pending = pendingMigrations(sqlite, migrationsFolder)
    if (existed && pending > 0) {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-')
      backupFile = `${file}.before-migration-${stamp}.bak`
      sqlite.prepare('vacuum into ?').run(backupFile)
    }
    const db = drizzle(sqlite, { schema })
    // SQLite's procedure for schema changes: foreign keys off while tables are rebuilt
    // (else dropping a table cascades into its children), then every reference checked.
    sqlite.pragma('foreign_keys = OFF')
    // References that point nowhere before the upgrade are not its doing: a synced row may
    // point at a row this device never receives (another user's private document), since
    // the server checked it. Only references the upgrade broke stop the start.
    const brokenBefore = existed && pending > 0 ? brokenReferences(sqlite) : 0
    migrate(db, { migrationsFolder })
    // Only after a migration ran: on a large file the check reads every table.
    const broken = pending > 0 ? brokenReferences(sqlite) - brokenBefore : 0
    if (broken > 0) {
      throw new Error(
        `The database upgrade left ${broken} broken references; the copy taken before it is ${backupFile ?? 'not needed (new file)'}.`,
      )
    }
    sqlite.pragma('foreign_keys = ON')
    return { db, backupFile }
  } catch (error) {
    sqlite.close()
    throw error
  }
}
