import { Group } from '@mantine/core'
import { IconStar, IconStarFilled } from '@tabler/icons-react'

/** Priority 0 to 5 as stars: how much a card matters, seen from across the board. */
export function PriorityStars({ priority }: { priority: number }) {
  return (
    <Group gap={1} wrap="nowrap" role="img" aria-label={`Priority ${priority} of 5`}>
      {[1, 2, 3, 4, 5].map((n) =>
        n <= priority ? (
          <IconStarFilled key={n} size={12} color="var(--mantine-color-yellow-6)" />
        ) : (
          <IconStar key={n} size={12} color="var(--mantine-color-dimmed)" stroke={1.5} />
        ),
      )}
    </Group>
  )
}
