/**
 * The first instant of this week where the user sits (Monday 00:00 local, as the date
 * pickers count weeks), as the UTC instant main buckets interactions from.
 */
export function localWeekStart(now = new Date()): string {
  const sinceMonday = (now.getDay() + 6) % 7
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - sinceMonday).toISOString()
}

const dayMonth = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' })

/** A week's first instant as its local day ("Nov 23"). */
export const weekLabel = (iso: string): string => dayMonth.format(new Date(iso))
