/** How a follow-up date reads on a card: late, today, or coming. */
export type FollowUpState = 'overdue' | 'today' | 'upcoming'

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate())

/** Judged by the user's own calendar day: a follow-up at 9:00 today is due today, not late. */
export function followUpState(iso: string, now = new Date()): FollowUpState {
  const due = startOfDay(new Date(iso)).getTime()
  const today = startOfDay(now).getTime()
  return due < today ? 'overdue' : due === today ? 'today' : 'upcoming'
}

const sameYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })
const otherYear = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
})

/** "3 Dec", or "3 Dec 2027" outside this year: a card has room for little. */
export function shortDate(iso: string, now = new Date()): string {
  const d = new Date(iso)
  return (d.getFullYear() === now.getFullYear() ? sameYear : otherYear).format(d)
}

/**
 * A picked calendar day ("2026-12-03") as the instant stored: 9:00 that day where the user
 * is, the hour a follow-up snoozed on the Today list comes back too.
 */
export function dayToFollowUp(day: string): string {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number)
  return new Date(y, m - 1, d, 9).toISOString()
}

/** The stored instant as the picker's calendar day, in the user's time zone. */
export function followUpToDay(iso: string | null): string | null {
  if (!iso) return null
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return null
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

/** A day `n` days after today, as the picker writes days. */
export function dayFromToday(n: number, now = new Date()): string {
  return followUpToDay(
    new Date(now.getFullYear(), now.getMonth(), now.getDate() + n, 12).toISOString(),
  )!
}
