import { Box, Button, Group, Skeleton, Stack } from '@mantine/core'
import { useDebouncedValue, useDisclosure, useHotkeys } from '@mantine/hooks'
import { IconPlus } from '@tabler/icons-react'
import { useCallback, useMemo } from 'react'
import { useNavigate } from 'react-router'
import { InfluencerFilterBar } from '../../components/InfluencerFilterBar.tsx'
import { queryableFilters } from '../../components/influencer-filters.ts'
import { LoadError } from '../../components/LoadError.tsx'
import { ScreenHeader } from '../../components/ScreenHeader.tsx'
import { plural } from '../../lib/format.ts'
import { narrows, nextSort, type SortKey } from '../../stores/influencer-table-query.ts'
import { useInfluencerTableStore } from '../../stores/influencer-table-store.ts'
import { AddInfluencerModal } from './AddInfluencerModal.tsx'
import { BulkActionBar } from './table/BulkActionBar.tsx'
import { InfluencerTable } from './table/InfluencerTable.tsx'
import { SavedViewsMenu } from './table/SavedViewsMenu.tsx'
import { TableEmptyState } from './table/TableEmptyState.tsx'
import { useInfluencerRows, type ListQuery } from './table/use-influencer-rows.ts'
import { useRowSelection } from './table/use-row-selection.ts'
import { useTableLookups } from './table/use-table-lookups.ts'

/** The screen fills the window below the header, so the table scrolls and the toolbar stays. */
const screenHeight =
  'calc(100dvh - var(--app-shell-header-height, 0px) - 2 * var(--mantine-spacing-md))'

export function InfluencersScreen() {
  const query = useInfluencerTableStore((s) => s.query)
  const setFilters = useInfluencerTableStore((s) => s.setFilters)
  const setSort = useInfluencerTableStore((s) => s.setSort)
  const clearNarrowing = useInfluencerTableStore((s) => s.clearNarrowing)
  // Typing waits a moment before asking main; a click on a filter or a header does not.
  const [search] = useDebouncedValue(query.search.trim(), 150)
  const [adding, { open, close }] = useDisclosure(false)
  useHotkeys([['mod+n', open]])
  const navigate = useNavigate()

  const listQuery = useMemo<ListQuery>(() => {
    const filters = queryableFilters({ ...query.filters, search })
    return { ...(filters ? { filters } : {}), sort: query.sort }
  }, [query.filters, search, query.sort])
  const list = useInfluencerRows(listQuery)
  const lookups = useTableLookups()
  const selection = useRowSelection(list.rows, JSON.stringify(listQuery.filters ?? {}))

  // No column shows the date added, so the subtitle says when the list is in that order.
  const ageOrder =
    query.sort.by !== 'created'
      ? ''
      : query.sort.dir === 'desc'
        ? ' · newest first'
        : ' · oldest first'
  const onSort = useCallback(
    (by: SortKey) => setSort(nextSort(query.sort, by)),
    [query.sort, setSort],
  )
  const onOpen = useCallback((id: string) => void navigate(`/influencers/${id}`), [navigate])

  return (
    <Stack gap={0} h={screenHeight} mih={420}>
      <ScreenHeader
        title="Influencers"
        subtitle={list.total === undefined ? ' ' : plural(list.total, 'influencer') + ageOrder}
        actions={
          <Group gap="sm" wrap="nowrap" preventGrowOverflow={false}>
            <SavedViewsMenu />
            <Button leftSection={<IconPlus size={16} />} onClick={open}>
              Add influencer
            </Button>
          </Group>
        }
      />
      <InfluencerFilterBar
        value={{ ...query.filters, search: query.search }}
        onChange={setFilters}
        stages={lookups.stages}
      />
      <Box style={{ flex: 1, minHeight: 0 }} mt="sm">
        {list.error ? (
          <LoadError error={list.error} onRetry={list.reload} />
        ) : list.total === undefined ? (
          <Stack gap="xs" aria-label="Loading influencers" aria-busy>
            {Array.from({ length: 8 }, (_, n) => (
              <Skeleton key={n} h={40} />
            ))}
          </Stack>
        ) : list.rows.length === 0 ? (
          <TableEmptyState
            narrowed={narrows(query)}
            search={search}
            onAdd={open}
            onClear={clearNarrowing}
          />
        ) : (
          <InfluencerTable
            rows={list.rows}
            total={list.total}
            hasMore={list.hasMore}
            onLoadMore={list.loadMore}
            sort={query.sort}
            onSort={onSort}
            selection={selection}
            lookups={lookups}
            onOpen={onOpen}
            bottomSpace={selection.ids.length > 0 ? 96 : 0}
          />
        )}
      </Box>
      <BulkActionBar ids={selection.ids} stages={lookups.stages} onClear={selection.clear} />
      <AddInfluencerModal opened={adding} onClose={close} />
    </Stack>
  )
}
