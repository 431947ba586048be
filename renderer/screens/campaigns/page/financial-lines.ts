import type { LineItem } from '#shared/contract/index'

/** A line as the form holds it: blanks allowed while typing. */
export interface DraftLine {
  key: number
  description: string
  quantity: number | string
  /** Minor units per unit. */
  unitPrice: number | null
}

/** The lines worth sending: described, with a positive quantity and a price. */
export function completeLines(lines: DraftLine[]): LineItem[] {
  return lines.flatMap((line) => {
    const quantity = Number(line.quantity)
    const description = line.description.trim()
    return description && quantity > 0 && line.unitPrice !== null
      ? [{ description, quantity, unitPrice: line.unitPrice }]
      : []
  })
}

/** What main will total: each line's quantity times its price, rounded once at the end. */
export const linesTotal = (lines: LineItem[]): number =>
  Math.round(lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0))
