import { newBodyUpdate } from '#shared/documents/body'
import { defaultTemplates } from '#shared/documents/default-templates'
import { newId } from '../sqlite/ids.ts'
import type * as t from '../sqlite/schema/index.ts'
import type { CampaignJob, CampaignWork } from './campaign-work.ts'
import { dayMs, stamp, type Agency, type DemoContext } from './context.ts'

/**
 * The agency's templates: the defaults every workspace starts with (shared with the
 * server's first run), plus the wrap report this agency added.
 */
export function documentTemplates(ctx: DemoContext, { orgId, orgCreated, staff }: Agency) {
  const { int } = ctx
  const rows: (typeof t.documentTemplates.$inferInsert)[] = [
    ...defaultTemplates,
    {
      kind: 'report' as const,
      name: 'Campaign wrap report',
      body: '# {{campaign.name}} results\nBrand: {{brand.name}}\nReach, engagement and clicks by creator follow.',
    },
  ].map((template, i) => ({
    id: newId(),
    orgId,
    ...template,
    usageCount: int(5, 300),
    createdBy: staff[i % 2]!.id,
    ...stamp(orgCreated),
  }))
  const idOf = (kind: string) => rows.find((row) => row.kind === kind)!.id
  const templateIds = {
    outreach_email: idOf('outreach_email'),
    brief: idOf('brief'),
    contract: idOf('contract'),
    report: idOf('report'),
  }
  return { templateIds, templateRows: rows }
}

/**
 * Each demo document's body: its text as the first entry of the history, as if drafted
 * here, so opening one shows what its preview promises.
 */
export function documentBodies(
  documentRows: readonly (typeof t.documents.$inferInsert)[],
): (typeof t.documentUpdates.$inferInsert)[] {
  return documentRows
    .filter((doc) => doc.preview)
    .map((doc) => ({
      id: newId(),
      orgId: doc.orgId,
      documentId: doc.id,
      authorId: doc.ownerId ?? null,
      update: Buffer.from(newBodyUpdate(doc.preview!)),
      createdAt: doc.createdAt,
      updatedAt: doc.createdAt,
    }))
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
      preview: `Hi there, we are putting together ${campaign.name} with ${campaign.brand.name} and would love to have you on board.`,
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
