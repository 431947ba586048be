import pg from 'pg'
import { beginStatement, type Queryable, type Sql } from './sql.ts'

/**
 * A pool for queries and transactions, plus one dedicated connection for LISTEN (a pooled
 * connection may be handed to someone else between notifications).
 */
/** Sessions read and write instants in UTC, as the change log and the devices do. */
const utc = '-c TimeZone=UTC'

export function postgresSql(connectionString: string, options: { max?: number } = {}): Sql {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, options: utc })
  // An idle client that loses its server must not crash the process; the next query retries.
  pool.on('error', () => {})
  let listener: { client: pg.Client; channels: Map<string, Set<(p: string) => void>> } | undefined

  const run =
    (client: pg.Pool | pg.PoolClient): Queryable['query'] =>
    async <R>(text: string, params: readonly unknown[] = []) =>
      (await client.query(text, params as unknown[])).rows as R[]

  return {
    kind: 'postgres',
    query: run(pool),
    async transaction(work, options) {
      const client = await pool.connect()
      try {
        await client.query(beginStatement(options))
        const result = await work({ query: run(client) })
        await client.query('commit')
        return result
      } catch (error) {
        await client.query('rollback').catch(() => {})
        throw error
      } finally {
        client.release()
      }
    },
    async listen(channel, onNotify) {
      if (!listener) {
        const client = new pg.Client({ connectionString, options: utc })
        await client.connect()
        const channels = new Map<string, Set<(p: string) => void>>()
        client.on('notification', (n) => {
          for (const callback of channels.get(n.channel) ?? []) callback(n.payload ?? '')
        })
        client.on('error', () => {})
        listener = { client, channels }
      }
      const { client, channels } = listener
      let callbacks = channels.get(channel)
      if (!callbacks) {
        callbacks = new Set()
        channels.set(channel, callbacks)
        await client.query(`listen ${pg.escapeIdentifier(channel)}`)
      }
      callbacks.add(onNotify)
      return () => {
        callbacks.delete(onNotify)
        return Promise.resolve()
      }
    },
    async close() {
      await listener?.client.end().catch(() => {})
      await pool.end()
    },
  }
}
