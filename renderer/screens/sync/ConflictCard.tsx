import { Alert, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useId } from 'react'
import type { ConflictRow } from '#shared/contract/index'
import { ConfirmModal } from '../../components/ConfirmModal.tsx'
import { crm } from '../../lib/crm.ts'
import { formatWhen } from '../../lib/format.ts'
import { useAction } from '../../lib/use-action.ts'
import { opNoun, opText, reasonText, recordName, tableText, valueText } from './conflict-words.ts'
import { EditConflictModal } from './EditConflictModal.tsx'

/**
 * One refused change and the three things a user can do with it. Once main takes the
 * decision the row leaves the inbox on the next read, so success needs no message here;
 * the screen announces it.
 */
export function ConflictCard({
  row,
  onDone,
}: {
  row: ConflictRow
  onDone: (message: string) => void
}) {
  const titleId = useId()
  const name = recordName(row)
  const columns = Object.entries(row.changes)
  const [editing, edit] = useDisclosure(false)
  const [discarding, discard] = useDisclosure(false)
  const retry = useAction(async () => {
    await crm('sync.retryConflict', { mutationId: row.mutationId })
    onDone(`Sent again: ${name}.`)
  })
  const confirmDiscard = useAction(async () => {
    await crm('sync.discardConflict', { mutationId: row.mutationId })
    discard.close()
    onDone(`Discarded the change to ${name}.`)
  })

  return (
    <Card withBorder component="article" aria-labelledby={titleId} data-testid="conflict">
      <Stack gap="xs">
        <div>
          <Group gap="xs">
            <Text fw={600} id={titleId}>
              {name}
            </Text>
            <Badge variant="light" color="gray">
              {opText(row.op)}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {row.label ? `${tableText(row.tableName)} · ` : ''}made {formatWhen(row.madeAt)},
            refused {formatWhen(row.rejectedAt)}
          </Text>
        </div>
        <Text size="sm" fw={500}>
          {reasonText(row.reason)}
        </Text>
        {row.message ? (
          <Text size="sm" c="dimmed">
            The server said: {row.message}
          </Text>
        ) : null}
        {columns.length > 0 ? (
          <Table withTableBorder layout="fixed" aria-label={`Changes to ${name}`}>
            <Table.Tbody>
              {columns.map(([column, value]) => (
                <Table.Tr key={column}>
                  <Table.Th w={180}>{column}</Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{valueText(value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {retry.error ? (
          <Alert color="red" role="alert">
            {retry.error}
          </Alert>
        ) : null}
        <Group gap="xs">
          <Button size="xs" loading={retry.busy} onClick={() => void retry.run()}>
            {row.reason === 'deleted' ? 'Restore and retry' : 'Retry'}
          </Button>
          {columns.length > 0 ? (
            <Button size="xs" variant="light" onClick={edit.open}>
              Edit and retry
            </Button>
          ) : null}
          <Button size="xs" variant="subtle" color="red" onClick={discard.open}>
            Discard
          </Button>
        </Group>
      </Stack>
      {/* Mounted only while open, so each opening starts from the refused values. */}
      {editing ? (
        <EditConflictModal
          row={row}
          onClose={edit.close}
          onSent={() => {
            edit.close()
            onDone(`Sent again with your edits: ${name}.`)
          }}
        />
      ) : null}
      <ConfirmModal
        opened={discarding}
        title="Discard this change?"
        confirmLabel="Discard"
        cancelLabel="Keep it"
        busy={confirmDiscard.busy}
        error={confirmDiscard.error}
        onConfirm={() => void confirmDiscard.run()}
        onClose={discard.close}
      >
        <Text size="sm">
          This change will be lost for good: the {opNoun(row.op)} of {name} will never reach the
          server.
        </Text>
      </ConfirmModal>
    </Card>
  )
}
