import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import * as schema from './schema.ts'

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

/** Opens the local replica: WAL so a worker can read while main writes, then migrations. */
export function openLocalDb({ file, migrationsFolder, nativeBinding }: OpenOptions): LocalDb {
  const sqlite = new Database(file, nativeBinding ? { nativeBinding } : {})
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    const db = drizzle(sqlite, { schema })
    migrate(db, { migrationsFolder })
    return db
  } catch (error) {
    sqlite.close()
    throw error
  }
}
