import { newId } from '../sqlite/ids.ts'
import type * as t from '../sqlite/schema/index.ts'
import { PARTNERED } from './agency-profile.ts'
import type { Campaign } from './campaigns.ts'
import { dayMs, fill, iso, stamp, type Agency, type DemoContext, type Roster } from './context.ts'

/**
 * What the team's own screens show: tasks (follow-ups on people and chores on campaigns,
 * some overdue, some due today), recent notifications, and six months of dashboard
 * snapshots.
 */
export function teamActivity(
  ctx: DemoContext,
  { orgId, staff, managers }: Agency,
  roster: Roster,
  campaigns: Campaign[],
) {
  const { faker, pick, between, int, chance, now, today, daysAgo } = ctx
  const size = ctx.size.influencers
  const taskRows: (typeof t.tasks.$inferInsert)[] = []
  const taskCount = Math.round(size * 0.05) + campaigns.length * 3
  for (let n = 0; n < taskCount; n++) {
    const onCampaign = campaigns.length > 0 && (n < campaigns.length * 3 || chance(0.1))
    const campaign = onCampaign ? pick(campaigns) : null
    const i = size > 0 ? int(0, size - 1) : -1
    const first = i >= 0 ? roster.firsts[i]! : 'the team'
    const title = campaign
      ? fill(
          pick([
            'Review drafts for {campaign}',
            'Send {campaign} brief to creators',
            'Chase invoices for {campaign}',
            'Prepare the {campaign} wrap report',
            'Confirm product shipping for {campaign}',
          ]),
          { campaign: campaign.name },
        )
      : fill(
          pick([
            'Follow up with {first}',
            'Send rates request to {first}',
            'Ask {first} for audience stats',
            'Check in with {first} about next quarter',
          ]),
          { first },
        )
    const roll = faker.number.float()
    const dueAt =
      roll < 0.15
        ? today.getTime() + int(-2, 6) * 3_600_000
        : roll < 0.4
          ? today.getTime() - int(1, 14) * dayMs
          : today.getTime() + int(1, 30) * dayMs
    const isDone = dueAt < now && chance(0.5)
    const assignee = pick(staff).id
    taskRows.push({
      id: newId(),
      orgId,
      title,
      notes: chance(0.3) ? 'See the latest email thread.' : null,
      assigneeId: assignee,
      createdBy: pick(managers),
      influencerId: campaign || i < 0 ? null : roster.ids[i]!,
      campaignId: campaign?.id ?? null,
      dueAt: iso(dueAt),
      doneAt: isDone ? iso(dueAt - int(0, 2) * dayMs) : null,
      ...stamp(dueAt - int(3, 20) * dayMs),
    })
  }

  const notificationRows = staff.flatMap((s) =>
    Array.from({ length: int(4, 9) }, () => {
      const [type, title] = pick([
        ['follow_up_due', 'Follow-ups due today'],
        ['offer_accepted', 'An offer was accepted'],
        ['content_submitted', 'New content to review'],
        ['payment_released', 'A payment was released'],
        ['task_assigned', 'A task was assigned to you'],
      ] as const)
      const at = daysAgo(between(0, 14))
      return {
        id: newId(),
        orgId,
        userId: s.id,
        type,
        title,
        message: null,
        link: null,
        readAt: chance(0.6) ? iso(at + 3_600_000) : null,
        ...stamp(at),
      }
    }),
  )

  const snapshotRows = Array.from({ length: 6 }, (_, m) => {
    const at = daysAgo((5 - m) * 30)
    const started = campaigns.filter((c) => c.createdAt <= at)
    return {
      id: newId(),
      orgId,
      takenAt: iso(at),
      totalCampaigns: started.length,
      activeCampaigns: started.filter(
        (c) => c.start !== null && c.start <= at && (c.end ?? 0) >= at,
      ).length,
      totalBudget: started.reduce((n, c) => n + c.budget, 0),
      totalInfluencers: Math.round(size * (0.75 + m * 0.05)),
      partneredInfluencers: Math.round(
        roster.stage.filter((s) => s === PARTNERED).length * (0.7 + m * 0.06),
      ),
      totalRevenue: int(50, 400) * 100_000,
      totalExpenses: int(20, 200) * 100_000,
      currency: 'USD',
      metadata: null,
      ...stamp(at),
    }
  })
  return { taskRows, notificationRows, snapshotRows }
}
