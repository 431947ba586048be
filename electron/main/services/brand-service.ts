import { and, asc, eq, isNull } from 'drizzle-orm'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'
import { defined, requireRow } from './rows.ts'

const b = t.brands
const p = t.products

export function brandService({ db, writer, orgId, userId }: ServiceContext) {
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
    'brands.update': ({ id, patch }) => {
      requireRow(db, b, id, orgId(), 'brand')
      writer.write((tx) => tx.update(b, id, defined(patch)))
      return brand(id)
    },
    'brands.delete': ({ id }) => {
      requireRow(db, b, id, orgId(), 'brand')
      writer.write((tx) => tx.remove(b, id))
      return { id }
    },
    'brands.restore': ({ id }) => {
      writer.write((tx) => tx.restore(b, id))
      return { id }
    },
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
    'products.update': ({ id, patch }) => {
      requireRow(db, p, id, orgId(), 'product')
      writer.write((tx) => tx.update(p, id, defined(patch)))
      return product(id)
    },
    'products.delete': ({ id }) => {
      requireRow(db, p, id, orgId(), 'product')
      writer.write((tx) => tx.remove(p, id))
      return { id }
    },
    'products.restore': ({ id }) => {
      writer.write((tx) => tx.restore(p, id))
      return { id }
    },
  } satisfies Partial<Handlers>
}
