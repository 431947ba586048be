import { z } from 'zod'
import { DocumentKind, DocumentStatus } from '../domain/enums.ts'
import { Id } from './common.ts'

export const DocumentRow = z.object({
  id: z.string(),
  kind: DocumentKind,
  title: z.string(),
  status: DocumentStatus,
  campaignId: z.string().nullable(),
  campaignName: z.string().nullable(),
  influencerId: z.string().nullable(),
  updatedAt: z.string(),
})
export type DocumentRow = z.infer<typeof DocumentRow>

/** Documents as lists (the drafting itself arrives with the documents issue). */
export const documentChannels = {
  /** Most recently changed first; every filter given narrows the list. */
  'documents.list': {
    input: z.object({
      influencerId: Id.optional(),
      campaignId: Id.optional(),
      kind: DocumentKind.optional(),
      /** Words in the title or the body's text. */
      search: z.string().trim().max(200).optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.array(DocumentRow),
  },
} as const
