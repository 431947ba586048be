import { Group, Skeleton, Stack } from '@mantine/core'
import { cardHeight, columnWidth } from './board-layout.ts'

/** The board's shape while its first read is on the way. */
export function BoardSkeleton() {
  return (
    <Group
      align="flex-start"
      wrap="nowrap"
      gap="md"
      aria-busy="true"
      aria-label="Loading the pipeline"
    >
      {Array.from({ length: 6 }, (_, column) => (
        <Stack key={column} w={columnWidth} miw={columnWidth} gap="xs">
          <Skeleton h={28} />
          {Array.from({ length: 4 - (column % 3) }, (_, card) => (
            <Skeleton key={card} h={cardHeight} radius="md" />
          ))}
        </Stack>
      ))}
    </Group>
  )
}
