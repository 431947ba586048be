import { Alert, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { BudgetSummary } from '#shared/contract/index'
import { budgetFigures } from '../budget-figures.ts'
import { BudgetBar } from '../BudgetBar.tsx'
import { formatMoney } from '../../../lib/money.ts'

function Figure({
  label,
  value,
  hint,
  color,
}: {
  label: string
  value: string
  hint: string
  color?: string
}) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="lg" fw={700} c={color} data-testid={`budget-${label.toLowerCase()}`}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </div>
  )
}

/** The budget against what accepted offers promise and payments have paid. */
export function BudgetCard({ summary }: { summary: BudgetSummary }) {
  const money = (n: number) => formatMoney(n, summary.currency)
  const { over } = budgetFigures(summary)
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Budget">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            Budget
          </Title>
          <Text size="xs" c="dimmed">
            {summary.currency}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="sm">
          <Figure label="Budget" value={money(summary.budget)} hint="planned spend" />
          <Figure label="Committed" value={money(summary.committed)} hint="accepted offers" />
          <Figure label="Paid" value={money(summary.paid)} hint="captured or released" />
          <Figure
            label="Remaining"
            value={money(summary.remaining)}
            hint="budget less committed"
            {...(summary.remaining < 0 ? { color: 'red' } : {})}
          />
        </SimpleGrid>
        <BudgetBar summary={summary} />
        <Group gap="md">
          <Legend color="teal" label="Paid" />
          <Legend color="violet" label="Committed, not yet paid" />
          {over > 0 ? <Legend color="red" label="Over budget" /> : null}
        </Group>
        {over > 0 ? (
          <Alert color="red" variant="light" p="xs">
            {summary.budget === 0
              ? `No budget is set, and ${money(over)} is already committed. Set the budget with “Edit”.`
              : `Committed spend is ${money(over)} over the budget.`}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  )
}

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6}>
      <span
        aria-hidden
        style={{
          width: 10,
          height: 10,
          borderRadius: 2,
          background: `var(--mantine-color-${color}-6)`,
        }}
      />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  )
}
