import { z } from 'zod'
import { crudChannels, Id, IsoTime } from './common.ts'

export const TaskRow = z.object({
  id: z.string(),
  title: z.string(),
  notes: z.string().nullable(),
  assigneeId: z.string().nullable(),
  influencerId: z.string().nullable(),
  campaignId: z.string().nullable(),
  dueAt: z.string().nullable(),
  doneAt: z.string().nullable(),
})

const taskFields = {
  title: z.string().trim().min(1, 'A task needs a title').max(300),
  notes: z.string().max(20_000).nullish(),
  assigneeId: Id.nullish(),
  influencerId: Id.nullish(),
  campaignId: Id.nullish(),
  dueAt: IsoTime.nullish(),
}

export const taskChannels = {
  'tasks.list': {
    input: z.object({
      assigneeId: Id.optional(),
      influencerId: Id.optional(),
      campaignId: Id.optional(),
      /** "today" is due before the end of today (local day given by the caller), not done. */
      due: z.enum(['all', 'today', 'overdue', 'upcoming']).default('all'),
      dayEnd: IsoTime.optional(),
      includeDone: z.boolean().default(false),
    }),
    output: z.array(TaskRow),
  },
  ...crudChannels('tasks', taskFields, taskFields, TaskRow),
  'tasks.complete': { input: z.object({ id: Id, done: z.boolean() }), output: TaskRow },
} as const
