import { Alert, Anchor, Button, Group, Progress, Stack, Table, Text } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'react-router'
import type { SyncAccount, SyncStatus } from '#shared/contract/index'
import { crm } from '../../lib/crm.ts'
import { errorText } from '../../lib/error-text.ts'
import { formatCount } from '../../lib/format.ts'
import { bootstrapPercent, bootstrapText, describeSync } from '../../lib/sync-words.ts'
import { SignInForm } from './SignInForm.tsx'
import { SignOutButton } from './SignOutButton.tsx'

/** States whose message is a problem to read, not just news. */
const alertColor: Partial<Record<SyncStatus['state'], string>> = {
  error: 'red',
  outdated: 'orange',
  offline: 'yellow',
  'signed-in-again-needed': 'orange',
}

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
  const [syncing, setSyncing] = useState(false)
  const [syncError, setSyncError] = useState<string>()
  const color = alertColor[status.state]

  const syncNow = async () => {
    setSyncing(true)
    setSyncError(undefined)
    try {
      await crm('sync.now', {})
      onSynced()
    } catch (e) {
      setSyncError(errorText(e))
    } finally {
      setSyncing(false)
    }
  }

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
      ) : color ? (
        <Alert color={color} title={summary.short}>
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

      {syncError ? (
        <Alert color="red" role="alert" title="Could not sync now">
          {syncError}
        </Alert>
      ) : null}
      <Group>
        {status.state !== 'signed-in-again-needed' ? (
          <Button
            leftSection={<IconRefresh size={16} />}
            loading={syncing}
            disabled={status.state === 'outdated'}
            onClick={() => void syncNow()}
          >
            Sync now
          </Button>
        ) : null}
        <SignOutButton pending={status.pending} />
      </Group>
    </Stack>
  )
}
