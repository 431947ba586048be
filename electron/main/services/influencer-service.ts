import { and, asc, count, desc, eq, gte, isNull, max, sql } from 'drizzle-orm'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import type { InfluencerRow } from '#shared/contract/index'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'
import { influencerWhere } from './influencer-filters.ts'
import { defined, firstStage, ownRow, relationshipRow, requireRow } from './rows.ts'

const i = t.influencers
const r = t.influencerRelationships

const rowColumns = {
  id: i.id,
  name: i.name,
  email: i.email,
  primaryPlatform: i.primaryPlatform,
  followers: i.followers,
  engagementRate: i.engagementRate,
  country: i.country,
  nicheTags: i.nicheTags,
  stageId: r.stageId,
  ownerId: r.ownerId,
}

const sortColumns = {
  name: i.name,
  followers: i.followers,
  engagement: i.engagementRate,
  created: i.createdAt,
}

const relationshipJoin = and(eq(r.influencerId, i.id), isNull(r.deletedAt))

export function influencerService({ db, writer, orgId, now }: ServiceContext) {
  const readRow = (id: string) =>
    db
      .select(rowColumns)
      .from(i)
      .leftJoin(r, relationshipJoin)
      .where(eq(i.id, id))
      .get() as InfluencerRow

  const accountRow = (a: typeof t.influencerAccounts.$inferSelect) => ({
    id: a.id,
    platform: a.platform as InfluencerRow['primaryPlatform'] & string,
    handle: a.handle,
    url: a.url,
    followers: a.followers,
    verified: a.verified,
  })

  const stats = (influencerId: string, since?: string) =>
    db
      .select({
        platform: t.influencerStatsHistory.platform,
        followers: t.influencerStatsHistory.followers,
        engagementRate: t.influencerStatsHistory.engagementRate,
        reach: t.influencerStatsHistory.reach,
        authenticityScore: t.influencerStatsHistory.authenticityScore,
        fakeFollowerRisk: t.influencerStatsHistory.fakeFollowerRisk,
        snapshotAt: t.influencerStatsHistory.snapshotAt,
      })
      .from(t.influencerStatsHistory)
      .where(
        and(
          eq(t.influencerStatsHistory.influencerId, influencerId),
          isNull(t.influencerStatsHistory.deletedAt),
          since ? gte(t.influencerStatsHistory.snapshotAt, since) : undefined,
        ),
      )
      .orderBy(asc(t.influencerStatsHistory.snapshotAt))
      .all() as {
      platform: 'instagram'
      fakeFollowerRisk: string
      snapshotAt: string
      followers: number | null
      engagementRate: number | null
      reach: number | null
      authenticityScore: number | null
    }[]

  return {
    'influencers.list': ({ filters, search, sort, limit, offset }) => {
      const where = influencerWhere(orgId(), { ...filters, ...(search ? { search } : {}) }, now())
      const by = sortColumns[sort?.by ?? 'name']
      const rows = db
        .select(rowColumns)
        .from(i)
        .leftJoin(r, relationshipJoin)
        .where(where)
        .orderBy(sort?.dir === 'desc' ? desc(by) : asc(by), asc(i.id))
        .limit(limit)
        .offset(offset)
        .all() as InfluencerRow[]
      // The card join only matters to the count when a filter reads the card.
      const f = filters ?? {}
      const readsCard = !!(
        f.tags?.length ||
        f.stageIds?.length ||
        f.ownerIds?.length ||
        f.followUpDue
      )
      const counted = readsCard
        ? db.select({ n: count() }).from(i).leftJoin(r, relationshipJoin)
        : db.select({ n: count() }).from(i)
      const total = counted.where(where).get()?.n ?? 0
      return { rows, total }
    },

    'influencers.get': ({ id }) => {
      const influencer = requireRow(db, i, id, orgId(), 'influencer')
      const relationship = db
        .select()
        .from(r)
        .where(and(eq(r.influencerId, id), isNull(r.deletedAt)))
        .get()
      const accounts = db
        .select()
        .from(t.influencerAccounts)
        .where(
          and(eq(t.influencerAccounts.influencerId, id), isNull(t.influencerAccounts.deletedAt)),
        )
        .orderBy(asc(t.influencerAccounts.platform))
        .all()
      return {
        ...influencer,
        primaryPlatform: influencer.primaryPlatform as InfluencerRow['primaryPlatform'],
        stageId: relationship?.stageId ?? null,
        ownerId: relationship?.ownerId ?? null,
        accounts: accounts.map(accountRow),
        stats: stats(id),
        relationship: relationship ? relationshipRow(relationship) : null,
      }
    },

    'influencers.create': ({ addToPipeline, ...fields }) => {
      const id = newId()
      writer.write((tx) => {
        tx.insert(i, {
          id,
          orgId: orgId(),
          source: 'manual',
          ...defined(fields),
          name: fields.name,
          followers: fields.followers,
        })
        const stage = addToPipeline ? firstStage(db, orgId()) : undefined
        if (stage) {
          // New cards go to the top of the first column.
          const top = db
            .select({ p: sql<number | null>`min(${r.position})` })
            .from(r)
            .where(eq(r.stageId, stage.id))
            .get()?.p
          tx.insert(r, {
            id: newId(),
            orgId: orgId(),
            influencerId: id,
            stageId: stage.id,
            position: (top ?? 1) - 1,
          })
        }
      })
      return readRow(id)
    },

    'influencers.update': ({ id, patch }) => {
      requireRow(db, i, id, orgId(), 'influencer')
      writer.write((tx) => tx.update(i, id, defined(patch)))
      return readRow(id)
    },

    'influencers.delete': ({ id }) => {
      requireRow(db, i, id, orgId(), 'influencer')
      writer.write((tx) => {
        tx.remove(i, id)
        const rel = db
          .select({ id: r.id })
          .from(r)
          .where(and(eq(r.influencerId, id), isNull(r.deletedAt)))
          .get()
        if (rel) tx.remove(r, rel.id)
      })
      return { id }
    },

    'influencers.restore': ({ id }) => {
      writer.write((tx) => {
        tx.restore(i, id)
        // The card comes back with its influencer: the most recently removed one.
        const rel = db
          .select({ id: r.id })
          .from(r)
          .where(eq(r.influencerId, id))
          .orderBy(desc(r.deletedAt))
          .get()
        if (rel) {
          const live = db
            .select({ n: max(r.id) })
            .from(r)
            .where(and(eq(r.influencerId, id), isNull(r.deletedAt)))
            .get()?.n
          if (!live) tx.restore(r, rel.id)
        }
      })
      return { id }
    },

    'influencers.addAccount': ({ influencerId, ...account }) => {
      requireRow(db, i, influencerId, orgId(), 'influencer')
      const id = newId()
      const row = writer.write((tx) =>
        tx.insert(t.influencerAccounts, {
          id,
          orgId: orgId(),
          influencerId,
          ...defined(account),
          platform: account.platform,
          handle: account.handle,
        }),
      )
      return accountRow(row)
    },

    'influencers.removeAccount': ({ id }) => {
      requireRow(db, t.influencerAccounts, id, orgId(), 'account')
      writer.write((tx) => tx.remove(t.influencerAccounts, id))
      return { id }
    },

    'influencers.restoreAccount': ({ id }) => {
      ownRow(db, t.influencerAccounts, id, orgId(), 'account')
      writer.write((tx) => tx.restore(t.influencerAccounts, id))
      return { id }
    },

    'influencers.statsSince': ({ influencerId, since }) => {
      requireRow(db, i, influencerId, orgId(), 'influencer')
      return stats(influencerId, since)
    },
  } satisfies Partial<Handlers>
}
