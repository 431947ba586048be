import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { IconPlus, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import type { FinancialDocumentRow } from '#shared/contract/index'
import { crm } from '../../lib/crm.ts'
import { formatMoney } from '../../lib/money.ts'
import { useAction } from '../../lib/use-action.ts'
import { dayToIso, isoToDay } from '../campaigns/days.ts'
import { MoneyInput } from '../campaigns/MoneyInput.tsx'
import { completeLines, linesTotal, type DraftLine } from '../campaigns/page/financial-lines.ts'

let nextKey = 1
const draftOf = (line: FinancialDocumentRow['lineItems'][number]): DraftLine => ({
  key: nextKey++,
  ...line,
})
const blankLine = (): DraftLine => ({
  key: nextKey++,
  description: '',
  quantity: 1,
  unitPrice: null,
})

/**
 * The purchase order or invoice this document is the text of: its number (provisional until
 * the server assigns the final one), its lines and total, and when it is due.
 */
export function FinancialPanel({ financial }: { financial: FinancialDocumentRow }) {
  const [lines, setLines] = useState<DraftLine[]>(() =>
    financial.lineItems.length ? financial.lineItems.map(draftOf) : [blankLine()],
  )
  const [due, setDue] = useState<string | null>(isoToDay(financial.dueDate))
  const [saved, setSaved] = useState(false)
  const locked = financial.status !== 'pending'
  const items = completeLines(lines)
  const label = financial.type === 'po' ? 'Purchase order' : 'Invoice'

  const save = useAction(async () => {
    if (items.length === 0)
      throw new Error('Add at least one line with a description, quantity and price.')
    await crm('financialDocuments.update', {
      id: financial.id,
      patch: { ...(locked ? {} : { lineItems: items }), dueDate: due ? dayToIso(due) : null },
    })
    setSaved(true)
  })
  const setLine = (key: number, change: Partial<DraftLine>) => {
    setSaved(false)
    setLines((all) => all.map((line) => (line.key === key ? { ...line, ...change } : line)))
  }

  return (
    <Card withBorder padding="md" component="section" aria-label={label}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700}>{label}</Text>
          <Group gap={6} wrap="nowrap">
            <Text ff="monospace" size="sm" data-testid="financial-number">
              {financial.documentNumber}
            </Text>
            {financial.numberProvisional ? (
              <Tooltip label="Made on this device; the server assigns the final number when it syncs">
                <Badge size="sm" variant="outline" color="gray">
                  Provisional
                </Badge>
              </Tooltip>
            ) : null}
          </Group>
        </Group>
        {locked ? (
          <Text size="xs" c="dimmed">
            It is {financial.status}: its lines can no longer change.
          </Text>
        ) : null}
        <Stack gap="xs" role="group" aria-label="Line items">
          {lines.map((line, n) => (
            <Stack key={line.key} gap={4}>
              <Group gap={4} wrap="nowrap">
                <TextInput
                  aria-label={`Line ${n + 1} item`}
                  placeholder="2 reels"
                  style={{ flex: 1 }}
                  readOnly={locked}
                  value={line.description}
                  onChange={(e) => setLine(line.key, { description: e.currentTarget.value })}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="input-sm"
                  aria-label={`Remove line ${n + 1}`}
                  disabled={locked || lines.length === 1}
                  onClick={() => {
                    setSaved(false)
                    setLines((all) => all.filter((l) => l.key !== line.key))
                  }}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Group>
              <Group gap={4} wrap="nowrap">
                <NumberInput
                  aria-label={`Line ${n + 1} quantity`}
                  min={0}
                  w={90}
                  readOnly={locked}
                  value={line.quantity}
                  onChange={(quantity) => setLine(line.key, { quantity })}
                />
                <MoneyInput
                  aria-label={`Line ${n + 1} unit price`}
                  style={{ flex: 1 }}
                  readOnly={locked}
                  currency={financial.currency}
                  value={line.unitPrice}
                  onChange={(unitPrice) => setLine(line.key, { unitPrice })}
                />
              </Group>
            </Stack>
          ))}
          <Group justify="space-between">
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} />}
              disabled={locked}
              onClick={() => setLines((all) => [...all, blankLine()])}
            >
              Add line
            </Button>
            <Text fw={700} data-testid="financial-total">
              Total {formatMoney(linesTotal(items), financial.currency)}
            </Text>
          </Group>
        </Stack>
        <DatePickerInput
          label="Due"
          placeholder="No due date"
          clearable
          value={due}
          onChange={(value) => {
            setSaved(false)
            setDue(value)
          }}
          popoverProps={{ withinPortal: true }}
        />
        {save.error ? (
          <Alert color="red" role="alert">
            {save.error}
          </Alert>
        ) : null}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {saved ? 'Saved' : ''}
          </Text>
          <Button size="sm" loading={save.busy} onClick={() => void save.run()}>
            Save {label.toLowerCase()}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}
