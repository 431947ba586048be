import type { PGlite } from '@electric-sql/pglite'
import { beginStatement, type Sql } from './sql.ts'

/**
 * PostgreSQL in WebAssembly, in a data folder (or in memory): the embedded default, so a
 * newcomer can run the sync service with no database install. One connection: PGlite
 * queues statements, and a transaction holds the connection until it ends.
 */
export async function pgliteSql(db: PGlite): Promise<Sql> {
  // The same instant formatting as a server session at UTC, whatever the host's zone.
  await db.exec(`set timezone to 'UTC'`)
  return {
    kind: 'pglite',
    query: async <R>(text: string, params: readonly unknown[] = []) =>
      (await db.query<R>(text, params as unknown[])).rows,
    exec: async (text) => {
      await db.exec(text)
    },
    transaction: (work, options) =>
      db.transaction(async (tx) => {
        // PGlite has begun already; the options are set as the transaction's first statement.
        const begin = beginStatement(options).replace(/^begin\s*/, '')
        if (begin) await tx.query(`set transaction ${begin}`)
        return work({
          query: async (text, params = []) =>
            (await tx.query(text, params as unknown[])).rows as never,
          exec: async (text) => {
            await tx.exec(text)
          },
        })
      }),
    async listen(channel, onNotify) {
      return db.listen(channel, onNotify)
    },
    close: () => db.close(),
  }
}
