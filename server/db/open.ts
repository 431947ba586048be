import { PGlite } from '@electric-sql/pglite'
import { migratePgliteDb, migratePostgres } from './migrate.ts'
import { pgliteSql } from './pglite.ts'
import { postgresSql } from './postgres.ts'
import type { Sql } from './sql.ts'

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** dataDir undefined: in memory (tests and benchmarks). */
  | { kind: 'pglite'; dataDir?: string }

/** Opens the database and brings its schema up to date before anything else may use it. */
export async function openDatabase(target: DatabaseTarget): Promise<Sql> {
  if (target.kind === 'postgres') {
    await migratePostgres(target.url)
    return postgresSql(target.url, { max: target.poolSize })
  }
  const db = await PGlite.create(target.dataDir ? { dataDir: target.dataDir } : {})
  await migratePgliteDb(db)
  return pgliteSql(db)
}
