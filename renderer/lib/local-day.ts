/**
 * The user's own day as UTC instants. "Due today" means today where the user sits, which
 * main cannot know: the renderer names the day and main compares against it.
 */
export function localDay(now = new Date()): { dayStart: string; dayEnd: string } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate())
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1)
  return { dayStart: start.toISOString(), dayEnd: new Date(end.getTime() - 1).toISOString() }
}

/** A picker's local "YYYY-MM-DD HH:mm:ss" as the UTC instant the contract stores. */
export function pickerToIso(value: string | null): string | null {
  if (!value) return null
  const date = new Date(value.replace(' ', 'T'))
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** A stored UTC instant as the picker's local "YYYY-MM-DD HH:mm:ss". */
export function isoToPicker(iso: string | null | undefined): string | null {
  if (!iso) return null
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return null
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
}
