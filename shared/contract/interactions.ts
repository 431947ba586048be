import { z } from 'zod'
import { Direction, InteractionType, Visibility } from '../domain/enums.ts'
import { ById, Id, IsoTime, Removed } from './common.ts'
import { RelationshipRow } from './influencers.ts'

export const InteractionRow = z.object({
  id: z.string(),
  influencerId: z.string(),
  userId: z.string().nullable(),
  campaignId: z.string().nullable(),
  type: InteractionType,
  direction: Direction.nullable(),
  subject: z.string().nullable(),
  content: z.string().nullable(),
  attachmentPath: z.string().nullable(),
  interactionDate: z.string(),
  visibility: Visibility,
})
export type InteractionRow = z.infer<typeof InteractionRow>

export const interactionChannels = {
  /** Logging one also updates the relationship's last contact and strength. */
  'interactions.log': {
    input: z.object({
      influencerId: Id,
      type: InteractionType,
      direction: Direction.nullish(),
      subject: z.string().trim().max(255).nullish(),
      content: z.string().max(100_000).nullish(),
      campaignId: Id.nullish(),
      interactionDate: IsoTime.optional(),
      /** As attachments.save answered it: "<id>/<file name>" inside the attachments folder. */
      attachmentPath: z
        .string()
        .regex(/^[0-9a-f-]{36}\/[^/\\]{1,200}$/, 'Attach the file with attachments.save first')
        .nullish(),
      visibility: Visibility.default('team'),
    }),
    output: z.object({ interaction: InteractionRow, relationship: RelationshipRow.nullable() }),
  },
  'interactions.timeline': {
    input: z.object({
      influencerId: Id,
      limit: z.number().int().min(1).max(500).default(100),
      before: IsoTime.optional(),
    }),
    output: z.array(InteractionRow),
  },
  'interactions.delete': { input: ById, output: Removed },
  /** Undo of a delete: the interaction returns and last contact follows it. */
  'interactions.restore': { input: ById, output: Removed },
} as const
