import { sql } from 'drizzle-orm'
import {
  check,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core'
import { currency, id, money, orgId, syncedColumns } from '../columns.ts'
import { organizations, users } from './access.ts'
import { campaigns } from './campaigns.ts'

const org = () => organizations.id

/** The agency's clients (seed 000's stores, seed 001's brand organizations). */
export const brands = sqliteTable(
  'brands',
  {
    id: id(),
    orgId: orgId(org),
    ownerId: text('owner_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    industry: text('industry'),
    address: text('address'),
    country: text('country'),
    notes: text('notes'),
    ...syncedColumns(),
  },
  (t) => [uniqueIndex('brands_org_name_uq').on(t.orgId, t.name)],
)

export const products = sqliteTable(
  'products',
  {
    id: id(),
    orgId: orgId(org),
    brandId: text('brand_id').references(() => brands.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    sku: text('sku').notNull(),
    description: text('description'),
    price: money('price').notNull().default(0),
    currency: currency(),
    ...syncedColumns(),
  },
  (t) => [
    uniqueIndex('products_org_sku_uq').on(t.orgId, t.sku),
    index('products_brand_idx').on(t.brandId),
    check('products_price_check', sql`${t.price} >= 0`),
  ],
)

/** Product seeding: what a campaign sends to influencers, with quantity and discount. */
export const campaignProducts = sqliteTable(
  'campaign_products',
  {
    id: id(),
    orgId: orgId(org),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull().default(1),
    discountPercent: real('discount_percent'),
    ...syncedColumns(),
  },
  (t) => [
    uniqueIndex('campaign_products_uq').on(t.campaignId, t.productId),
    index('campaign_products_product_idx').on(t.productId),
    check('campaign_products_quantity_check', sql`${t.quantity} > 0`),
    check(
      'campaign_products_discount_check',
      sql`${t.discountPercent} is null or ${t.discountPercent} between 0 and 100`,
    ),
  ],
)
