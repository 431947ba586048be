import { Avatar, Group, Text } from '@mantine/core'
import { IconUser } from '@tabler/icons-react'
import { memo } from 'react'
import type { PipelineCard } from '#shared/contract/index'
import { formatCompact } from '../../lib/format.ts'
import { FollowUpBadge } from './FollowUpBadge.tsx'
import { PlatformIcons } from './PlatformIcons.tsx'
import { PriorityStars } from './PriorityStars.tsx'

/**
 * What a card shows; the same on the board and under the pointer while dragging. Memoized:
 * every drag event and every card scrolled into a column re-renders the cards' drag hooks,
 * and their faces need not follow.
 */
export const CardFace = memo(function CardFace({ card }: { card: PipelineCard }) {
  return (
    <>
      <Group gap="sm" wrap="nowrap" align="flex-start" pr={26}>
        <Avatar
          src={card.avatarUrl}
          name={card.name}
          color="initials"
          size={36}
          radius="xl"
          alt=""
        />
        <div style={{ minWidth: 0, flex: 1 }}>
          <Text fw={600} size="sm" truncate lh={1.3}>
            {card.name}
          </Text>
          <PlatformIcons platforms={card.platforms} primary={card.primaryPlatform} />
        </div>
      </Group>
      <Group gap={6} mt={8} wrap="nowrap">
        <Text size="xs">
          <Text span fw={600} inherit>
            {formatCompact(card.followers)}
          </Text>{' '}
          followers
        </Text>
        <Text size="xs" c="dimmed" aria-hidden>
          ·
        </Text>
        <Text size="xs">
          {card.engagementRate === null ? (
            'engagement unknown'
          ) : (
            <>
              <Text span fw={600} inherit>
                {card.engagementRate.toFixed(1)}%
              </Text>{' '}
              engagement
            </>
          )}
        </Text>
      </Group>
      <Group justify="space-between" mt={6} wrap="nowrap" h={20}>
        <PriorityStars priority={card.priority} />
        <FollowUpBadge date={card.followUpDate} />
      </Group>
      <Group gap={4} mt={6} wrap="nowrap" c="dimmed">
        <IconUser size={12} aria-hidden />
        <Text size="xs" c="dimmed" truncate>
          {card.ownerName ?? 'No owner'}
        </Text>
      </Group>
    </>
  )
})
