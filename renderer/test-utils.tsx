import { MantineProvider } from '@mantine/core'
import { render, type RenderResult } from '@testing-library/react'
import type { ReactNode } from 'react'
import { MemoryRouter } from 'react-router'
import { theme } from './theme.ts'
import {
  CrmError,
  fail,
  ok,
  type ChangeEvent,
  type Channel,
  type CrmBridge,
  type Input,
  type Output,
} from '#shared/contract/index'

/** What a fake main answers per channel; a thrown CrmError becomes a failed envelope. */
export type FakeHandlers = {
  [C in Channel]?: (input: Input<C>) => Output<C> | Promise<Output<C>>
}

export interface FakeCrm {
  /** Every call the screen made, in order. */
  calls: { channel: Channel; input: unknown }[]
  callsTo: (channel: Channel) => unknown[]
  /** Plays main reporting a write to `tables`, as after a sync. */
  emit: (tables: string[]) => void
}

/** Installs `window.crm` answering from `handlers`, like the bridge the preload exposes. */
export function installFakeCrm(handlers: FakeHandlers): FakeCrm {
  const calls: FakeCrm['calls'] = []
  const listeners = new Set<(e: ChangeEvent) => void>()
  const bridge = {
    invoke: async (channel: Channel, input: unknown) => {
      calls.push({ channel, input })
      const handler = handlers[channel] as ((input: unknown) => unknown) | undefined
      if (!handler) return fail({ code: 'unknown_channel', message: `No fake for ${channel}` })
      try {
        return ok(await handler(input))
      } catch (error) {
        if (error instanceof CrmError) return fail(error.toShape())
        throw error
      }
    },
    onChange: (listener: (e: ChangeEvent) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    onProgress: () => () => {},
  } as unknown as CrmBridge
  Object.defineProperty(window, 'crm', { value: bridge, configurable: true })
  return {
    calls,
    callsTo: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.input),
    emit: (tables) => {
      for (const listener of listeners) listener({ tables })
    },
  }
}

export function removeFakeCrm() {
  Reflect.deleteProperty(window, 'crm')
}

/** Renders inside what the app provides: Mantine (no transitions, no portals) and a router. */
export function renderWithApp(ui: ReactNode, { route = '/' } = {}): RenderResult {
  return render(
    <MantineProvider env="test" theme={theme}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </MantineProvider>,
  )
}
