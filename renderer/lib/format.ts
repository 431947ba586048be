const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 })
const whole = new Intl.NumberFormat()

/** 1234567 -> "1.2M": follower counts read at a glance. */
export const formatCompact = (n: number): string => compact.format(n)
export const formatCount = (n: number): string => whole.format(n)

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })

/** An ISO timestamp as people read it; today's times drop the date they already know. */
export function formatWhen(iso: string, now = new Date()): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toDateString() === now.toDateString()
    ? `today at ${timeOnly.format(date)}`
    : dateTime.format(date)
}

/** "1 change", "3 changes": counts read as words, not as "3 change(s)". */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${formatCount(n)} ${n === 1 ? one : many}`
