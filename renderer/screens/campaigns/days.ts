/**
 * Campaign dates are days. They travel as UTC midnight (2026-12-01T00:00:00.000Z) and
 * are shown in UTC too, so a day never slips to its neighbour in another time zone.
 */
export const dayToIso = (day: string): string => `${day.slice(0, 10)}T00:00:00.000Z`

/** "2026-12-01T09:30:00.000Z" -> "2026-12-01", the value Mantine's date inputs hold. */
export const isoToDay = (iso: string | null | undefined): string | null =>
  iso ? iso.slice(0, 10) : null

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' })
const shortFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
})

export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '—'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : dayFormat.format(date)
}

export const formatShortDay = (iso: string): string => shortFormat.format(new Date(iso))

/** "Dec 1, 2026 – Jan 31, 2027", or what is known of it. */
export function formatSpan(start: string | null, end: string | null): string {
  if (!start && !end) return 'No dates yet'
  if (!end) return `From ${formatDay(start)}`
  if (!start) return `Until ${formatDay(end)}`
  return `${formatDay(start)} – ${formatDay(end)}`
}
