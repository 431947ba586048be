import { z } from 'zod'

export const WorkspaceSummary = z.object({
  organization: z.object({
    id: z.string(),
    name: z.string(),
    currency: z.string(),
    timezone: z.string(),
  }),
  counts: z.object({
    influencers: z.number().int(),
    relationships: z.number().int(),
    interactions: z.number().int(),
    campaigns: z.number().int(),
    documents: z.number().int(),
  }),
  /** Where the local replica lives, so a user can find and back it up. */
  dataFile: z.string(),
})
export type WorkspaceSummary = z.infer<typeof WorkspaceSummary>

export const Member = z.object({ id: z.string(), name: z.string(), email: z.string() })
export type Member = z.infer<typeof Member>

export const workspaceChannels = {
  'workspace.summary': { input: z.object({}).strict(), output: WorkspaceSummary },
  /** The organization's active people, for owner pickers and filters. */
  'workspace.members': { input: z.object({}).strict(), output: z.array(Member) },
} as const
