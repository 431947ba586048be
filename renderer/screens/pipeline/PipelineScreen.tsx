import { Box, Button, EmptyState } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconFilterOff, IconLayoutKanban, IconUsers } from '@tabler/icons-react'
import { Link } from 'react-router'
import { InfluencerFilterBar } from '../../components/InfluencerFilterBar.tsx'
import { queryableFilters } from '../../components/influencer-filters.ts'
import { LoadError } from '../../components/LoadError.tsx'
import { ScreenHeader } from '../../components/ScreenHeader.tsx'
import { formatCount, plural } from '../../lib/format.ts'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { cardsPerStage } from './board-layout.ts'
import { BoardSkeleton } from './BoardSkeleton.tsx'
import { usePipelineFilters } from './filter-store.ts'
import { PipelineBoard } from './PipelineBoard.tsx'
import classes from './pipeline.module.css'

/** Every table a card shows something from: a write to any of them re-reads the board. */
const boardTables = [
  'pipeline_stages',
  'influencer_relationships',
  'influencers',
  'influencer_accounts',
  'users',
] as const

export function PipelineScreen() {
  const filters = usePipelineFilters((s) => s.filters)
  const setFilters = usePipelineFilters((s) => s.setFilters)
  // Typing in the search or a range re-reads the board once the user pauses, not per key.
  const [settled] = useDebouncedValue(filters, 200)
  const query = queryableFilters(settled)
  const { data, error, reload } = useCrmQuery(
    'pipeline.board',
    { cardsPerStage, ...(query ? { filters: query } : {}) },
    boardTables,
  )

  const shown = data?.columns.reduce((n, c) => n + c.count, 0) ?? 0
  const subtitle = !data
    ? ' '
    : query
      ? `${formatCount(shown)} of ${plural(data.total, 'influencer')} match the filters`
      : `${plural(data.total, 'influencer')} in the pipeline`

  return (
    <div className={classes.screen}>
      <ScreenHeader title="Pipeline" subtitle={subtitle} />
      <Box mb="md">
        <InfluencerFilterBar
          value={filters}
          onChange={setFilters}
          searchLabel="Search the pipeline"
        />
      </Box>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : !data ? (
        <BoardSkeleton />
      ) : data.total === 0 ? (
        <EmptyState
          icon={<IconLayoutKanban />}
          title="Nobody in the pipeline yet"
          description="Add influencers on the Influencers screen: each one lands in the first column, ready to move along."
        >
          <Button component={Link} to="/influencers" leftSection={<IconUsers size={16} />} mt="md">
            Go to Influencers
          </Button>
        </EmptyState>
      ) : shown === 0 && query ? (
        <EmptyState
          icon={<IconFilterOff />}
          title="Nobody matches these filters"
          description="Loosen a filter or clear them all to see the whole pipeline again."
        >
          <Button variant="light" mt="md" onClick={() => setFilters({})}>
            Clear filters
          </Button>
        </EmptyState>
      ) : (
        <PipelineBoard columns={data.columns} reload={reload} />
      )}
    </div>
  )
}
