import { fileURLToPath } from 'node:url'
import type { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'

export const pgMigrationsFolder = fileURLToPath(new URL('../../db/migrations/pg', import.meta.url))

/** Several instances may start at once against one database: one migrates, the others wait. */
const migrationLock = 727100000

export async function migratePostgres(
  connectionString: string,
  migrationsFolder = pgMigrationsFolder,
) {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    await client.query('select pg_advisory_lock($1)', [migrationLock])
    await migratePg(drizzlePg({ client }), { migrationsFolder })
  } finally {
    await client.query('select pg_advisory_unlock($1)', [migrationLock]).catch(() => {})
    await client.end()
  }
}

export async function migratePgliteDb(db: PGlite, migrationsFolder = pgMigrationsFolder) {
  await migratePglite(drizzlePglite({ client: db }), { migrationsFolder })
}
