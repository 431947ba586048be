import type { BudgetSummary } from '#shared/contract/index'

export interface BudgetFigures {
  /** Shares of the bar, 0–100: paid within the budget, then promised within it, then beyond it. */
  paidPercent: number
  promisedPercent: number
  overPercent: number
  /** Money promised or paid beyond the budget; 0 when within it. */
  over: number
  /** What is promised or paid, whichever is larger: paid money was promised first. */
  spent: number
}

/**
 * How much of the budget is gone, as the bar draws it. The bar is as long as the budget,
 * or as what is spent when that is more, so money over the budget shows as its own part.
 */
export function budgetFigures(summary: BudgetSummary): BudgetFigures {
  const spent = Math.max(summary.committed, summary.paid)
  const over = Math.max(0, spent - summary.budget)
  const scale = Math.max(summary.budget, spent)
  if (scale <= 0) return { paidPercent: 0, promisedPercent: 0, overPercent: 0, over, spent }
  const paidWithin = Math.min(summary.paid, summary.budget)
  const spentWithin = Math.min(spent, summary.budget)
  const percent = (n: number) => (n / scale) * 100
  return {
    paidPercent: percent(paidWithin),
    promisedPercent: percent(spentWithin - paidWithin),
    overPercent: percent(over),
    over,
    spent,
  }
}
