import type { MantineColor } from '@mantine/core'

/** "content_submitted" -> "Content submitted": stored values as words. */
export const humanize = (value: string): string =>
  (value[0] ?? '').toUpperCase() + value.slice(1).replaceAll('_', ' ')

/** One colour per status word, whichever machine it belongs to, so the screens agree. */
const colors: Record<string, MantineColor> = {
  draft: 'gray',
  planned: 'blue',
  active: 'green',
  paused: 'yellow',
  completed: 'teal',
  cancelled: 'red',
  invited: 'cyan',
  accepted: 'green',
  contracted: 'indigo',
  content_submitted: 'grape',
  approved: 'teal',
  published: 'violet',
  paid: 'teal',
  declined: 'red',
  pending: 'gray',
  in_progress: 'blue',
  submitted: 'grape',
  rejected: 'red',
  counter: 'orange',
  expired: 'gray',
  signed: 'indigo',
  disputed: 'orange',
  terminated: 'red',
  authorized: 'blue',
  captured: 'green',
  released: 'teal',
  failed: 'red',
  refunded: 'orange',
}

export const statusColor = (status: string): MantineColor => colors[status] ?? 'gray'

/** What moving an offer to a status is called on its button. */
export const offerActionLabel: Record<string, string> = {
  accepted: 'Accept',
  rejected: 'Reject',
  counter: 'Counter',
  expired: 'Mark expired',
  completed: 'Mark completed',
}
