import { newId } from '../sqlite/ids.ts'
import type * as t from '../sqlite/schema/index.ts'
import type { CampaignJob, CampaignWork } from './campaign-work.ts'
import { dayMs, stamp, type Agency, type DemoContext } from './context.ts'

/** The agency's document templates; inserted with the rest of the campaign work. */
export function documentTemplates(ctx: DemoContext, { orgId, orgCreated, staff }: Agency) {
  const { int } = ctx
  const templateIds = {
    outreach_email: newId(),
    brief: newId(),
    contract: newId(),
    report: newId(),
  }
  const templateRows: (typeof t.documentTemplates.$inferInsert)[] = [
    {
      id: templateIds.outreach_email,
      orgId,
      kind: 'outreach_email',
      name: 'First outreach',
      body: 'Hi {{influencer.first_name}},\n\nWe love your content about {{influencer.niche}} and think you would be a great fit for {{brand.name}}. Would you be open to a paid collaboration for {{campaign.name}}?\n\nBest,\n{{user.name}}',
      usageCount: int(20, 400),
      createdBy: staff[0]!.id,
      ...stamp(orgCreated),
    },
    {
      id: templateIds.brief,
      orgId,
      kind: 'brief',
      name: 'Campaign brief',
      body: '# {{campaign.name}}\n\nObjective: {{campaign.objective}}\nAudience: {{campaign.audience}}\nDeliverables: {{campaign.deliverables}}\nKey messages: {{campaign.messages}}',
      usageCount: int(10, 80),
      createdBy: staff[1]!.id,
      ...stamp(orgCreated),
    },
    {
      id: templateIds.contract,
      orgId,
      kind: 'contract',
      name: 'Creator agreement',
      body: 'This agreement between {{organization.name}} and {{influencer.name}} covers {{campaign.name}}. Fee: {{offer.price}}. Usage rights: {{contract.usage}}.',
      usageCount: int(10, 120),
      createdBy: staff[0]!.id,
      ...stamp(orgCreated),
    },
    {
      id: templateIds.report,
      orgId,
      kind: 'report',
      name: 'Campaign wrap report',
      body: '# {{campaign.name}} results\n\nReach: {{metrics.reach}}\nEngagement: {{metrics.engagement_rate}}\nClicks: {{metrics.clicks}}',
      usageCount: int(5, 40),
      createdBy: staff[1]!.id,
      ...stamp(orgCreated),
    },
  ]
  return { templateIds, templateRows }
}

/** Paperwork: the brief, a proposal, outreach, and a wrap report when done. */
export function campaignPaperwork(
  ctx: DemoContext,
  { orgId }: Agency,
  { documentRows, templateIds }: CampaignWork,
  { campaign, created, products }: CampaignJob,
  peopleCount: number,
): void {
  const { pick, between, int, chance } = ctx
  const docs: {
    kind: 'brief' | 'proposal' | 'outreach_email' | 'report'
    title: string
    status: 'draft' | 'in_review' | 'approved' | 'sent'
    preview: string
  }[] = [
    {
      kind: 'brief',
      title: `${campaign.name}: brief`,
      status: campaign.status === 'draft' ? 'draft' : 'approved',
      preview: `Objective: drive awareness and sales for ${products[0]?.name ?? campaign.brand.name}. Audience: ${pick(['women 25-34', 'Gen Z gamers', 'new parents', 'home cooks', 'runners'])}. Deliverables: ${campaign.platforms.join(' and ')} content with UTM links.`,
    },
  ]
  if (campaign.status !== 'draft') {
    docs.push({
      kind: 'proposal',
      title: `Proposal for ${campaign.brand.name}`,
      status: 'sent',
      preview: `Northwind proposes ${Math.max(5, peopleCount)} creators with a combined reach of ${(int(2, 40) * 100_000).toLocaleString('en-US')} for a budget of $${(campaign.budget / 100).toLocaleString('en-US')}.`,
    })
    docs.push({
      kind: 'outreach_email',
      title: `Outreach: ${campaign.name}`,
      status: chance(0.5) ? 'approved' : 'in_review',
      preview: `Hi {{first_name}}, we are putting together ${campaign.name} with ${campaign.brand.name} and would love to have you on board.`,
    })
  }
  if (campaign.status === 'completed') {
    docs.push({
      kind: 'report',
      title: `${campaign.name}: results`,
      status: 'sent',
      preview: `${campaign.name} reached ${(int(5, 90) * 10_000).toLocaleString('en-US')} people with an average engagement rate of ${between(1.5, 6).toFixed(1)}%.`,
    })
  }
  for (const doc of docs) {
    documentRows.push({
      id: newId(),
      orgId,
      ownerId: campaign.ownerId,
      kind: doc.kind,
      title: doc.title,
      status: doc.status,
      campaignId: campaign.id,
      influencerId: null,
      templateId:
        doc.kind === 'outreach_email' || doc.kind === 'brief' || doc.kind === 'report'
          ? templateIds[doc.kind]
          : null,
      preview: doc.preview,
      pdfPath: null,
      visibility: 'team',
      ...stamp(created + dayMs),
    })
  }
}
