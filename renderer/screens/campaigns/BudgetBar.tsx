import { Progress } from '@mantine/core'
import type { BudgetSummary } from '#shared/contract/index'
import { budgetFigures } from './budget-figures.ts'
import { formatMoney } from '../../lib/money.ts'

/** Paid, then promised on top, against the budget; what runs over it is red. */
export function BudgetBar({ summary, size = 'md' }: { summary: BudgetSummary; size?: string }) {
  const figures = budgetFigures(summary)
  const money = (n: number) => formatMoney(n, summary.currency)
  const label =
    `${money(summary.paid)} paid and ${money(summary.committed)} committed ` +
    `of ${money(summary.budget)}` +
    (figures.over > 0 ? `, ${money(figures.over)} over budget` : '')
  return (
    <Progress.Root size={size} aria-label={label} title={label} role="img">
      <Progress.Section value={figures.paidPercent} color="teal" withAria={false} />
      <Progress.Section value={figures.promisedPercent} color="violet" withAria={false} />
      <Progress.Section value={figures.overPercent} color="red" withAria={false} />
    </Progress.Root>
  )
}
