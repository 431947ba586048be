import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'
import { influencerService } from './influencer-service.ts'
import { pipelineService } from './pipeline-service.ts'
import { workspaceService } from './workspace-service.ts'

/** Every channel of the contract, answered by exactly one service. */
export const createHandlers = (ctx: ServiceContext) =>
  ({
    ...workspaceService(ctx),
    ...influencerService(ctx),
    ...pipelineService(ctx),
  }) satisfies Handlers
