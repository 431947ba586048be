import { z } from 'zod'
import {
  ContractStatus,
  counterParties,
  Currency,
  FinancialDocumentStatus,
  FinancialDocumentType,
  Money,
  OfferStatus,
  PaymentMethod,
  PaymentStatus,
} from '../domain/enums.ts'
import { Id, IsoTime } from './common.ts'

export const OfferRow = z.object({
  id: z.string(),
  campaignId: z.string(),
  influencerId: z.string(),
  price: z.number().int(),
  currency: z.string(),
  status: OfferStatus,
  version: z.number().int(),
  counterBy: z.enum(counterParties).nullable(),
  expiresAt: z.string().nullable(),
  createdAt: z.string(),
})
export type OfferRow = z.infer<typeof OfferRow>

export const ContractRow = z.object({
  id: z.string(),
  campaignId: z.string(),
  offerId: z.string(),
  influencerId: z.string(),
  documentId: z.string().nullable(),
  status: ContractStatus,
  content: z.record(z.string(), z.unknown()),
  signedAt: z.string().nullable(),
})
export type ContractRow = z.infer<typeof ContractRow>

export const PaymentRow = z.object({
  id: z.string(),
  campaignId: z.string(),
  contractId: z.string().nullable(),
  influencerId: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  status: PaymentStatus,
  paymentMethod: PaymentMethod.nullable(),
  escrowStatus: z.string(),
  paidAt: z.string().nullable(),
  createdAt: z.string(),
})
export type PaymentRow = z.infer<typeof PaymentRow>

export const LineItem = z.object({
  description: z.string().trim().min(1).max(500),
  quantity: z.number().positive().max(1_000_000),
  /** Minor units per unit. */
  unitPrice: Money,
})
export type LineItem = z.infer<typeof LineItem>

export const FinancialDocumentRow = z.object({
  id: z.string(),
  campaignId: z.string().nullable(),
  documentId: z.string().nullable(),
  type: FinancialDocumentType,
  documentNumber: z.string(),
  /** True until the server has assigned the final, unique number. */
  numberProvisional: z.boolean(),
  amount: z.number().int(),
  currency: z.string(),
  status: FinancialDocumentStatus,
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  paidDate: z.string().nullable(),
  description: z.string().nullable(),
  lineItems: z.array(LineItem),
})
export type FinancialDocumentRow = z.infer<typeof FinancialDocumentRow>

export const dealChannels = {
  /** Seed 001: one active (pending, counter, accepted) offer per campaign and influencer. */
  'offers.create': {
    input: z.object({
      campaignId: Id,
      influencerId: Id,
      price: Money,
      currency: Currency.optional(),
      terms: z.record(z.string(), z.unknown()).nullish(),
      expiresAt: IsoTime.nullish(),
    }),
    output: OfferRow,
  },
  'offers.setStatus': {
    input: z.object({
      id: Id,
      status: OfferStatus,
      counterPrice: Money.optional(),
      counterBy: z.enum(counterParties).optional(),
    }),
    output: OfferRow,
  },
  'contracts.create': {
    input: z.object({
      offerId: Id,
      content: z.record(z.string(), z.unknown()).default({}),
      documentId: Id.nullish(),
    }),
    output: ContractRow,
  },
  'contracts.setStatus': {
    input: z.object({ id: Id, status: ContractStatus }),
    output: ContractRow,
  },
  'payments.record': {
    input: z.object({
      campaignId: Id,
      influencerId: Id,
      contractId: Id.nullish(),
      amount: Money,
      currency: Currency.optional(),
      status: PaymentStatus.default('pending'),
      paymentMethod: PaymentMethod.nullish(),
      externalReference: z.string().max(200).nullish(),
    }),
    output: PaymentRow,
  },
  'payments.setStatus': { input: z.object({ id: Id, status: PaymentStatus }), output: PaymentRow },
  'financialDocuments.list': {
    input: z.object({ campaignId: Id.optional(), type: FinancialDocumentType.optional() }),
    output: z.array(FinancialDocumentRow),
  },
  /** Made offline with a provisional number; the server assigns the final one on sync. */
  'financialDocuments.create': {
    input: z.object({
      type: FinancialDocumentType,
      campaignId: Id.nullish(),
      documentId: Id.nullish(),
      currency: Currency.optional(),
      lineItems: z.array(LineItem).max(500).default([]),
      /** Used when there are no line items; otherwise the sum of the lines. */
      amount: Money.optional(),
      issueDate: IsoTime.nullish(),
      dueDate: IsoTime.nullish(),
      description: z.string().max(5000).nullish(),
    }),
    output: FinancialDocumentRow,
  },
  'financialDocuments.setStatus': {
    input: z.object({ id: Id, status: FinancialDocumentStatus, paidDate: IsoTime.optional() }),
    output: FinancialDocumentRow,
  },
} as const
