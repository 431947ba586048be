import { randomUUID } from 'node:crypto'
import { setMaxListeners } from 'node:events'
import { FetchError, ShapeStream, type Message, type Row } from '@electric-sql/client'
import { schemaVersionHeader, syncSchemaVersion } from '#shared/sync/protocol'
import { OfflineError, ServerError, type FetchLike } from './api-client.ts'
import type { ShapePosition } from './pull-apply.ts'

export interface ShapeReaderOptions {
  baseUrl: string
  fetch: FetchLike
  tables: readonly string[]
  /** This replica and account (device id and user id): see the server's `replica_of`. */
  replicaOf: string
  positions: ReadonlyMap<string, ShapePosition>
  accessToken: () => Promise<string>
  /** A 401: get a new access token (throws when the session has ended). */
  refresh: () => Promise<unknown>
  /** Applies one response; synchronous, so nothing interleaves with it. */
  apply: (table: string, messages: Message<Row<unknown>>[], position: ShapePosition) => void
  /** The first failure stops every shape; the engine decides when to start again. */
  onFailure: (error: Error) => void
}

/** What a failed shape request means for the engine. */
export function classifyShapeError(error: unknown): Error {
  if (error instanceof FetchError) {
    const body = error.json as { error?: { code?: string; message?: string } } | undefined
    if (error.status >= 500 || error.status === 429 || !body?.error?.code) {
      return error.status >= 500
        ? new OfflineError(`The sync server answered ${error.status}`)
        : new ServerError(error.status, 'unexpected', `The sync server answered ${error.status}`)
    }
    return new ServerError(error.status, body.error.code, body.error.message ?? error.message)
  }
  if (error instanceof ServerError || error instanceof OfflineError) return error
  if (error instanceof TypeError || (error instanceof Error && error.name === 'AbortError'))
    return new OfflineError(`The sync server cannot be reached (${error.message})`)
  return error instanceof Error ? error : new Error(String(error))
}

/**
 * Reads every synced table's shape with ElectricSQL's client: one ShapeStream per table,
 * resumed from the offset and handle saved with the last applied batch, live after the
 * first up-to-date. Retries are the engine's business (with backoff across all shapes),
 * so the streams retry nothing themselves: any failure stops them all.
 */
export class ShapeReader {
  readonly #abort = new AbortController()
  readonly #nonce = randomUUID().slice(0, 8)
  #stopped = false

  constructor(private readonly options: ShapeReaderOptions) {}

  start(): void {
    const { options } = this
    // Every table's stream listens to this one signal.
    setMaxListeners(options.tables.length * 4, this.#abort.signal)
    for (const table of options.tables) {
      const position = options.positions.get(table)
      const resumable = position && position.offset !== '-1' && position.handle
      const stream = new ShapeStream({
        url: `${options.baseUrl}/v1/shape`,
        // Unique per reader: the client library keys per-process caches by URL, and a
        // stream that finds its URL "up to date less than a minute ago" (a browser's HTTP
        // cache replay) hides the next up-to-date. A native client has no HTTP cache, and
        // the engine needs every up-to-date to know it is in sync.
        params: { table, replica_of: `${options.replicaOf}.${this.#nonce}` },
        ...(resumable
          ? { offset: position.offset as `${number}_${number}`, handle: position.handle }
          : {}),
        headers: {
          authorization: async () => `Bearer ${await options.accessToken()}`,
          [schemaVersionHeader]: String(syncSchemaVersion),
        },
        fetchClient: options.fetch as typeof fetch,
        // Integers come as numbers, as SQLite stores them; instants and bytes stay text.
        parser: { int8: (value: string) => Number(value) },
        backoffOptions: { initialDelay: 100, maxDelay: 1000, multiplier: 2, maxRetries: 0 },
        signal: this.#abort.signal,
        onError: async (error) => {
          if (this.#stopped) return
          if (error instanceof FetchError && error.status === 401) {
            try {
              await options.refresh()
              return {}
            } catch (refreshError) {
              this.#fail(refreshError)
              return
            }
          }
          this.#fail(error)
          return
        },
      })
      stream.subscribe(
        (messages) => {
          // A response already on its way when the reader stopped is not applied.
          if (this.#stopped) return
          try {
            options.apply(table, messages, {
              offset: stream.lastOffset,
              handle: stream.shapeHandle,
            })
          } catch (error) {
            this.#fail(error)
          }
        },
        (error) => this.#fail(error),
      )
    }
  }

  #fail(error: unknown): void {
    if (this.#stopped) return
    this.stop()
    this.options.onFailure(classifyShapeError(error))
  }

  stop(): void {
    if (this.#stopped) return
    this.#stopped = true
    this.#abort.abort()
  }
}
