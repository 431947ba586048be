import type { Sql } from '../db/sql.ts'
import { changeChannel, logPosition } from './change-log.ts'

export interface LiveHub {
  /**
   * Resolves true as soon as a transaction after position `after` has committed (on any
   * server instance: NOTIFY reaches every listener), false at the timeout or on abort.
   */
  waitForChange(after: number, timeoutMs: number, signal?: AbortSignal): Promise<boolean>
  close(): Promise<void>
}

export async function createLiveHub(sql: Sql): Promise<LiveHub> {
  let { head: latest } = await logPosition(sql)
  const waiters = new Set<{ after: number; wake: (changed: boolean) => void }>()
  let closed = false
  const unlisten = await sql.listen(changeChannel, (payload) => {
    // Not a commit number: 'reset' (a new log generation) or 'reconnected' (notices may
    // have been lost while the listener was away). Every waiter looks again.
    if (!/^\d+$/.test(payload)) {
      for (const waiter of waiters) waiter.wake(true)
      return
    }
    const seq = Number(payload)
    latest = Math.max(latest, seq)
    for (const waiter of waiters) if (latest > waiter.after) waiter.wake(true)
  })

  return {
    waitForChange(after, timeoutMs, signal) {
      // A commit whose notice arrived before the caller's read is already news.
      if (latest > after) return Promise.resolve(true)
      if (closed) return Promise.resolve(false)
      return new Promise<boolean>((resolve) => {
        const finish = (changed: boolean) => {
          clearTimeout(timer)
          signal?.removeEventListener('abort', onAbort)
          waiters.delete(waiter)
          resolve(changed)
        }
        const onAbort = () => finish(false)
        const waiter = { after, wake: finish }
        const timer = setTimeout(() => finish(false), timeoutMs)
        signal?.addEventListener('abort', onAbort, { once: true })
        waiters.add(waiter)
      })
    },
    async close() {
      // Held requests answer up-to-date now, so a closing server does not wait out their timeouts.
      closed = true
      for (const waiter of waiters) waiter.wake(false)
      await unlisten()
    },
  }
}
