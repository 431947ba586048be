import { z } from 'zod'

export const SearchHit = z.object({
  kind: z.enum(['influencer', 'interaction', 'document']),
  id: z.string(),
  /** The influencer an interaction belongs to, for opening it. */
  influencerId: z.string().nullable(),
  title: z.string(),
  /** Text around the match, with the matched words between [ and ]. */
  snippet: z.string(),
})

export const searchChannels = {
  'search.all': {
    input: z.object({
      query: z.string().trim().min(1, 'Type something to search for').max(200),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    output: z.array(SearchHit),
  },
} as const
