import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'

export function documentService(_ctx: ServiceContext) {
  return {} satisfies Partial<Handlers>
}
