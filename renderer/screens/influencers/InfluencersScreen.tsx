import { Button, EmptyState, Group, Skeleton, Table, Text, TextInput } from '@mantine/core'
import { useDebouncedValue, useDisclosure, useHotkeys } from '@mantine/hooks'
import { IconPlus, IconSearch, IconUsers } from '@tabler/icons-react'
import { LoadError } from '../../components/LoadError.tsx'
import { ScreenHeader } from '../../components/ScreenHeader.tsx'
import { formatCompact, plural } from '../../lib/format.ts'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { useUiStore } from '../../stores/ui-store.ts'
import { AddInfluencerModal } from './AddInfluencerModal.tsx'

export function InfluencersScreen() {
  const search = useUiStore((s) => s.influencerSearch)
  const setSearch = useUiStore((s) => s.setInfluencerSearch)
  const [debounced] = useDebouncedValue(search.trim(), 150)
  const [adding, { open, close }] = useDisclosure(false)
  useHotkeys([['mod+n', open]])
  const { data, error, reload } = useCrmQuery(
    'influencers.list',
    { limit: 200, ...(debounced ? { search: debounced } : {}) },
    ['influencers'],
  )

  return (
    <>
      <ScreenHeader
        title="Influencers"
        subtitle={data ? plural(data.total, 'influencer') : ' '}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={open}>
            Add influencer
          </Button>
        }
      />
      <Group mb="md">
        <TextInput
          aria-label="Search influencers"
          placeholder="Search by name or email"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
        />
      </Group>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : !data ? (
        <Skeleton h={320} />
      ) : data.rows.length === 0 ? (
        <EmptyState
          icon={<IconUsers />}
          title={debounced ? `No influencer matches “${debounced}”` : 'No influencers yet'}
          description={
            debounced ? 'Try a shorter name or an email address.' : 'Add one with the button above.'
          }
        />
      ) : (
        <Table striped highlightOnHover stickyHeader aria-label="Influencers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Platform</Table.Th>
              <Table.Th ta="right">Followers</Table.Th>
              <Table.Th ta="right">Engagement</Table.Th>
              <Table.Th>Country</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {row.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {row.email}
                  </Text>
                </Table.Td>
                <Table.Td>{row.primaryPlatform}</Table.Td>
                <Table.Td ta="right">{formatCompact(row.followers)}</Table.Td>
                <Table.Td ta="right">
                  {row.engagementRate === null ? '—' : `${row.engagementRate.toFixed(2)}%`}
                </Table.Td>
                <Table.Td>{row.country}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AddInfluencerModal opened={adding} onClose={close} />
    </>
  )
}
