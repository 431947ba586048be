import { Anchor, Badge, Button, EmptyState, Table, Text } from '@mantine/core'
import { IconFileInvoice, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'react-router'
import type { CampaignDetail, FinancialDocumentRow } from '#shared/contract/index'
import { financialDocumentTransitions } from '#shared/domain/status-machines'
import { crm } from '../../../lib/crm.ts'
import { formatDay } from '../days.ts'
import { formatMoney } from '../../../lib/money.ts'
import { StatusBadge } from '../StatusBadge.tsx'
import { useRun } from '../use-run.ts'
import { NewFinancialDocModal } from './NewFinancialDocModal.tsx'
import { SectionCard } from './SectionCard.tsx'
import { TransitionMenu } from './TransitionMenu.tsx'

const typeLabel: Record<FinancialDocumentRow['type'], string> = {
  po: 'Purchase order',
  invoice: 'Invoice',
  form: 'Form',
}

/** Purchase orders, invoices and forms of the campaign, through approval to paid. */
export function FinancialDocsCard({ campaign }: { campaign: CampaignDetail }) {
  const [creating, setCreating] = useState(false)
  const action = useRun()
  const docs = campaign.financialDocuments
  return (
    <SectionCard
      title="Financial documents"
      count={docs.length}
      error={action.error}
      onDismissError={action.clearError}
      action={
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
          New PO or invoice
        </Button>
      }
    >
      {docs.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconFileInvoice />}
          title="No purchase orders or invoices"
          description="Create a PO or an invoice with its line items; it gets its final number when it syncs."
        />
      ) : (
        <Table aria-label="Financial documents" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Number</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th>Issued</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {docs.map((doc) => (
              <Table.Tr key={doc.id}>
                <Table.Td>
                  {doc.documentId ? (
                    <Anchor
                      component={Link}
                      to={`/documents/${doc.documentId}`}
                      size="sm"
                      ff="monospace"
                      title="Open its text in the document editor"
                    >
                      {doc.documentNumber}
                    </Anchor>
                  ) : (
                    <Text size="sm" ff="monospace">
                      {doc.documentNumber}
                    </Text>
                  )}
                  {doc.numberProvisional ? (
                    <Badge
                      size="xs"
                      variant="outline"
                      color="gray"
                      title="The server gives the final number when this syncs"
                    >
                      provisional
                    </Badge>
                  ) : null}
                  {doc.description ? (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {doc.description}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{typeLabel[doc.type]}</Table.Td>
                <Table.Td ta="right">{formatMoney(doc.amount, doc.currency)}</Table.Td>
                <Table.Td>{formatDay(doc.issueDate)}</Table.Td>
                <Table.Td>{formatDay(doc.dueDate)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={doc.status} />
                </Table.Td>
                <Table.Td ta="right">
                  <TransitionMenu
                    label={`Change the status of ${doc.documentNumber}`}
                    next={financialDocumentTransitions[doc.status]}
                    busy={action.busy === doc.id}
                    onMove={(status) =>
                      void action.run(doc.id, () =>
                        crm('financialDocuments.setStatus', {
                          id: doc.id,
                          status: status as FinancialDocumentRow['status'],
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
      <NewFinancialDocModal
        campaign={campaign}
        opened={creating}
        onClose={() => setCreating(false)}
      />
    </SectionCard>
  )
}
