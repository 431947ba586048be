import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'
import { previewKeeper } from './document-body.ts'
import { ftsQuery } from './fts-query.ts'

interface Hit {
  kind: 'influencer' | 'interaction' | 'document'
  id: string
  influencerId: string | null
  title: string
  snippet: string
  rank: number
}

/** One search box for everything: influencers (name, handles, bio, niches), interactions, documents. */
export function searchService(ctx: ServiceContext) {
  const { db, orgId } = ctx
  // Documents are found by their text: bring previews of the latest edits up to date first.
  const previews = previewKeeper(ctx)
  const sqlite = db.$client
  const influencers = sqlite.prepare(`
    select 'influencer' as kind, i.id, i.id as influencerId, i.name as title,
      snippet(influencer_search, -1, '[', ']', '…', 12) as snippet, bm25(influencer_search, 0, 10, 8, 2, 4) as rank
    from influencer_search join influencers i on i.id = influencer_search.influencer_id
    where influencer_search match ? and i.org_id = ? and i.deleted_at is null
    order by rank limit ?`)
  const interactions = sqlite.prepare(`
    select 'interaction' as kind, x.id, x.influencer_id as influencerId,
      coalesce(x.subject, x.type || ' with ' || i.name) as title,
      snippet(interaction_search, -1, '[', ']', '…', 12) as snippet, bm25(interaction_search, 4, 1) as rank
    from interaction_search join interactions x on x.rowid = interaction_search.rowid
      join influencers i on i.id = x.influencer_id
    where interaction_search match ? and x.org_id = ? and x.deleted_at is null
    order by rank limit ?`)
  const documents = sqlite.prepare(`
    select 'document' as kind, d.id, d.influencer_id as influencerId, d.title,
      snippet(document_search, -1, '[', ']', '…', 12) as snippet, bm25(document_search, 6, 1) as rank
    from document_search join documents d on d.rowid = document_search.rowid
    where document_search match ? and d.org_id = ? and d.deleted_at is null
    order by rank limit ?`)

  return {
    'search.all': ({ query, limit }) => {
      const match = ftsQuery(query)
      if (!match) return []
      previews.flush()
      const hits = [influencers, interactions, documents].flatMap(
        (statement) => statement.all(match, orgId(), limit) as Hit[],
      )
      // bm25 is lower-is-better; influencers first on ties, they are what people look for most.
      return hits
        .sort((a, b) => a.rank - b.rank)
        .slice(0, limit)
        .map(({ rank: _rank, ...hit }) => hit)
    },
  } satisfies Partial<Handlers>
}
