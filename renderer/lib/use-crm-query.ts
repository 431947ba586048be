import { useCallback, useEffect, useRef, useState } from 'react'
import type { Channel, Input, Output } from '#shared/contract/index'
import { crm } from './crm.ts'

export interface CrmQuery<T> {
  data: T | undefined
  error: Error | undefined
  loading: boolean
  reload: () => void
}

/**
 * Reads through `window.crm` and reads again whenever main reports a write to one of
 * `tables`, so every screen shows what the database holds without manual refreshes.
 */
export function useCrmQuery<C extends Channel>(
  channel: C,
  input: Input<C>,
  tables: readonly string[],
): CrmQuery<Output<C>> {
  const [state, setState] = useState<{ data?: Output<C>; error?: Error; loading: boolean }>({
    loading: true,
  })
  const key = JSON.stringify(input)
  const latest = useRef(0)

  const load = useCallback(() => {
    const ticket = ++latest.current
    setState((s) => ({ ...s, loading: true }))
    crm(channel, JSON.parse(key) as Input<C>).then(
      (data) => {
        if (ticket === latest.current) setState({ data, loading: false })
      },
      (error: unknown) => {
        if (ticket === latest.current)
          setState((s) => ({
            ...s,
            error: error instanceof Error ? error : new Error(String(error)),
            loading: false,
          }))
      },
    )
  }, [channel, key])

  const tableKey = tables.join(',')
  useEffect(() => {
    load()
    const watched = new Set(tableKey.split(','))
    return window.crm.onChange((event) => {
      if (event.tables.some((t) => watched.has(t))) load()
    })
  }, [load, tableKey])

  return { data: state.data, error: state.error, loading: state.loading, reload: load }
}
