import { and, asc, eq, isNotNull, isNull, lte, or } from 'drizzle-orm'
import * as t from '#db/sqlite/schema/index'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'

const r = t.influencerRelationships
const k = t.tasks

export function todayService({ db, orgId }: ServiceContext) {
  return {
    'today.agenda': ({ dayStart, dayEnd }) => {
      const followUps = db
        .select({
          relationshipId: r.id,
          influencerId: r.influencerId,
          name: t.influencers.name,
          followUpDate: r.followUpDate,
          ownerName: t.users.name,
        })
        .from(r)
        .innerJoin(t.influencers, eq(t.influencers.id, r.influencerId))
        .leftJoin(t.users, eq(t.users.id, r.ownerId))
        .where(
          and(
            eq(r.orgId, orgId()),
            isNull(r.deletedAt),
            isNull(t.influencers.deletedAt),
            isNotNull(r.followUpDate),
            lte(r.followUpDate, dayEnd),
          ),
        )
        .orderBy(asc(r.followUpDate), asc(t.influencers.name))
        .all()
        .map((f) => ({ ...f, followUpDate: f.followUpDate!, overdue: f.followUpDate! < dayStart }))
      const tasks = db
        .select({
          id: k.id,
          title: k.title,
          notes: k.notes,
          assigneeId: k.assigneeId,
          influencerId: k.influencerId,
          campaignId: k.campaignId,
          dueAt: k.dueAt,
          doneAt: k.doneAt,
          influencerName: t.influencers.name,
        })
        .from(k)
        .leftJoin(t.influencers, eq(t.influencers.id, k.influencerId))
        .where(
          and(
            eq(k.orgId, orgId()),
            isNull(k.deletedAt),
            isNull(k.doneAt),
            isNotNull(k.dueAt),
            // A task about a deleted influencer goes with them.
            or(isNull(k.influencerId), isNull(t.influencers.deletedAt)),
            lte(k.dueAt, dayEnd),
          ),
        )
        .orderBy(asc(k.dueAt), asc(k.title))
        .all()
        .map((task) => ({ ...task, overdue: task.dueAt! < dayStart }))
      return { followUps, tasks }
    },
  } satisfies Partial<Handlers>
}
