import { ActionIcon, Button, EmptyState, NativeSelect, Table, Text } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { IconChecklist, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import {
  deliverableStatuses,
  type CampaignDetail,
  type DeliverableRow,
} from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { offerUndo } from '../../../lib/undo.tsx'
import { humanize } from '../campaign-words.ts'
import { dayToIso, isoToDay } from '../days.ts'
import { useRun } from '../use-run.ts'
import { DeliverableModal } from './DeliverableModal.tsx'
import { SectionCard } from './SectionCard.tsx'

const statusOptions = deliverableStatuses.map((s) => ({ value: s, label: humanize(s) }))

/** What content is due, from whom, by when; status and due date change in the row. */
export function DeliverablesCard({ campaign }: { campaign: CampaignDetail }) {
  const [adding, setAdding] = useState(false)
  const action = useRun()
  const names = new Map(campaign.influencers.map((i) => [i.id, i.influencerName]))
  const patch = (
    row: DeliverableRow,
    change: { status?: DeliverableRow['status']; dueDate?: string | null },
  ) => void action.run(row.id, () => crm('deliverables.update', { id: row.id, patch: change }))
  const remove = (row: DeliverableRow) =>
    void action.run(row.id, async () => {
      await crm('deliverables.delete', { id: row.id })
      offerUndo(`Deleted the ${humanize(row.type).toLowerCase()} deliverable`, () =>
        crm('deliverables.restore', { id: row.id }),
      )
    })
  const rows = campaign.deliverables

  return (
    <SectionCard
      title="Deliverables"
      count={rows.length}
      error={action.error}
      onDismissError={action.clearError}
      action={
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
          Add deliverable
        </Button>
      }
    >
      {rows.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconChecklist />}
          title="No deliverables planned"
          description="Add the posts, reels and videos the campaign needs, with who makes them and when they are due."
        />
      ) : (
        <Table aria-label="Deliverables" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>What</Table.Th>
              <Table.Th>From</Table.Th>
              <Table.Th w={170}>Due</Table.Th>
              <Table.Th w={160}>Status</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const what = `${row.count} × ${humanize(row.type).toLowerCase()}`
              return (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {what}
                    </Text>
                    {row.instructions ? (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {row.instructions}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {row.campaignInfluencerId
                        ? (names.get(row.campaignInfluencerId) ?? '—')
                        : 'Anyone'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <DatePickerInput
                      size="xs"
                      aria-label={`Due date of ${what}`}
                      placeholder="No date"
                      clearable
                      value={isoToDay(row.dueDate)}
                      onChange={(day) => patch(row, { dueDate: day ? dayToIso(day) : null })}
                      popoverProps={{ withinPortal: true }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      size="xs"
                      aria-label={`Status of ${what}`}
                      data={statusOptions}
                      value={row.status}
                      disabled={action.busy === row.id}
                      onChange={(e) => {
                        const next = deliverableStatuses.find((s) => s === e.currentTarget.value)
                        if (next) patch(row, { status: next })
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Delete ${what}`}
                      onClick={() => remove(row)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
      <DeliverableModal campaign={campaign} opened={adding} onClose={() => setAdding(false)} />
    </SectionCard>
  )
}
