import { formatCount } from '../../../lib/format.ts'
import { formatMoney } from '../../../lib/money.ts'
import { sentence } from './words.ts'

export interface Line {
  label: string
  value: string
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Rates are minor units of the card's own currency ({ currency: 'USD', post: 150000 }). */
export function rateCardLines(card: Record<string, unknown>): Line[] {
  const currency = typeof card.currency === 'string' ? card.currency : null
  return Object.entries(card)
    .filter(([key]) => key !== 'currency')
    .map(([key, value]) => ({
      label: sentence(key),
      value:
        typeof value === 'number'
          ? currency
            ? formatMoney(value, currency)
            : formatCount(value)
          : plain(value),
    }))
}

/**
 * Audience figures are shares of the audience in percent ({ gender: { female: 70 },
 * ageBands: { '18-24': 30 }, topCountries: ['ES', 'US'] }), whatever tool filled them in.
 */
export function demographicLines(demographics: Record<string, unknown>): Line[] {
  return Object.entries(demographics).map(([key, value]) => ({
    label: sentence(key),
    value: isRecord(value)
      ? Object.entries(value)
          .map(([part, share]) => `${/\d/.test(part) ? part : sentence(part)} ${percent(share)}`)
          .join(' · ')
      : typeof value === 'number'
        ? percent(value)
        : plain(value),
  }))
}

const percent = (v: unknown) => (typeof v === 'number' ? `${v}%` : plain(v))

function plain(value: unknown): string {
  if (Array.isArray(value)) return value.map(plain).join(', ')
  if (value === null || value === undefined) return '—'
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value)
  return JSON.stringify(value) ?? '—'
}
