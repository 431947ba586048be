import { and, desc, eq, isNull, sql } from 'drizzle-orm'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import { CrmError, type DocumentKind, type DocumentRow } from '#shared/contract/index'
import { newBodyUpdate } from '#shared/documents/body'
import { documentKindLabels, documentStatusLabels } from '#shared/documents/labels'
import { fillMergeFields } from '#shared/documents/merge-fields'
import { canMove, documentApprovals, documentTransitions } from '#shared/domain/status-machines'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'
import { appendUpdate, previewKeeper } from './document-body.ts'
import { influencerFee, mergeValues } from './document-fields.ts'
import { documentQueries } from './document-queries.ts'
import { userPermissions } from './permissions.ts'
import { provisionalNumber } from './deal-service.ts'
import { defined, ownRow, requireRow } from './rows.ts'

const d = t.documents
type Status = keyof typeof documentTransitions

/** Documents as records: list, open, create from a template, rename, move through review. */
export function documentService(ctx: ServiceContext) {
  const { db, writer, orgId, userId, now, changes } = ctx
  const { rows, detail, visible } = documentQueries(ctx)

  const previews = previewKeeper(ctx)
  // Colleagues' edits arrive by sync: their documents' text (and so search) follows.
  let queued = false
  changes.on((event) => {
    if (queued || !event.tables.includes('document_updates')) return
    queued = true
    queueMicrotask(() => {
      queued = false
      previews.schedule()
    })
  })

  return {
    'documents.list': ({ influencerId, campaignId, kind, status, search, limit }) => {
      previews.flush()
      const words = (search ?? '').toLowerCase().split(/\s+/).filter(Boolean)
      return rows()
        .where(
          and(
            eq(d.orgId, orgId()),
            isNull(d.deletedAt),
            visible(),
            influencerId ? eq(d.influencerId, influencerId) : undefined,
            campaignId ? eq(d.campaignId, campaignId) : undefined,
            kind ? eq(d.kind, kind) : undefined,
            status ? eq(d.status, status) : undefined,
            ...words.map(
              (word) => sql`instr(lower(${d.title} || ' ' || ${d.preview}), ${word}) > 0`,
            ),
          ),
        )
        .orderBy(desc(d.updatedAt), desc(d.id))
        .limit(limit)
        .all() as DocumentRow[]
    },

    'documents.get': ({ id }) => {
      previews.flush()
      return detail(id)
    },

    'documents.create': ({ kind, templateId, title, campaignId, influencerId, visibility }) => {
      const org = orgId()
      const me = userId()
      const template = templateId
        ? requireRow(db, t.documentTemplates, templateId, org, 'template')
        : null
      if (template && template.kind !== kind)
        throw new CrmError(
          'invalid_input',
          `The template "${template.name}" is for a ${documentKindLabels[template.kind as DocumentKind].toLowerCase()}, not a ${documentKindLabels[kind].toLowerCase()}.`,
          { templateId: 'Template of another kind' },
        )
      const campaign = campaignId ? requireRow(db, t.campaigns, campaignId, org, 'campaign') : null
      const influencer = influencerId
        ? requireRow(db, t.influencers, influencerId, org, 'influencer')
        : null
      const id = newId()
      writer.write((tx) => {
        tx.insert(d, {
          id,
          orgId: org,
          ownerId: me,
          kind,
          title:
            title ??
            [template?.name ?? documentKindLabels[kind], influencer?.name ?? campaign?.name]
              .filter(Boolean)
              .join(': '),
          status: 'draft',
          campaignId: campaign?.id ?? null,
          influencerId: influencer?.id ?? null,
          templateId: template?.id ?? null,
          preview: '',
          visibility,
        })
        const financial =
          kind === 'po' || kind === 'invoice'
            ? newFinancialDocument(ctx, tx, { kind, documentId: id, campaign, influencerId })
            : null
        const values = mergeValues(db, {
          orgId: org,
          userId: me,
          campaignId,
          influencerId,
          financial,
          now: now(),
        })
        const text = template ? fillMergeFields(template.body, values) : ''
        if (text)
          appendUpdate(tx, { orgId: org, documentId: id, authorId: me }, newBodyUpdate(text))
      })
      previews.flush()
      return detail(id)
    },

    'documents.update': ({ id, patch }) => {
      requireRow(db, d, id, orgId(), 'document')
      if (patch.campaignId) requireRow(db, t.campaigns, patch.campaignId, orgId(), 'campaign')
      if (patch.influencerId)
        requireRow(db, t.influencers, patch.influencerId, orgId(), 'influencer')
      writer.write((tx) => tx.update(d, id, defined(patch)))
      return detail(id)
    },

    'documents.delete': ({ id }) => {
      requireRow(db, d, id, orgId(), 'document')
      writer.write((tx) => tx.remove(d, id))
      return { id }
    },

    'documents.restore': ({ id }) => {
      ownRow(db, d, id, orgId(), 'document')
      writer.write((tx) => tx.restore(d, id))
      return { id }
    },

    'documents.move': ({ id, to }) => {
      const doc = requireRow(db, d, id, orgId(), 'document')
      const from = doc.status as Status
      if (from === to) return detail(id)
      if (!canMove(documentTransitions, from, to))
        throw new CrmError(
          'conflict',
          `A document that is ${documentStatusLabels[from].toLowerCase()} cannot become ${documentStatusLabels[to].toLowerCase()}.`,
        )
      const needed = documentApprovals[to] ?? 'document.write'
      if (!userPermissions(db, userId()).has(needed))
        throw new CrmError(
          'forbidden',
          `Only a manager may mark a document ${documentStatusLabels[to].toLowerCase()} (your role lacks "${needed}").`,
        )
      writer.write((tx) => tx.update(d, id, { status: to }))
      return detail(id)
    },
  } satisfies Partial<Handlers>
}

/**
 * The PO or invoice behind a new document: one line for the influencer's fee (their
 * offer or planned rate) or an empty line to fill, with a provisional number until the
 * server assigns the final one.
 */
function newFinancialDocument(
  { db, orgId, now }: ServiceContext,
  tx: Parameters<Parameters<ServiceContext['writer']['write']>[0]>[0],
  {
    kind,
    documentId,
    campaign,
    influencerId,
  }: {
    kind: 'po' | 'invoice'
    documentId: string
    campaign: typeof t.campaigns.$inferSelect | null
    influencerId: string | null | undefined
  },
) {
  const financialId = newId()
  const fee = campaign && influencerId ? influencerFee(db, campaign, influencerId) : null
  const unitPrice = fee?.price ?? 0
  const issued = now()
  return tx.insert(t.financialDocuments, {
    id: financialId,
    orgId: orgId(),
    campaignId: campaign?.id ?? null,
    documentId,
    type: kind,
    documentNumber: provisionalNumber(kind, financialId, issued),
    numberProvisional: true,
    amount: unitPrice,
    currency: fee?.currency ?? campaign?.currency ?? 'USD',
    issueDate: issued.toISOString(),
    dueDate: new Date(issued.getTime() + 30 * 86_400_000).toISOString(),
    description: campaign ? `${campaign.name}` : null,
    lineItems: [
      {
        description: campaign ? `Influencer services: ${campaign.name}` : 'Influencer services',
        quantity: 1,
        unitPrice,
      },
    ],
  })
}
