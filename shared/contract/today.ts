import { z } from 'zod'
import { IsoTime } from './common.ts'
import { TaskRow } from './tasks.ts'

export const FollowUp = z.object({
  relationshipId: z.string(),
  influencerId: z.string(),
  name: z.string(),
  followUpDate: z.string(),
  ownerName: z.string().nullable(),
  /** Before the start of the caller's day: it was missed, not just due. */
  overdue: z.boolean(),
})
export type FollowUp = z.infer<typeof FollowUp>

export const AgendaTask = TaskRow.extend({
  influencerName: z.string().nullable(),
  overdue: z.boolean(),
})
export type AgendaTask = z.infer<typeof AgendaTask>

export const todayChannels = {
  /**
   * What needs doing by the end of the caller's day: follow-ups from the pipeline and
   * open tasks. The caller names its local day, because main and renderer may disagree.
   */
  'today.agenda': {
    input: z.object({ dayStart: IsoTime, dayEnd: IsoTime }).refine((d) => d.dayStart <= d.dayEnd, {
      message: 'The day ends before it starts',
      path: ['dayEnd'],
    }),
    output: z.object({ followUps: z.array(FollowUp), tasks: z.array(AgendaTask) }),
  },
} as const
