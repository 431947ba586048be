/**
 * Date pickers speak local days ("2026-11-26"); the contract stores UTC instants. A
 * follow-up lands in the morning of its day, a task is due by the end of it.
 */
export const morning = { hours: 9, minutes: 0 }
export const endOfDay = { hours: 23, minutes: 59 }

export function dayToIso(
  day: string | null,
  at: { hours: number; minutes: number },
): string | null {
  if (!day) return null
  const [y, m, d] = day.slice(0, 10).split('-').map(Number)
  if (!y || !m || !d) return null
  return new Date(y, m - 1, d, at.hours, at.minutes).toISOString()
}

export function isoToDay(iso: string | null | undefined): string | null {
  if (!iso) return null
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  const p = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`
}

/** The local day `days` from today, as a picker value. */
export function dayFromToday(days: number, now = new Date()): string {
  return isoToDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days).toISOString())!
}
