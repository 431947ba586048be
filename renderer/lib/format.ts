const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 })
const whole = new Intl.NumberFormat()

/** 1234567 -> "1.2M": follower counts read at a glance. */
export const formatCompact = (n: number): string => compact.format(n)
export const formatCount = (n: number): string => whole.format(n)
