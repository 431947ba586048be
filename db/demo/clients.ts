import { utmSlug } from '#shared/domain/utm'
import { newId } from '../sqlite/ids.ts'
import * as t from '../sqlite/schema/index.ts'
import { industries } from './agency-profile.ts'
import { dayMs, stamp, type Agency, type DemoContext } from './context.ts'

/** A client brand and the products its campaigns promote. */
export interface Brand {
  id: string
  name: string
  slug: string
  industry: string
  website: string
  ownerId: string
  products: { id: string; name: string; price: number }[]
}

/** Clients and what they sell: a few brands per handful of campaigns. */
export function seedClients(ctx: DemoContext, { orgId, orgCreated, managers }: Agency): Brand[] {
  const { bulk, faker, pick, int, chance, inTransaction } = ctx
  const campaignCount = ctx.size.campaigns
  const brandCount = Math.min(12, Math.max(3, Math.ceil(campaignCount / 4)))
  const brandNames = new Set<string>()
  while (brandNames.size < brandCount) brandNames.add(faker.company.name().replace(/[,.]/g, ''))
  const brands = [...brandNames].map((name, i) => {
    const slug = utmSlug(name)
    return {
      id: newId(),
      name,
      slug,
      industry: industries[i % industries.length]!,
      website: `https://www.${slug}.example`,
      ownerId: pick(managers),
      products: [] as Brand['products'],
    }
  })
  let skuNumber = 1000
  for (const brand of brands) {
    const count = int(3, 6)
    for (let i = 0; i < count; i++) {
      brand.products.push({
        id: newId(),
        name: `${faker.commerce.productAdjective()} ${faker.commerce.product()}`,
        price: int(8, 180) * 100 - 1,
      })
    }
  }
  inTransaction(() => {
    bulk.insert(
      t.brands,
      brands.map((b, i) => ({
        id: b.id,
        orgId,
        ownerId: b.ownerId,
        name: b.name,
        email: `partnerships@${b.slug}.example`,
        phone: faker.phone.number({ style: 'national' }),
        website: b.website,
        industry: b.industry,
        address: `${faker.location.streetAddress()}, ${faker.location.city()}`,
        country: chance(0.8) ? 'US' : pick(['GB', 'DE', 'FR', 'CA']),
        notes: chance(0.5) ? 'Prefers monthly reporting; approvals take about 3 days.' : null,
        ...stamp(orgCreated + i * 20 * dayMs),
      })),
    )
    bulk.insert(
      t.products,
      brands.flatMap((b) =>
        b.products.map((p) => ({
          id: p.id,
          orgId,
          brandId: b.id,
          name: p.name,
          sku: `${b.slug.slice(0, 4).toUpperCase()}-${skuNumber++}`,
          description: faker.commerce.productDescription(),
          price: p.price,
          currency: 'USD',
          ...stamp(orgCreated),
        })),
      ),
    )
  })
  return brands
}
