const formatters = new Map<string, Intl.NumberFormat>()

function formatter(currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${currency}:${compact ? 'compact' : 'full'}`
  let format = formatters.get(key)
  if (!format) {
    try {
      format = new Intl.NumberFormat(undefined, {
        style: 'currency',
        currency,
        ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
      })
    } catch {
      // A code Intl does not know still reads as an amount, with the code beside it.
      format = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 })
    }
    formatters.set(key, format)
  }
  return format
}

/** Minor units per major unit: 100 for USD, 1 for JPY, 1000 for KWD. */
export const minorPerMajor = (currency: string): number =>
  10 ** (formatter(currency, false).resolvedOptions().maximumFractionDigits ?? 2)

/** Money is stored as whole minor units; people read it in its currency ("$12,500.00"). */
export function formatMoney(minor: number, currency: string, { compact = false } = {}): string {
  const format = formatter(currency, compact)
  const text = format.format(minor / minorPerMajor(currency))
  return format.resolvedOptions().style === 'currency' ? text : `${text} ${currency}`
}

/** Revenue over spend as a multiple ("3.25×"), or a dash while nothing was spent. */
export const formatRoi = (roi: number | null): string =>
  roi === null
    ? '—'
    : `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(roi)}×`

/** The currencies offered in forms (any other code a campaign already uses is kept). */
export const currencies = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'SEK', 'NOK', 'DKK'] as const
