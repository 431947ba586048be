import { Button, Group, Progress, Text, Tooltip, UnstyledButton } from '@mantine/core'
import {
  IconAlertTriangle,
  IconCloudCheck,
  IconCloudDown,
  IconCloudOff,
  IconCloudUp,
  IconDeviceLaptop,
  IconRefresh,
  IconUserExclamation,
  type Icon,
} from '@tabler/icons-react'
import { Link } from 'react-router'
import type { SyncState } from '#shared/contract/index'
import { crm } from '../lib/crm.ts'
import { formatCount, plural } from '../lib/format.ts'
import { bootstrapPercent, canTryNow, describeSync, needsSignIn } from '../lib/sync-words.ts'
import { useAction } from '../lib/use-action.ts'
import { useSyncStatus } from '../lib/use-sync-status.ts'

const icons: Record<SyncState, Icon> = {
  'signed-out': IconDeviceLaptop,
  bootstrapping: IconCloudDown,
  syncing: IconCloudUp,
  synced: IconCloudCheck,
  offline: IconCloudOff,
  error: IconAlertTriangle,
  outdated: IconAlertTriangle,
  'signed-in-again-needed': IconUserExclamation,
}

/**
 * The sync state in the header, always in view: work is local first, so people need to
 * see at a glance whether it has reached the server. The summary opens Settings, where
 * the account and the details live; the conflicts badge opens the inbox.
 */
export function SyncIndicator() {
  const { data: status, reload } = useSyncStatus()
  const tryNow = useAction(async () => {
    await crm('sync.now', {})
    reload()
  })

  // Nothing rather than a guess: a wrong "Synced" for a moment would be a small lie.
  if (!status) return null

  const summary = describeSync(status)
  const StateIcon = icons[status.state]
  const conflicts = status.conflicts > 0 ? plural(status.conflicts, 'conflict') : null
  const label = conflicts ? `${summary.label}, ${conflicts} to review` : summary.label

  return (
    <Group
      gap={6}
      wrap="nowrap"
      role="group"
      aria-label={label}
      data-testid="sync-indicator"
      data-state={status.state}
    >
      {status.state === 'bootstrapping' ? (
        <Progress
          w={72}
          size="sm"
          value={bootstrapPercent(status.bootstrap)}
          aria-label="Downloading your workspace"
        />
      ) : null}
      <Tooltip
        label={summary.detail}
        multiline
        w={280}
        withArrow
        events={{ hover: true, focus: true, touch: true }}
      >
        <UnstyledButton
          component={Link}
          to="/settings"
          aria-label={`${summary.label}. Open sync settings`}
          px={6}
          py={2}
          style={{ borderRadius: 'var(--mantine-radius-sm)' }}
        >
          <Group gap={6} wrap="nowrap">
            <StateIcon size={16} stroke={1.6} color={`var(--mantine-color-${summary.color}-6)`} />
            <Text
              size="sm"
              c={needsSignIn(status.state) ? 'var(--mantine-primary-color-filled)' : 'dimmed'}
              td={needsSignIn(status.state) ? 'underline' : undefined}
            >
              {summary.short}
            </Text>
          </Group>
        </UnstyledButton>
      </Tooltip>
      {canTryNow(status.state) ? (
        <Button
          size="compact-xs"
          variant="light"
          color={summary.color}
          leftSection={<IconRefresh size={12} />}
          loading={tryNow.busy}
          onClick={() => void tryNow.run()}
        >
          Try now
        </Button>
      ) : null}
      {tryNow.error ? (
        <Text size="xs" c="red" role="alert" maw={220} truncate title={tryNow.error}>
          {tryNow.error}
        </Text>
      ) : null}
      {conflicts ? (
        <Button
          component={Link}
          to="/conflicts"
          size="compact-xs"
          variant="light"
          color="orange"
          leftSection={<IconAlertTriangle size={12} />}
          aria-label={`${conflicts} to review. Open the conflict inbox`}
          data-testid="sync-conflicts"
        >
          {formatCount(status.conflicts)}
        </Button>
      ) : null}
    </Group>
  )
}
