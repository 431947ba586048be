import { z } from 'zod'
import { Platform } from '../domain/enums.ts'

export const PipelineCard = z.object({
  relationshipId: z.string(),
  influencerId: z.string(),
  name: z.string(),
  primaryPlatform: Platform.nullable(),
  followers: z.number().int(),
  priority: z.number().int(),
})

export const PipelineColumn = z.object({
  id: z.string(),
  name: z.string(),
  position: z.number().int(),
  kind: z.enum(['open', 'won', 'lost']),
  count: z.number().int(),
  cards: z.array(PipelineCard),
})
export type PipelineColumn = z.infer<typeof PipelineColumn>

export const pipelineChannels = {
  'pipeline.board': {
    input: z.object({ cardsPerStage: z.number().int().min(1).max(200).default(50) }),
    output: z.object({ columns: z.array(PipelineColumn) }),
  },
} as const
