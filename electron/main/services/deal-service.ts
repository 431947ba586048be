import { and, asc, eq, inArray, isNull } from 'drizzle-orm'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import { activeOfferStatuses, CrmError } from '#shared/contract/index'
import {
  canMove,
  contractTransitions,
  financialDocumentTransitions,
  offerTransitions,
  paymentTransitions,
} from '#shared/domain/status-machines'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'
import { campaignLink, defined, requireRow } from './rows.ts'

const o = t.offers
const k = t.contracts
const p = t.payments
const f = t.financialDocuments

const refuseMove = (what: string, from: string, to: string) =>
  new CrmError(
    'conflict',
    `${/^[aeiou]/.test(what) ? 'An' : 'A'} ${what} that is ${from} cannot become ${to}.`,
  )

/** "PROV-INV-20261125-3F9A1C": readable, unique on this device, clearly not final. */
export const provisionalNumber = (type: string, id: string, now: Date) =>
  `PROV-${type.toUpperCase()}-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${id.slice(-6).toUpperCase()}`

export function dealService({ db, writer, orgId, now }: ServiceContext) {
  const offer = (id: string) => db.select().from(o).where(eq(o.id, id)).get() as never
  const contract = (id: string) => db.select().from(k).where(eq(k.id, id)).get() as never
  const payment = (id: string) => db.select().from(p).where(eq(p.id, id)).get() as never
  const financial = (id: string) => db.select().from(f).where(eq(f.id, id)).get() as never

  return {
    'offers.create': ({ campaignId, influencerId, ...rest }) => {
      const campaign = requireRow(db, t.campaigns, campaignId, orgId(), 'campaign')
      requireRow(db, t.influencers, influencerId, orgId(), 'influencer')
      const active = db
        .select({ id: o.id })
        .from(o)
        .where(
          and(
            eq(o.campaignId, campaignId),
            eq(o.influencerId, influencerId),
            isNull(o.deletedAt),
            inArray(o.status, activeOfferStatuses),
          ),
        )
        .get()
      if (active) {
        throw new CrmError(
          'conflict',
          'This influencer already has an active offer for this campaign. Close, reject or withdraw it before making a new one.',
        )
      }
      const id = newId()
      writer.write((tx) =>
        tx.insert(o, {
          id,
          orgId: orgId(),
          campaignId,
          influencerId,
          currency: campaign.currency,
          ...defined(rest),
          price: rest.price,
        }),
      )
      return offer(id)
    },

    'offers.setStatus': ({ id, status, counterPrice, counterBy }) => {
      const row = requireRow(db, o, id, orgId(), 'offer')
      const from = row.status as keyof typeof offerTransitions
      if (!canMove(offerTransitions, from, status)) throw refuseMove('offer', from, status)
      if (status === 'counter' && counterPrice === undefined) {
        throw new CrmError('invalid_input', 'A counter-offer needs its new price.', {
          counterPrice: 'Required for a counter-offer',
        })
      }
      const at = now().toISOString()
      writer.write((tx) => {
        tx.update(o, id, {
          status,
          ...(status === 'counter'
            ? {
                price: counterPrice,
                counterBy: counterBy ?? 'influencer',
                version: row.version + 1,
              }
            : {}),
          ...(status === 'accepted' ? { acceptedAt: at } : {}),
          ...(status === 'rejected' ? { rejectedAt: at } : {}),
        })
        if (status === 'accepted') {
          // The campaign board follows the deal: an accepted offer moves its card to "accepted".
          const link = campaignLink(db, row.campaignId, row.influencerId)
          if (link && (link.status === 'planned' || link.status === 'invited')) {
            tx.update(t.campaignInfluencers, link.id, { status: 'accepted', rate: row.price })
          }
        }
      })
      return offer(id)
    },

    'contracts.create': ({ offerId, content, documentId }) => {
      const accepted = requireRow(db, o, offerId, orgId(), 'offer')
      if (accepted.status !== 'accepted') {
        throw new CrmError('conflict', 'A contract can only be drawn up from an accepted offer.')
      }
      const id = newId()
      writer.write((tx) =>
        tx.insert(k, {
          id,
          orgId: orgId(),
          campaignId: accepted.campaignId,
          influencerId: accepted.influencerId,
          offerId,
          content: { price: accepted.price, currency: accepted.currency, ...content },
          documentId: documentId ?? null,
        }),
      )
      return contract(id)
    },

    'contracts.setStatus': ({ id, status }) => {
      const row = requireRow(db, k, id, orgId(), 'contract')
      const from = row.status as keyof typeof contractTransitions
      if (!canMove(contractTransitions, from, status)) throw refuseMove('contract', from, status)
      writer.write((tx) =>
        tx.update(k, id, {
          status,
          ...(status === 'signed' ? { signedAt: now().toISOString() } : {}),
        }),
      )
      return contract(id)
    },

    'payments.record': ({ campaignId, influencerId, contractId, ...rest }) => {
      const campaign = requireRow(db, t.campaigns, campaignId, orgId(), 'campaign')
      requireRow(db, t.influencers, influencerId, orgId(), 'influencer')
      if (contractId) requireRow(db, k, contractId, orgId(), 'contract')
      const id = newId()
      const paid = rest.status === 'captured' || rest.status === 'released'
      writer.write((tx) =>
        tx.insert(p, {
          id,
          orgId: orgId(),
          campaignId,
          influencerId,
          contractId: contractId ?? null,
          currency: campaign.currency,
          ...defined(rest),
          amount: rest.amount,
          ...(paid ? { paidAt: now().toISOString() } : {}),
        }),
      )
      return payment(id)
    },

    'payments.setStatus': ({ id, status }) => {
      const row = requireRow(db, p, id, orgId(), 'payment')
      const from = row.status as keyof typeof paymentTransitions
      if (!canMove(paymentTransitions, from, status)) throw refuseMove('payment', from, status)
      const at = now().toISOString()
      writer.write((tx) =>
        tx.update(p, id, {
          status,
          ...(status === 'captured' || status === 'released' ? { paidAt: row.paidAt ?? at } : {}),
          ...(status === 'released' ? { escrowStatus: 'released', escrowReleasedAt: at } : {}),
          ...(status === 'refunded' ? { escrowStatus: 'refunded' } : {}),
          ...(status === 'failed' ? { failedAt: at } : {}),
        }),
      )
      return payment(id)
    },

    'financialDocuments.list': ({ campaignId, type }) =>
      db
        .select()
        .from(f)
        .where(
          and(
            eq(f.orgId, orgId()),
            isNull(f.deletedAt),
            campaignId ? eq(f.campaignId, campaignId) : undefined,
            type ? eq(f.type, type) : undefined,
          ),
        )
        .orderBy(asc(f.issueDate), asc(f.documentNumber))
        .all() as never[],

    'financialDocuments.create': ({ lineItems, amount, ...rest }) => {
      const campaign = rest.campaignId
        ? requireRow(db, t.campaigns, rest.campaignId, orgId(), 'campaign')
        : null
      const total = lineItems.length
        ? Math.round(lineItems.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0))
        : amount
      if (total === undefined) {
        throw new CrmError('invalid_input', 'Give the amount, or line items to add up.', {
          amount: 'Required without line items',
        })
      }
      const id = newId()
      writer.write((tx) =>
        tx.insert(f, {
          id,
          orgId: orgId(),
          currency: campaign?.currency ?? 'USD',
          ...defined(rest),
          type: rest.type,
          documentNumber: provisionalNumber(rest.type, id, now()),
          numberProvisional: true,
          amount: total,
          lineItems,
          issueDate: rest.issueDate ?? now().toISOString(),
        }),
      )
      return financial(id)
    },

    'financialDocuments.setStatus': ({ id, status, paidDate }) => {
      const row = requireRow(db, f, id, orgId(), 'financial document')
      const from = row.status as keyof typeof financialDocumentTransitions
      if (!canMove(financialDocumentTransitions, from, status))
        throw refuseMove('document', from, status)
      writer.write((tx) =>
        tx.update(f, id, {
          status,
          ...(status === 'paid' ? { paidDate: paidDate ?? now().toISOString() } : {}),
        }),
      )
      return financial(id)
    },
  } satisfies Partial<Handlers>
}
