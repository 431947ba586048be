import { Badge } from '@mantine/core'
import { followUpState, shortDate } from './follow-up.ts'

const looks = {
  overdue: { color: 'red', words: (d: string) => `Overdue · ${d}` },
  today: { color: 'orange', words: () => 'Follow up today' },
  upcoming: { color: 'gray', words: (d: string) => `Follow up ${d}` },
} as const

/** The next follow-up, red when late and orange when due today, so due work stands out. */
export function FollowUpBadge({ date }: { date: string | null }) {
  if (!date) return null
  const state = followUpState(date)
  const look = looks[state]
  return (
    <Badge
      size="sm"
      variant={state === 'upcoming' ? 'default' : 'light'}
      color={look.color}
      tt="none"
      data-state={state}
    >
      {look.words(shortDate(date))}
    </Badge>
  )
}
