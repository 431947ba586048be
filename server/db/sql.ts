/**
 * The one way server code talks to its database, over either driver: node-postgres for a
 * PostgreSQL server, PGlite for the embedded default. Sync code builds its statements
 * from the schema catalog, so a thin parameterized-SQL interface fits it better than a
 * query builder, and it hides the drivers' differences (pools, LISTEN, transactions).
 */
export interface Queryable {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>
  /** Runs statements without parameters, several in one round trip ("savepoint a; set ..."). */
  exec(text: string): Promise<void>
}

export interface TransactionOptions {
  /** Every read in the transaction sees one snapshot (pull pages, snapshots). */
  repeatableRead?: boolean
  readOnly?: boolean
}

export interface Sql extends Queryable {
  readonly kind: 'postgres' | 'pglite'
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>
  /** Calls `onNotify` for each NOTIFY on `channel`; resolves to an unsubscribe function. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>
  close(): Promise<void>
}

export const beginStatement = (options: TransactionOptions = {}) =>
  [
    'begin',
    options.repeatableRead ? 'isolation level repeatable read' : '',
    options.readOnly ? 'read only' : '',
  ]
    .filter(Boolean)
    .join(' ')
