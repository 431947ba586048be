import pg from 'pg'

type Callback = (payload: string) => void

/** What a listener tells its callbacks after a reconnect: notices may have been missed. */
const reconnectedPayload = 'reconnected'

const maxRetryMs = 5000

/**
 * One connection kept for LISTEN (a pooled connection may be handed to someone else between
 * notifications). When it drops (a restart, a failover, an idle timeout) it reconnects with
 * backoff, listens again, and calls every callback with `reconnected`, so live requests look
 * again instead of waiting out their timeout for a notice that was lost.
 */
export function createPgListener(connect: () => pg.Client) {
  const channels = new Map<string, Set<Callback>>()
  let client: pg.Client | undefined
  let opening: Promise<pg.Client> | undefined
  let closed = false
  let retryMs = 100

  const deliver = (channel: string, payload: string) => {
    for (const callback of channels.get(channel) ?? []) callback(payload)
  }

  const reconnectLater = () => {
    if (closed) return
    setTimeout(() => {
      open().then(
        () => {
          for (const channel of channels.keys()) deliver(channel, reconnectedPayload)
        },
        () => {
          retryMs = Math.min(retryMs * 2, maxRetryMs)
          reconnectLater()
        },
      )
    }, retryMs).unref()
  }

  const open = (): Promise<pg.Client> => {
    opening ??= (async () => {
      const next = connect()
      next.on('notification', (n) => deliver(n.channel, n.payload ?? ''))
      next.on('error', () => {})
      next.on('end', () => {
        if (client !== next) return
        client = undefined
        reconnectLater()
      })
      try {
        await next.connect()
        for (const channel of channels.keys())
          await next.query(`listen ${pg.escapeIdentifier(channel)}`)
      } catch (error) {
        await next.end().catch(() => {})
        throw error
      }
      client = next
      retryMs = 100
      return next
    })().finally(() => (opening = undefined))
    return opening
  }

  return {
    async listen(channel: string, callback: Callback): Promise<() => Promise<void>> {
      let callbacks = channels.get(channel)
      if (!callbacks) {
        callbacks = new Set()
        channels.set(channel, callbacks)
        const current = client ?? (await open())
        await current.query(`listen ${pg.escapeIdentifier(channel)}`)
      }
      callbacks.add(callback)
      return () => {
        callbacks.delete(callback)
        return Promise.resolve()
      }
    },
    async close() {
      closed = true
      await client?.end().catch(() => {})
    },
  }
}
