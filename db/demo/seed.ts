import { base, en, Faker } from '@faker-js/faker'
import { platforms } from '#shared/domain/enums'
import type { LocalDb } from '../sqlite/open.ts'
import { newId } from '../sqlite/ids.ts'
import * as t from '../sqlite/schema.ts'

export interface DemoOptions {
  influencers: number
  /** Same seed, same agency: tests and screenshots stay stable. */
  seed?: number
}

const defaultStages = [
  { name: 'Saved', kind: 'open' },
  { name: 'Contacted', kind: 'open' },
  { name: 'Warm', kind: 'open' },
  { name: 'Negotiating', kind: 'open' },
  { name: 'Partnered', kind: 'won' },
  { name: 'Cold', kind: 'lost' },
] as const

/** Makes a small but realistic agency in one transaction. */
export function seedDemoData(db: LocalDb, { influencers: count, seed = 7 }: DemoOptions): void {
  const faker = new Faker({ locale: [en, base] })
  faker.seed(seed)
  db.transaction((tx) => {
    const orgId = newId()
    tx.insert(t.organizations)
      .values({ id: orgId, name: 'Northwind Talent', slug: 'northwind', country: 'US' })
      .run()
    const userIds = Array.from({ length: 4 }, () => newId())
    tx.insert(t.users)
      .values(
        userIds.map((id, i) => ({
          id,
          orgId,
          name: faker.person.fullName(),
          email: `staff${i + 1}@northwind.example`,
        })),
      )
      .run()
    const stageIds = defaultStages.map(() => newId())
    tx.insert(t.pipelineStages)
      .values(defaultStages.map((s, i) => ({ id: stageIds[i]!, orgId, position: i, ...s })))
      .run()
    for (let i = 0; i < count; i++) {
      const influencerId = newId()
      const name = faker.person.fullName()
      tx.insert(t.influencers)
        .values({
          id: influencerId,
          orgId,
          name,
          email: faker.internet.email({ firstName: name.split(' ')[0] }).toLowerCase(),
          country: faker.location.countryCode('alpha-2'),
          primaryPlatform: faker.helpers.arrayElement(platforms),
          followers: faker.number.int({ min: 2_000, max: 3_000_000 }),
          engagementRate: faker.number.float({ min: 0.4, max: 9, fractionDigits: 2 }),
          bio: faker.person.bio(),
        })
        .run()
      tx.insert(t.influencerRelationships)
        .values({
          id: newId(),
          orgId,
          influencerId,
          ownerId: faker.helpers.arrayElement(userIds),
          stageId: faker.helpers.arrayElement(stageIds),
          position: i,
          priority: faker.number.int({ min: 0, max: 5 }),
        })
        .run()
    }
  })
}
