import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'

export function influencerPageService(_ctx: ServiceContext) {
  return {} satisfies Partial<Handlers>
}
