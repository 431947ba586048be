import { Alert, Anchor, Button, Group, Progress, Stack, Table, Text } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { SyncAccount, SyncStatus } from '#shared/contract/index'
import { crm } from '../../lib/crm.ts'
import { formatCount } from '../../lib/format.ts'
import { useAction } from '../../lib/use-action.ts'
import { bootstrapPercent, bootstrapText, describeSync, isProblem } from '../../lib/sync-words.ts'
import { SignInForm } from './SignInForm.tsx'
import { SignOutButton } from './SignOutButton.tsx'

/** A signed-in account: who, where, how sync is going, and the ways to act on it. */
export function SyncAccountDetails({
  status,
  account,
  onSynced,
}: {
  status: SyncStatus
  account: SyncAccount
  onSynced: () => void
}) {
  const summary = describeSync(status)
  const syncNow = useAction(async () => {
    await crm('sync.now', {})
    onSynced()
  })

  return (
    <Stack>
      <Table variant="vertical" withTableBorder={false} layout="fixed" aria-label="Sync account">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={160}>Signed in as</Table.Th>
            <Table.Td>
              {account.name ? `${account.name} (${account.email})` : account.email}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Server</Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{account.serverUrl}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>State</Table.Th>
            <Table.Td data-testid="sync-state">{summary.short}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Waiting to send</Table.Th>
            <Table.Td data-testid="sync-pending">{formatCount(status.pending)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Conflicts</Table.Th>
            <Table.Td data-testid="sync-conflict-count">
              {formatCount(status.conflicts)}{' '}
              <Anchor component={Link} to="/conflicts" size="sm" ml="xs">
                Open the conflict inbox
              </Anchor>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>

      {status.state === 'bootstrapping' ? (
        <Stack gap={4}>
          <Progress
            value={bootstrapPercent(status.bootstrap)}
            aria-label="Downloading your workspace"
          />
          <Text size="sm">{bootstrapText(status.bootstrap)}</Text>
        </Stack>
      ) : isProblem(status.state) ? (
        <Alert color={summary.color} title={summary.short}>
          {summary.detail}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {summary.detail}
        </Text>
      )}

      {status.state === 'signed-in-again-needed' ? (
        <SignInForm initial={{ serverUrl: account.serverUrl, email: account.email }} />
      ) : null}

      {syncNow.error ? (
        <Alert color="red" role="alert" title="Could not sync now">
          {syncNow.error}
        </Alert>
      ) : null}
      <Group>
        {status.state !== 'signed-in-again-needed' ? (
          <Button
            leftSection={<IconRefresh size={16} />}
            loading={syncNow.busy}
            disabled={status.state === 'outdated'}
            onClick={() => void syncNow.run()}
          >
            Sync now
          </Button>
        ) : null}
        <SignOutButton pending={status.pending} />
      </Group>
    </Stack>
  )
}
