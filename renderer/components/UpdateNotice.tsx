import { Button, Group, Progress, Text, Tooltip } from '@mantine/core'
import { IconAlertTriangle, IconDownload, IconRefresh } from '@tabler/icons-react'
import { appUpdateTopic } from '#shared/contract/index'
import { crm } from '../lib/crm.ts'
import { useAction } from '../lib/use-action.ts'
import { useCrmQuery } from '../lib/use-crm-query.ts'

/**
 * A new version in the header: its download's progress, then "Restart to update", which
 * only the user presses (unsaved work, a call in progress: their moment, not ours). Silent
 * when there is nothing to say: up to date, checking, or updates off by policy.
 */
export function UpdateNotice() {
  const { data: status } = useCrmQuery('app.updateStatus', {}, [appUpdateTopic])
  const restart = useAction(async () => {
    await crm('app.restartToUpdate', {})
  })
  if (!status) return null

  if (status.state === 'downloading') {
    const percent = Math.round(status.progress?.percent ?? 0)
    return (
      <Group gap={6} wrap="nowrap" data-testid="update-notice" data-state="downloading">
        <IconDownload size={14} stroke={1.6} aria-hidden />
        <Text size="xs" c="dimmed">
          Update {status.version}
        </Text>
        <Progress
          w={64}
          size="sm"
          value={percent}
          aria-label={`Downloading version ${status.version ?? ''}: ${percent}%`}
        />
      </Group>
    )
  }

  if (status.state === 'ready') {
    return (
      <Group gap={6} wrap="nowrap" data-testid="update-notice" data-state="ready">
        <Tooltip
          label={`Version ${status.version ?? ''} is downloaded and verified. It installs when you restart, or the next time you quit.`}
          multiline
          w={260}
          withArrow
        >
          <Button
            size="compact-xs"
            variant="filled"
            leftSection={<IconRefresh size={12} />}
            loading={restart.busy}
            onClick={() => void restart.run()}
          >
            Restart to update
          </Button>
        </Tooltip>
        {restart.error ? (
          <Text size="xs" c="red" role="alert" maw={220} truncate title={restart.error}>
            {restart.error}
          </Text>
        ) : null}
      </Group>
    )
  }

  if (status.state === 'rejected') {
    return (
      <Tooltip label={status.message} multiline w={300} withArrow>
        <Group gap={4} wrap="nowrap" data-testid="update-notice" data-state="rejected" tabIndex={0}>
          <IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" aria-hidden />
          <Text size="xs" c="orange" aria-label={status.message ?? undefined}>
            Update refused
          </Text>
        </Group>
      </Tooltip>
    )
  }

  return null
}
