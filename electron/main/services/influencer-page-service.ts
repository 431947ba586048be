import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm'
import * as t from '#db/sqlite/schema/index'
import type { InfluencerCampaignRow } from '#shared/contract/index'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'
import { requireRow } from './rows.ts'

const c = t.campaigns
const ci = t.campaignInfluencers

export function influencerPageService({ db, orgId }: ServiceContext) {
  return {
    'influencers.campaigns': ({ influencerId }) => {
      requireRow(db, t.influencers, influencerId, orgId(), 'influencer')
      return (
        db
          .select({
            campaignInfluencerId: ci.id,
            campaignId: c.id,
            campaignName: c.name,
            brandName: t.brands.name,
            campaignStatus: c.status,
            startDate: c.startDate,
            endDate: c.endDate,
            status: ci.status,
            rate: ci.rate,
            currency: ci.currency,
          })
          .from(ci)
          .innerJoin(c, eq(c.id, ci.campaignId))
          .leftJoin(t.brands, eq(t.brands.id, c.brandId))
          .where(
            and(
              eq(ci.influencerId, influencerId),
              eq(ci.orgId, orgId()),
              isNull(ci.deletedAt),
              isNull(c.deletedAt),
            ),
          )
          // Undated (draft) campaigns are the newest plans, so they lead.
          .orderBy(sql`${c.startDate} is not null`, desc(c.startDate), asc(c.name))
          .all() as InfluencerCampaignRow[]
      )
    },
  } satisfies Partial<Handlers>
}
