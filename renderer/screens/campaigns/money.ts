const formatters = new Map<string, Intl.NumberFormat>()

/** Money is stored as whole minor units (cents); people read it in their currency. */
export function formatMoney(minor: number, currency: string): string {
  let format = formatters.get(currency)
  if (!format) {
    try {
      format = new Intl.NumberFormat(undefined, { style: 'currency', currency })
    } catch {
      // A code Intl does not know still reads as an amount with its code beside it.
      format = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2 })
    }
    formatters.set(currency, format)
  }
  return format.resolvedOptions().style === 'currency'
    ? format.format(minor / 100)
    : `${format.format(minor / 100)} ${currency}`
}

/** What a user typed (4,000.50) as the minor units main stores (400050). */
export const toMinor = (major: number): number => Math.round(major * 100)

/** Stored minor units as the number an input shows. */
export const toMajor = (minor: number): number => minor / 100

/** The currencies offered in forms: the ones whose minor unit is a hundredth. */
export const currencies = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'SEK', 'NOK', 'DKK'] as const
