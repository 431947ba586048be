import { and, asc, eq, gt, isNull, lte, type SQL } from 'drizzle-orm'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'
import { editHandlers } from './crud.ts'
import { defined, requireRow } from './rows.ts'

const k = t.tasks
const columns = {
  id: k.id,
  title: k.title,
  notes: k.notes,
  assigneeId: k.assigneeId,
  influencerId: k.influencerId,
  campaignId: k.campaignId,
  dueAt: k.dueAt,
  doneAt: k.doneAt,
}

export function taskService(ctx: ServiceContext) {
  const { db, writer, orgId, userId, now } = ctx
  const read = (id: string) => db.select(columns).from(k).where(eq(k.id, id)).get()!

  return {
    'tasks.list': ({ assigneeId, influencerId, campaignId, due, dayEnd, includeDone }) => {
      const nowIso = now().toISOString()
      const endOfDay =
        dayEnd ?? new Date(new Date(nowIso).setUTCHours(23, 59, 59, 999)).toISOString()
      const dueFilter: Record<typeof due, SQL | undefined> = {
        all: undefined,
        today: lte(k.dueAt, endOfDay),
        overdue: lte(k.dueAt, nowIso),
        upcoming: gt(k.dueAt, nowIso),
      }
      return db
        .select(columns)
        .from(k)
        .where(
          and(
            eq(k.orgId, orgId()),
            isNull(k.deletedAt),
            assigneeId ? eq(k.assigneeId, assigneeId) : undefined,
            influencerId ? eq(k.influencerId, influencerId) : undefined,
            campaignId ? eq(k.campaignId, campaignId) : undefined,
            includeDone ? undefined : isNull(k.doneAt),
            dueFilter[due],
          ),
        )
        .orderBy(asc(k.dueAt), asc(k.id))
        .all()
    },
    'tasks.create': (input) => {
      const id = newId()
      writer.write((tx) =>
        tx.insert(k, {
          id,
          orgId: orgId(),
          createdBy: userId(),
          assigneeId: userId(),
          ...defined(input),
          title: input.title,
        }),
      )
      return read(id)
    },
    ...editHandlers(ctx, 'tasks', k, 'task', read),
    'tasks.complete': ({ id, done }) => {
      requireRow(db, k, id, orgId(), 'task')
      writer.write((tx) => tx.update(k, id, { doneAt: done ? now().toISOString() : null }))
      return read(id)
    },
  } satisfies Partial<Handlers>
}
