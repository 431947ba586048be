import { useCallback, useEffect, useRef, useState } from 'react'
import type { Channel, Input, Output } from '#shared/contract/index'
import { crm } from './crm.ts'

export interface CrmQuery<T> {
  data: T | undefined
  error: Error | undefined
  /** True until the answer for the current input has arrived. */
  loading: boolean
  reload: () => void
}

interface Answer<T> {
  key: string
  data?: T
  error?: Error
}

/**
 * Reads through `window.crm` and reads again whenever main reports a write to one of
 * `tables`, so every screen shows what the database holds without manual refreshes.
 * The previous answer stays on screen while a new one loads: no flicker on each keystroke.
 * `enabled: false` asks nothing (an id not chosen yet) and answers no data.
 */
export function useCrmQuery<C extends Channel>(
  channel: C,
  input: Input<C>,
  tables: readonly string[],
  { enabled = true }: { enabled?: boolean } = {},
): CrmQuery<Output<C>> {
  const key = JSON.stringify(input)
  const [answer, setAnswer] = useState<Answer<Output<C>>>({ key: '' })
  const latest = useRef(0)

  const load = useCallback(() => {
    const ticket = ++latest.current
    crm(channel, JSON.parse(key) as Input<C>).then(
      (data) => {
        if (ticket === latest.current) setAnswer({ key, data })
      },
      (error: unknown) => {
        if (ticket === latest.current)
          setAnswer((previous) => ({
            ...previous,
            key,
            error: error instanceof Error ? error : new Error(String(error)),
          }))
      },
    )
  }, [channel, key])

  const tableKey = tables.join(',')
  useEffect(() => {
    if (!enabled) return
    load()
    const watched = new Set(tableKey.split(','))
    return window.crm.onChange((event) => {
      if (event.tables.some((t) => watched.has(t))) load()
    })
  }, [load, tableKey, enabled])

  if (!enabled) return { data: undefined, error: undefined, loading: false, reload: load }
  return {
    data: answer.data,
    error: answer.key === key ? answer.error : undefined,
    loading: answer.key !== key,
    reload: load,
  }
}
