import { Button, EmptyState, Table, Text } from '@mantine/core'
import { IconCash, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import type { CampaignDetail, CampaignPaymentRow } from '#shared/contract/index'
import { paymentTransitions } from '#shared/domain/status-machines'
import { crm } from '../../../lib/crm.ts'
import { humanize } from '../campaign-words.ts'
import { formatDay } from '../days.ts'
import { formatMoney } from '../../../lib/money.ts'
import { StatusBadge } from '../StatusBadge.tsx'
import { useRun } from '../use-run.ts'
import { RecordPaymentModal } from './RecordPaymentModal.tsx'
import { SectionCard } from './SectionCard.tsx'
import { TransitionMenu } from './TransitionMenu.tsx'

/** The payment ledger: captured and released payments count as paid against the budget. */
export function PaymentsCard({ campaign }: { campaign: CampaignDetail }) {
  const [recording, setRecording] = useState(false)
  const action = useRun()
  return (
    <SectionCard
      title="Payments"
      count={campaign.payments.length}
      error={action.error}
      onDismissError={action.clearError}
      action={
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setRecording(true)}>
          Record payment
        </Button>
      }
    >
      {campaign.payments.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconCash />}
          title="No payments recorded"
          description="Record what you pay influencers; captured payments count as paid in the budget."
        />
      ) : (
        <Table aria-label="Payments" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Paid to</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th>Method</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Paid on</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {campaign.payments.map((payment) => (
              <Table.Tr key={payment.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {payment.influencerName}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatMoney(payment.amount, payment.currency)}</Table.Td>
                <Table.Td>{payment.paymentMethod ? humanize(payment.paymentMethod) : '—'}</Table.Td>
                <Table.Td>
                  <StatusBadge status={payment.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {payment.paidAt ? formatDay(payment.paidAt) : 'Not yet'}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <TransitionMenu
                    label={`Change the status of the payment to ${payment.influencerName}`}
                    next={paymentTransitions[payment.status]}
                    busy={action.busy === payment.id}
                    onMove={(status) =>
                      void action.run(payment.id, () =>
                        crm('payments.setStatus', {
                          id: payment.id,
                          status: status as CampaignPaymentRow['status'],
                        }),
                      )
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <RecordPaymentModal
        campaign={campaign}
        opened={recording}
        onClose={() => setRecording(false)}
      />
    </SectionCard>
  )
}
