import { z } from 'zod'

export const ImportReport = z.object({
  runId: z.string(),
  status: z.enum(['running', 'succeeded', 'failed']),
  totalRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  refused: z.array(z.object({ row: z.number().int(), reason: z.string() })),
})
export type ImportReport = z.infer<typeof ImportReport>

export const importChannels = {
  /**
   * Imports an influencer list: a CSV with a header row, or an Apify dataset export (JSON).
   * Rows matching an existing influencer by email or handle update it instead of duplicating.
   */
  'imports.influencers': {
    input: z.object({
      format: z.enum(['csv', 'apify']),
      fileName: z.string().trim().min(1).max(500),
      content: z.string().max(50 * 1024 * 1024, 'The file is larger than 50 MB'),
    }),
    output: ImportReport,
  },
  'imports.list': {
    input: z.object({}),
    output: z.array(
      ImportReport.extend({ fileName: z.string().nullable(), startedAt: z.string() }),
    ),
  },
} as const
