import { z } from 'zod'
import { Platform, stageKinds, Visibility } from '../domain/enums.ts'
import { Id, IsoTime, Tags } from './common.ts'
import { InfluencerFilters, RelationshipRow } from './influencers.ts'

export const PipelineCard = z.object({
  relationshipId: z.string(),
  influencerId: z.string(),
  name: z.string(),
  primaryPlatform: Platform.nullable(),
  platforms: z.array(Platform),
  followers: z.number().int(),
  engagementRate: z.number().nullable(),
  priority: z.number().int(),
  position: z.number(),
  followUpDate: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  avatarUrl: z.string().nullable(),
})
export type PipelineCard = z.infer<typeof PipelineCard>

export const PipelineStage = z.object({
  id: z.string(),
  name: z.string(),
  position: z.number().int(),
  kind: z.enum(stageKinds),
})

export const PipelineColumn = PipelineStage.extend({
  /** The stage's colour (#rrggbb), if it has one: a mark beside its name. */
  color: z.string().nullable(),
  count: z.number().int(),
  cards: z.array(PipelineCard),
})
export type PipelineColumn = z.infer<typeof PipelineColumn>

/** What the board's filter pickers can offer: the values present in this organization. */
export const PipelineFacets = z.object({
  niches: z.array(z.string()),
  tags: z.array(z.string()),
  countries: z.array(z.string()),
})
export type PipelineFacets = z.infer<typeof PipelineFacets>

export const pipelineChannels = {
  'pipeline.stages': { input: z.object({}), output: z.array(PipelineStage) },
  'pipeline.board': {
    input: z.object({
      cardsPerStage: z.number().int().min(1).max(10_000).default(200),
      filters: InfluencerFilters.optional(),
    }),
    output: z.object({
      columns: z.array(PipelineColumn),
      /** Everyone in the pipeline, filters aside: "12 of 120 match". */
      total: z.number().int(),
    }),
  },
  'pipeline.facets': { input: z.object({}).strict(), output: PipelineFacets },
  'pipeline.add': {
    input: z.object({ influencerId: Id, stageId: Id.optional() }),
    output: RelationshipRow,
  },
  /** Drops a card between two neighbours (either may be absent: top or bottom of the column). */
  'pipeline.move': {
    input: z.object({
      relationshipId: Id,
      stageId: Id,
      afterId: Id.nullish(),
      beforeId: Id.nullish(),
    }),
    output: RelationshipRow,
  },
  'pipeline.updateRelationship': {
    input: z.object({
      id: Id,
      patch: z
        .object({
          priority: z.number().int().min(0).max(5, 'Priority is 0 to 5'),
          tags: Tags,
          notes: z.string().max(20_000).nullable(),
          followUpDate: IsoTime.nullable(),
          ownerId: Id.nullable(),
          visibility: Visibility,
        })
        .partial()
        .refine((p) => Object.keys(p).length > 0, 'Nothing to change'),
    }),
    output: RelationshipRow,
  },
} as const
