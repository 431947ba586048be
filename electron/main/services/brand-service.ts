import { and, asc, eq, isNull } from 'drizzle-orm'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'
import { editHandlers } from './crud.ts'
import { defined } from './rows.ts'

const b = t.brands
const p = t.products

export function brandService(ctx: ServiceContext) {
  const { db, writer, orgId, userId } = ctx
  const live = <T extends typeof b | typeof p>(table: T) =>
    and(eq(table.orgId, orgId()), isNull(table.deletedAt))
  const brand = (id: string) => db.select().from(b).where(eq(b.id, id)).get()!
  const product = (id: string) => db.select().from(p).where(eq(p.id, id)).get()!

  return {
    'brands.list': () => db.select().from(b).where(live(b)).orderBy(asc(b.name)).all(),
    'brands.create': (input) => {
      const id = newId()
      writer.write((tx) =>
        tx.insert(b, {
          id,
          orgId: orgId(),
          ownerId: userId(),
          ...defined(input),
          name: input.name,
        }),
      )
      return brand(id)
    },
    ...editHandlers(ctx, 'brands', b, 'brand', brand),
    'products.list': ({ brandId }) =>
      db
        .select()
        .from(p)
        .where(and(live(p), brandId ? eq(p.brandId, brandId) : undefined))
        .orderBy(asc(p.name))
        .all(),
    'products.create': (input) => {
      const id = newId()
      writer.write((tx) =>
        tx.insert(p, {
          id,
          orgId: orgId(),
          ...defined(input),
          name: input.name,
          sku: input.sku,
          price: input.price,
          currency: input.currency,
        }),
      )
      return product(id)
    },
    ...editHandlers(ctx, 'products', p, 'product', product),
  } satisfies Partial<Handlers>
}
