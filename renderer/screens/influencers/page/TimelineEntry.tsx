import { ActionIcon, Badge, Group, Spoiler, Stack, Text } from '@mantine/core'
import { IconArrowDownLeft, IconArrowUpRight, IconTrash } from '@tabler/icons-react'
import type { InteractionRow } from '#shared/contract/index'
import { AttachmentLink } from '../../../components/AttachmentLink.tsx'
import { formatWhen } from '../../../lib/format.ts'
import { attachmentName, interactionLabels, interactionNoun } from './words.ts'

/** One interaction: what, which way, when, by whom, and what was said. */
export function TimelineEntry({
  row,
  loggedBy,
  onDelete,
}: {
  row: InteractionRow
  loggedBy: string | null
  onDelete: () => void
}) {
  const label = interactionLabels[row.type]
  return (
    <Stack gap={4} data-testid="timeline-entry">
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Group gap="xs" wrap="wrap" miw={0}>
          <Badge size="sm" variant="light" color="gray" data-testid="interaction-type">
            {label}
          </Badge>
          {row.direction ? (
            <Group gap={2} c="dimmed" wrap="nowrap">
              {row.direction === 'inbound' ? (
                <IconArrowDownLeft size={14} aria-hidden />
              ) : (
                <IconArrowUpRight size={14} aria-hidden />
              )}
              <Text size="xs">{row.direction === 'inbound' ? 'Inbound' : 'Outbound'}</Text>
            </Group>
          ) : null}
          {row.subject ? (
            <Text size="sm" fw={600} data-testid="interaction-subject">
              {row.subject}
            </Text>
          ) : null}
        </Group>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={`Delete ${interactionNoun(row.type)}${row.subject ? ` “${row.subject}”` : ''}`}
          onClick={onDelete}
        >
          <IconTrash size={14} />
        </ActionIcon>
      </Group>
      {row.content ? (
        <Spoiler maxHeight={66} showLabel="Show more" hideLabel="Show less" transitionDuration={0}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {row.content}
          </Text>
        </Spoiler>
      ) : null}
      {row.attachmentPath ? (
        <AttachmentLink path={row.attachmentPath} name={attachmentName(row.attachmentPath)} />
      ) : null}
      <Text size="xs" c="dimmed">
        <time dateTime={row.interactionDate}>{formatWhen(row.interactionDate)}</time>
        {loggedBy ? ` · logged by ${loggedBy}` : ''}
      </Text>
    </Stack>
  )
}
