import type { z } from 'zod'
import { appChannels } from './app.ts'
import { attachmentChannels } from './attachments.ts'
import { brandChannels } from './brands.ts'
import { bulkChannels } from './bulk.ts'
import { campaignChannels } from './campaigns.ts'
import { dashboardChannels } from './dashboard.ts'
import { dealChannels } from './deals.ts'
import { documentChannels } from './documents.ts'
import { importChannels } from './imports.ts'
import { influencerPageChannels } from './influencer-page.ts'
import { influencerChannels } from './influencers.ts'
import { interactionChannels } from './interactions.ts'
import { opportunityChannels } from './opportunities.ts'
import { pipelineChannels } from './pipeline.ts'
import { searchChannels } from './search.ts'
import { syncChannels } from './sync.ts'
import { taskChannels } from './tasks.ts'
import { templateChannels } from './templates.ts'
import { todayChannels } from './today.ts'
import { workspaceChannels } from './workspace.ts'

/**
 * The one list of calls the renderer may make. Each entry is the single definition of
 * a channel's input and output: main validates with it, preload and renderer type with it.
 */
export const contract = {
  ...workspaceChannels,
  ...influencerChannels,
  ...influencerPageChannels,
  ...bulkChannels,
  ...pipelineChannels,
  ...interactionChannels,
  ...taskChannels,
  ...todayChannels,
  ...brandChannels,
  ...campaignChannels,
  ...dealChannels,
  ...opportunityChannels,
  ...dashboardChannels,
  ...documentChannels,
  ...templateChannels,
  ...attachmentChannels,
  ...searchChannels,
  ...importChannels,
  ...syncChannels,
  ...appChannels,
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export const channels = Object.keys(contract) as Channel[]

/** What the caller passes (defaults may be omitted). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>
/** What the handler receives after validation. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type Output<C extends Channel> = z.output<Contract[C]['output']>

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.hasOwn(contract, name)

/** Events main sends to the renderer. Their names live here too, and only here. */
export const events = {
  changed: 'crm:changed',
  progress: 'crm:progress',
} as const

export interface ChangeEvent {
  /** Tables a write touched, so screens re-read only what they show. */
  tables: string[]
}

/** Long work (import, demo data, bootstrap) reports how far it got. */
export interface ProgressEvent {
  task: string
  label: string
  done: number
  total: number
}
