import { Button, Chip, Group, TextInput } from '@mantine/core'
import { useDebouncedValue, useDisclosure, useHotkeys } from '@mantine/hooks'
import { IconPlus, IconSearch, IconSpeakerphone } from '@tabler/icons-react'
import { campaignStatuses } from '#shared/contract/index'
import { FilteredList } from '../../components/FilteredList.tsx'
import { ScreenHeader } from '../../components/ScreenHeader.tsx'
import { plural } from '../../lib/format.ts'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { humanize } from './campaign-words.ts'
import { useCampaignListStore } from './campaign-list-store.ts'
import { CampaignsTable } from './CampaignsTable.tsx'
import { NewCampaignModal } from './NewCampaignModal.tsx'
import { ShortcutKbd } from '../../components/ShortcutKbd.tsx'

/** Every table a row of the list is made from: its budget figures come from deals. */
const listTables = ['campaigns', 'brands', 'campaign_influencers', 'offers', 'payments']

export function CampaignsScreen() {
  const { search, statuses, setSearch, setStatuses, clear } = useCampaignListStore()
  const [debounced] = useDebouncedValue(search.trim(), 150)
  const [creating, { open, close }] = useDisclosure(false)
  useHotkeys([['mod+n', open]])
  const filtered = debounced !== '' || statuses.length > 0
  const { data, error, reload } = useCrmQuery(
    'campaigns.list',
    {
      ...(debounced ? { search: debounced } : {}),
      ...(statuses.length ? { status: statuses } : {}),
    },
    listTables,
  )

  return (
    <>
      <ScreenHeader
        title="Campaigns"
        subtitle={
          data
            ? plural(data.length, 'campaign') +
              (filtered ? (data.length === 1 ? ' matches' : ' match') : '')
            : ' '
        }
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            rightSection={<ShortcutKbd keys="mod+N" />}
            onClick={open}
          >
            New campaign
          </Button>
        }
      />
      <Group mb="md" gap="lg" align="center">
        <TextInput
          aria-label="Search campaigns"
          placeholder="Search by campaign or brand"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={300}
        />
        <Chip.Group multiple value={statuses} onChange={(values) => setStatuses(values)}>
          <Group gap={6} role="group" aria-label="Filter by status">
            {campaignStatuses.map((status) => (
              <Chip key={status} value={status} size="xs" variant="outline">
                {humanize(status)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Group>
      <FilteredList
        error={error}
        reload={reload}
        data={data}
        filtered={filtered}
        clear={clear}
        noMatch={{
          title: 'No campaign matches these filters',
          description: 'Try another word or status, or show every campaign.',
          showAll: 'Show all campaigns',
        }}
        empty={{
          icon: <IconSpeakerphone />,
          title: 'No campaigns yet',
          description:
            'Plan one for a brand with “New campaign”: set its dates and budget, then add influencers, deliverables and offers.',
          action: <Button onClick={open}>New campaign</Button>,
        }}
      >
        {(rows) => <CampaignsTable rows={rows} />}
      </FilteredList>
      <NewCampaignModal opened={creating} onClose={close} />
    </>
  )
}
