import { act, render, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import type { ChangeEvent, CrmBridge } from '#shared/contract/index'
import { useCrmQuery } from './use-crm-query.ts'

// A bridge with one number behind it: enough to see when the hook reads again.
function installBridge() {
  let total = 3
  let reads = 0
  const listeners = new Set<(e: ChangeEvent) => void>()
  const bridge = {
    invoke: () => {
      reads++
      return Promise.resolve({ ok: true, value: { rows: [], total } })
    },
    onChange: (listener: (e: ChangeEvent) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  } as unknown as CrmBridge
  Object.defineProperty(window, 'crm', { value: bridge, configurable: true })
  return {
    write: (tables: string[], next: number) => {
      total = next
      for (const l of listeners) l({ tables })
    },
    reads: () => reads,
    listeners,
  }
}

function Total() {
  const { data } = useCrmQuery('influencers.list', {}, ['influencers'])
  return <p>{data ? `${data.total} influencers` : 'loading'}</p>
}

afterEach(() => {
  Reflect.deleteProperty(window, 'crm')
})

it('shows the answer, reads again after a write to its table, and ignores other tables', async () => {
  const bridge = installBridge()
  const view = render(<Total />)
  expect(await screen.findByText('3 influencers')).toBeInTheDocument()

  act(() => bridge.write(['campaigns'], 99))
  expect(screen.getByText('3 influencers')).toBeInTheDocument()
  expect(bridge.reads()).toBe(1)

  act(() => bridge.write(['influencers'], 4))
  expect(await screen.findByText('4 influencers')).toBeInTheDocument()

  view.unmount()
  expect(bridge.listeners.size).toBe(0)
})
