import {
  ActionIcon,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { IconPlus, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import type { CampaignDetail, FinancialDocumentRow } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { dayToIso } from '../days.ts'
import { formatMoney } from '../../../lib/money.ts'
import { MoneyInput } from '../MoneyInput.tsx'
import { useRun } from '../use-run.ts'
import { completeLines, linesTotal, type DraftLine } from './financial-lines.ts'
import { DialogActions } from '../../../components/DialogActions.tsx'

let nextKey = 1
const blankLine = (): DraftLine => ({
  key: nextKey++,
  description: '',
  quantity: 1,
  unitPrice: null,
})

/** A purchase order or invoice with its lines; its final number comes from the server. */
export function NewFinancialDocModal({
  campaign,
  opened,
  onClose,
}: {
  campaign: CampaignDetail
  opened: boolean
  onClose: () => void
}) {
  const [type, setType] = useState<FinancialDocumentRow['type']>('po')
  const [lines, setLines] = useState<DraftLine[]>(() => [blankLine()])
  const [due, setDue] = useState<string | null>(null)
  const [description, setDescription] = useState('')
  const currency = campaign.budget.currency
  const items = completeLines(lines)
  const save = useRun()
  const setLine = (key: number, change: Partial<DraftLine>) => {
    setLines((all) => all.map((line) => (line.key === key ? { ...line, ...change } : line)))
    // The complaint was about the lines; once they change it no longer holds.
    save.clearError()
  }

  const close = () => {
    setLines([blankLine()])
    setDue(null)
    setDescription('')
    onClose()
  }
  const create = () =>
    void save.run('create', async () => {
      if (items.length === 0)
        throw new Error('Add at least one line with a description, quantity and price.')
      await crm('financialDocuments.create', {
        type,
        campaignId: campaign.id,
        currency,
        lineItems: items,
        dueDate: due ? dayToIso(due) : null,
        description: description.trim() || null,
      })
      close()
    })

  return (
    <Modal opened={opened} onClose={close} title="New financial document" size="xl">
      <Stack>
        <SegmentedControl
          value={type}
          onChange={(value) => setType(value)}
          data={[
            { value: 'po', label: 'Purchase order' },
            { value: 'invoice', label: 'Invoice' },
          ]}
          w="fit-content"
        />
        <TextInput
          label="Description"
          placeholder="What the document is for"
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <Stack gap="xs" role="group" aria-label="Line items">
          {lines.map((line, n) => (
            <Group key={line.key} gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label={n === 0 ? 'Item' : undefined}
                aria-label={`Line ${n + 1} item`}
                placeholder="2 reels"
                style={{ flex: 1 }}
                value={line.description}
                onChange={(e) => setLine(line.key, { description: e.currentTarget.value })}
              />
              <NumberInput
                label={n === 0 ? 'Quantity' : undefined}
                aria-label={`Line ${n + 1} quantity`}
                min={0}
                w={100}
                value={line.quantity}
                onChange={(value) => setLine(line.key, { quantity: value })}
              />
              <MoneyInput
                label={n === 0 ? 'Unit price' : undefined}
                aria-label={`Line ${n + 1} unit price`}
                w={160}
                currency={currency}
                value={line.unitPrice}
                onChange={(unitPrice) => setLine(line.key, { unitPrice })}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="input-sm"
                aria-label={`Remove line ${n + 1}`}
                disabled={lines.length === 1}
                onClick={() => setLines((all) => all.filter((l) => l.key !== line.key))}
              >
                <IconX size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group justify="space-between">
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => setLines((all) => [...all, blankLine()])}
            >
              Add line
            </Button>
            <Text fw={600} data-testid="financial-total">
              Total {formatMoney(linesTotal(items), currency)}
            </Text>
          </Group>
        </Stack>
        <DatePickerInput
          label="Due"
          placeholder="No due date"
          clearable
          w={220}
          value={due}
          onChange={setDue}
          popoverProps={{ withinPortal: true }}
        />
        <DialogActions
          error={save.error}
          busy={save.busy !== null}
          onCancel={close}
          onSubmit={create}
        >
          Create {type === 'po' ? 'purchase order' : 'invoice'}
        </DialogActions>
      </Stack>
    </Modal>
  )
}
