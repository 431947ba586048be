import { newId } from '../sqlite/ids.ts'
import type { CampaignJob, CampaignWork, Deal } from './campaign-work.ts'
import { dayMs, iso, stamp, type Agency, type DemoContext, type Roster } from './context.ts'

/**
 * Payments follow the contract: held while content is made, released when paid. A live
 * or paid post also gets the creator's invoice.
 */
export function payDeal(
  ctx: DemoContext,
  { orgId }: Agency,
  roster: Roster,
  { paymentRows, financeRows, documentNumber }: CampaignWork,
  { campaign, endMs }: CampaignJob,
  { link, i, rate, linkCreated, contractId }: Deal,
): void {
  const { faker, pick, weighted, between, now } = ctx
  if (contractId && link.status !== 'accepted') {
    const paid = link.status === 'paid'
    const status = paid
      ? 'released'
      : link.status === 'published'
        ? 'captured'
        : link.status === 'contracted'
          ? pick(['pending', 'authorized'] as const)
          : 'authorized'
    const paidAt = paid ? Math.min(now - dayMs, endMs + between(5, 30) * dayMs) : null
    paymentRows.push({
      id: newId(),
      orgId,
      campaignId: campaign.id,
      contractId,
      influencerId: roster.ids[i]!,
      amount: rate,
      currency: 'USD',
      status,
      paymentMethod: weighted([
        ['bank_transfer', 70],
        ['wallet', 20],
        ['card', 10],
      ] as const),
      escrowStatus: paid ? 'released' : 'held',
      escrowReleasedAt: paidAt === null ? null : iso(paidAt),
      externalReference: paid
        ? `TRX-${faker.string.alphanumeric({ length: 10, casing: 'upper' })}`
        : null,
      metadata: null,
      paidAt: paidAt === null ? null : iso(paidAt),
      failedAt: null,
      ...stamp(linkCreated + 8 * dayMs),
    })
    if (paid || link.status === 'published') {
      const issued = Math.min(now - dayMs, endMs)
      financeRows.push({
        id: newId(),
        orgId,
        campaignId: campaign.id,
        documentId: null,
        type: 'invoice',
        documentNumber: documentNumber('invoice'),
        numberProvisional: false,
        amount: rate,
        currency: 'USD',
        status: paid ? 'paid' : 'approved',
        issueDate: iso(issued),
        dueDate: iso(issued + 30 * dayMs),
        paidDate: paidAt === null ? null : iso(paidAt),
        description: `${roster.names[i]}: content for ${campaign.name}`,
        lineItems: [
          { description: `Creator fee, ${roster.names[i]}`, quantity: 1, unitPrice: rate },
        ],
        metadata: null,
        filePath: null,
        ...stamp(issued),
      })
    }
  }
}

/** The purchase order for the campaign, and a tax form now and then. */
export function campaignFinance(
  ctx: DemoContext,
  { orgId }: Agency,
  { financeRows, documentNumber }: CampaignWork,
  { campaign, created, endMs }: CampaignJob,
): void {
  const { chance, now } = ctx
  if (campaign.status !== 'draft') {
    const issued = Math.min(now, created + 5 * dayMs)
    financeRows.push({
      id: newId(),
      orgId,
      campaignId: campaign.id,
      documentId: null,
      type: 'po',
      documentNumber: documentNumber('po'),
      numberProvisional: false,
      amount: campaign.budget,
      currency: 'USD',
      status:
        campaign.status === 'completed'
          ? 'paid'
          : campaign.status === 'cancelled'
            ? 'rejected'
            : campaign.status === 'planned'
              ? 'pending'
              : 'approved',
      issueDate: iso(issued),
      dueDate: iso(issued + 30 * dayMs),
      paidDate: campaign.status === 'completed' ? iso(Math.min(now, endMs)) : null,
      description: `Purchase order from ${campaign.brand.name} for ${campaign.name}`,
      lineItems: [
        {
          description: 'Creator fees',
          quantity: 1,
          unitPrice: Math.round(campaign.budget * 0.85),
        },
        {
          description: 'Agency management fee',
          quantity: 1,
          unitPrice: campaign.budget - Math.round(campaign.budget * 0.85),
        },
      ],
      metadata: { brandId: campaign.brand.id },
      filePath: null,
      ...stamp(issued),
    })
    if (chance(0.3)) {
      financeRows.push({
        id: newId(),
        orgId,
        campaignId: campaign.id,
        documentId: null,
        type: 'form',
        documentNumber: documentNumber('form'),
        numberProvisional: false,
        amount: 0,
        currency: 'USD',
        status: 'approved',
        issueDate: iso(issued),
        dueDate: null,
        paidDate: null,
        description: 'W-9 on file for the creators of this campaign',
        lineItems: [],
        metadata: null,
        filePath: null,
        ...stamp(issued),
      })
    }
  }
}
