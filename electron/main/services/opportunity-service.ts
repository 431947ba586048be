import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'
import { editHandlers } from './crud.ts'
import { defined } from './rows.ts'

const op = t.opportunities

export function opportunityService(ctx: ServiceContext) {
  const { db, writer, orgId, userId } = ctx
  const read = (id: string) => db.select().from(op).where(eq(op.id, id)).get() as never

  /** Deals count for a campaign when linked to it, or when their utm_campaign is one of its links'. */
  const attributedTo = (campaignId: string) =>
    or(
      eq(op.campaignId, campaignId),
      and(
        isNull(op.campaignId),
        inArray(
          op.utmCampaign,
          db
            .select({ u: t.campaignInfluencers.utmCampaign })
            .from(t.campaignInfluencers)
            .where(
              and(
                eq(t.campaignInfluencers.campaignId, campaignId),
                isNull(t.campaignInfluencers.deletedAt),
              ),
            ),
        ),
      ),
    )

  return {
    'opportunities.list': ({ campaignId, influencerId }) =>
      db
        .select()
        .from(op)
        .where(
          and(
            eq(op.orgId, orgId()),
            isNull(op.deletedAt),
            campaignId ? attributedTo(campaignId) : undefined,
            influencerId ? eq(op.influencerId, influencerId) : undefined,
          ),
        )
        .orderBy(asc(op.closeDate), asc(op.name))
        .all() as never[],
    'opportunities.create': (input) => {
      const id = newId()
      writer.write((tx) =>
        tx.insert(op, {
          id,
          orgId: orgId(),
          ownerId: userId(),
          ...defined(input),
          name: input.name,
          amount: input.amount,
        }),
      )
      return read(id)
    },
    ...editHandlers(ctx, 'opportunities', op, 'deal', read),
    'opportunities.roi': ({ campaignId }) => {
      const org = db
        .select({ currency: t.organizations.currency })
        .from(t.organizations)
        .where(eq(t.organizations.id, orgId()))
        .get()
      const won = db
        .select({
          revenue: sql<number>`coalesce(sum(${op.amount}), 0)`,
          deals: sql<number>`count(*)`,
        })
        .from(op)
        .where(
          and(
            eq(op.orgId, orgId()),
            isNull(op.deletedAt),
            eq(op.stage, 'closed_won'),
            campaignId ? attributedTo(campaignId) : undefined,
          ),
        )
        .get() ?? { revenue: 0, deals: 0 }
      const spend =
        db
          .select({ total: sql<number>`coalesce(sum(${t.payments.amount}), 0)` })
          .from(t.payments)
          .where(
            and(
              eq(t.payments.orgId, orgId()),
              isNull(t.payments.deletedAt),
              inArray(t.payments.status, ['captured', 'released']),
              campaignId ? eq(t.payments.campaignId, campaignId) : undefined,
            ),
          )
          .get()?.total ?? 0
      return {
        currency: org?.currency ?? 'USD',
        attributedRevenue: won.revenue,
        spend,
        roi: spend > 0 ? won.revenue / spend : null,
        wonDeals: won.deals,
      }
    },
  } satisfies Partial<Handlers>
}
