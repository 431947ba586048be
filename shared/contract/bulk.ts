import { z } from 'zod'
import { Id } from './common.ts'

/** The most influencers one bulk call may touch: one transaction a user does not wait on. */
export const bulkLimit = 1000

/** What to do to every selected influencer. */
export const BulkAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('addToCampaign'), campaignId: Id }),
  z.object({ kind: z.literal('moveStage'), stageId: Id }),
  z.object({
    kind: z.literal('tag'),
    tag: z.string().trim().min(1, 'Type a tag').max(60, 'A tag is at most 60 characters'),
  }),
])
export type BulkAction = z.infer<typeof BulkAction>

export const BulkResult = z.object({
  /** Influencers the action changed. */
  changed: z.number().int(),
  /** Influencers it left alone: already in the campaign or stage, already tagged, or (tag) not in the pipeline. */
  skipped: z.number().int(),
})
export type BulkResult = z.infer<typeof BulkResult>

/** One action applied to many influencers at once, in one transaction. */
export const bulkChannels = {
  'influencers.bulk': {
    input: z.object({
      ids: z
        .array(Id)
        .min(1, 'Select at least one influencer')
        .max(bulkLimit, `Select at most ${bulkLimit.toLocaleString('en')} influencers at a time`)
        // The same person picked twice is one person.
        .transform((ids) => [...new Set(ids)]),
      action: BulkAction,
    }),
    output: BulkResult,
  },
} as const
