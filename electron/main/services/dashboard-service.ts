import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'

export function dashboardService(_ctx: ServiceContext) {
  return {} satisfies Partial<Handlers>
}
