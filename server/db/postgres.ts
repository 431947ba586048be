import pg from 'pg'
import { createPgListener } from './pg-listener.ts'
import { beginStatement, type Queryable, type Sql } from './sql.ts'

/** Sessions read and write instants in UTC, as the change log and the devices do. */
const utc = '-c TimeZone=UTC'

/** A pool for queries and transactions, and a listener of its own for LISTEN/NOTIFY. */
export function postgresSql(connectionString: string, options: { max?: number } = {}): Sql {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, options: utc })
  // An idle client that loses its server must not crash the process; the next query retries.
  pool.on('error', () => {})
  const listener = createPgListener(() => new pg.Client({ connectionString, options: utc }))

  const run =
    (client: pg.Pool | pg.PoolClient): Queryable['query'] =>
    async <R>(text: string, params: readonly unknown[] = []) =>
      (await client.query(text, params as unknown[])).rows as R[]
  // Without parameters node-postgres uses the simple protocol, which takes several statements.
  const exec =
    (client: pg.Pool | pg.PoolClient): Queryable['exec'] =>
    async (text: string) => {
      await client.query(text)
    }

  return {
    kind: 'postgres',
    query: run(pool),
    exec: exec(pool),
    async transaction(work, options) {
      const client = await pool.connect()
      try {
        await client.query(beginStatement(options))
        const result = await work({ query: run(client), exec: exec(client) })
        await client.query('commit')
        return result
      } catch (error) {
        await client.query('rollback').catch(() => {})
        throw error
      } finally {
        client.release()
      }
    },
    listen: (channel, onNotify) => listener.listen(channel, onNotify),
    async close() {
      await listener.close()
      await pool.end()
    },
  }
}
