import type { Handlers } from '../core/dispatch.ts'
import { appService, type AppServiceContext } from './app-service.ts'
import { attachmentService } from './attachment-service.ts'
import { brandService } from './brand-service.ts'
import { bulkService } from './bulk-service.ts'
import { campaignService } from './campaign-service.ts'
import type { ServiceContext } from './context.ts'
import { dashboardService } from './dashboard-service.ts'
import { dealService } from './deal-service.ts'
import { documentDraftingService } from './document-drafting-service.ts'
import { documentExportService } from './document-export-service.ts'
import { documentService } from './document-service.ts'
import { importService } from './import-service.ts'
import { influencerPageService } from './influencer-page-service.ts'
import { influencerService } from './influencer-service.ts'
import { interactionService } from './interaction-service.ts'
import { opportunityService } from './opportunity-service.ts'
import { pipelineService } from './pipeline-service.ts'
import { searchService } from './search-service.ts'
import { syncService } from './sync-service.ts'
import { taskService } from './task-service.ts'
import { templateService } from './template-service.ts'
import { todayService } from './today-service.ts'
import { workspaceService } from './workspace-service.ts'

/** Every channel of the contract, answered by exactly one service. */
export const createHandlers = (ctx: ServiceContext & AppServiceContext) =>
  ({
    ...workspaceService(ctx),
    ...influencerService(ctx),
    ...pipelineService(ctx),
    ...interactionService(ctx),
    ...taskService(ctx),
    ...brandService(ctx),
    ...campaignService(ctx),
    ...dealService(ctx),
    ...opportunityService(ctx),
    ...searchService(ctx),
    ...importService(ctx),
    ...syncService(ctx),
    ...todayService(ctx),
    ...attachmentService(ctx),
    ...dashboardService(ctx),
    ...documentService(ctx),
    ...documentDraftingService(ctx),
    ...documentExportService(ctx),
    ...templateService(ctx),
    ...influencerPageService(ctx),
    ...bulkService(ctx),
    ...appService(ctx),
  }) satisfies Handlers
