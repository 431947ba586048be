import { z } from 'zod'
import { Currency, Money } from '../domain/enums.ts'
import { crudChannels, Id } from './common.ts'

export const BrandRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  industry: z.string().nullable(),
  country: z.string().nullable(),
  notes: z.string().nullable(),
})

export const ProductRow = z.object({
  id: z.string(),
  brandId: z.string().nullable(),
  name: z.string(),
  sku: z.string(),
  description: z.string().nullable(),
  price: z.number().int(),
  currency: z.string(),
})

const brandFields = {
  name: z.string().trim().min(1, 'A brand needs a name').max(200),
  email: z.email().nullish(),
  phone: z.string().max(50).nullish(),
  website: z.url().nullish(),
  industry: z.string().max(100).nullish(),
  address: z.string().max(500).nullish(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullish(),
  notes: z.string().max(20_000).nullish(),
}

const productFields = {
  brandId: Id.nullish(),
  name: z.string().trim().min(1, 'A product needs a name').max(200),
  sku: z.string().trim().min(1, 'A product needs a SKU').max(100),
  description: z.string().max(5000).nullish(),
  price: Money,
  currency: Currency,
}

export const brandChannels = {
  'brands.list': { input: z.object({}), output: z.array(BrandRow) },
  ...crudChannels('brands', brandFields, brandFields, BrandRow),
  'products.list': { input: z.object({ brandId: Id.optional() }), output: z.array(ProductRow) },
  ...crudChannels('products', productFields, productFields, ProductRow),
} as const
