import { and, eq, inArray, or, sql } from 'drizzle-orm'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import { CrmError } from '#shared/contract/index'
import type { Handlers } from '../core/dispatch.ts'
import { campaignDetail, campaignRows, liveCampaigns } from './campaign-queries.ts'
import { rosterHandlers } from './campaign-roster.ts'
import type { ServiceContext } from './context.ts'
import { editHandlers } from './crud.ts'
import { defined, requireRow } from './rows.ts'

const c = t.campaigns
const d = t.deliverables

/** The database refuses it too, but only with the rule's name; this says it in words. */
function checkDates(start: string | null | undefined, end: string | null | undefined) {
  if (start && end && Date.parse(end) < Date.parse(start)) {
    throw new CrmError('invalid_input', 'The campaign cannot end before it starts.', {
      endDate: 'The end date is before the start date',
    })
  }
}

export function campaignService(ctx: ServiceContext) {
  const { db, writer, orgId, userId } = ctx
  const row = (id: string) => campaignRows(db, liveCampaigns(orgId(), [id]))[0]!
  const deliverable = (id: string) => db.select().from(d).where(eq(d.id, id)).get() as never
  const campaignEdits = editHandlers(ctx, 'campaigns', c, 'campaign', row)

  return {
    'campaigns.list': ({ status, brandId, search }) => {
      const pattern = search ? `%${search.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : undefined
      return campaignRows(
        db,
        and(
          liveCampaigns(orgId()),
          status?.length ? inArray(c.status, status) : undefined,
          brandId ? eq(c.brandId, brandId) : undefined,
          pattern
            ? or(
                sql`${c.name} like ${pattern} escape '\\'`,
                sql`${t.brands.name} like ${pattern} escape '\\'`,
              )
            : undefined,
        ),
      )
    },

    'campaigns.get': ({ id }) =>
      campaignDetail(db, requireRow(db, c, id, orgId(), 'campaign'), row(id)),

    'campaigns.create': (input) => {
      checkDates(input.startDate, input.endDate)
      const id = newId()
      writer.write((tx) =>
        tx.insert(c, {
          id,
          orgId: orgId(),
          ownerId: userId(),
          ...defined(input),
          name: input.name,
        }),
      )
      return row(id)
    },
    ...campaignEdits,
    'campaigns.update': (input) => {
      const current = requireRow(db, c, input.id, orgId(), 'campaign')
      const { patch } = input
      checkDates(
        patch.startDate === undefined ? current.startDate : patch.startDate,
        patch.endDate === undefined ? current.endDate : patch.endDate,
      )
      return campaignEdits['campaigns.update'](input)
    },

    ...rosterHandlers(ctx),

    'deliverables.create': (input) => {
      const campaign = requireRow(db, c, input.campaignId, orgId(), 'campaign')
      const id = newId()
      writer.write((tx) =>
        tx.insert(d, {
          id,
          orgId: orgId(),
          currency: campaign.currency,
          ...defined(input),
          campaignId: input.campaignId,
          type: input.type,
        }),
      )
      return deliverable(id)
    },
    ...editHandlers(ctx, 'deliverables', d, 'deliverable', deliverable),
  } satisfies Partial<Handlers>
}
