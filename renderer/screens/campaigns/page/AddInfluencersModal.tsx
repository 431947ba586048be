import { Alert, Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import type { CampaignDetail } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { plural } from '../../../lib/format.ts'
import { useAction } from '../../../lib/use-action.ts'
import { useCrmQuery } from '../../../lib/use-crm-query.ts'

/**
 * Picks influencers by typing names; main searches, so it stays quick with tens of
 * thousands. People already in the campaign are not offered again.
 */
export function AddInfluencersModal({
  campaign,
  opened,
  onClose,
}: {
  campaign: CampaignDetail
  opened: boolean
  onClose: () => void
}) {
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 120)
  const [picked, setPicked] = useState<string[]>([])
  // Names of the picked, kept here: a new search must not make their pills go blank.
  const [names, setNames] = useState<Record<string, string>>({})
  const found = useCrmQuery(
    'influencers.list',
    { limit: 30, ...(debounced ? { search: debounced } : {}) },
    ['influencers'],
    { enabled: opened },
  )
  const already = new Set(campaign.influencers.map((i) => i.influencerId))
  const options = new Map<string, string>()
  for (const id of picked) options.set(id, names[id] ?? id)
  for (const row of found.data?.rows ?? []) {
    if (!already.has(row.id)) options.set(row.id, row.name)
  }

  const close = () => {
    setPicked([])
    setSearch('')
    onClose()
  }
  const add = useAction(async () => {
    await crm('campaigns.addInfluencers', { campaignId: campaign.id, influencerIds: picked })
    close()
  })

  return (
    <Modal opened={opened} onClose={close} title="Add influencers" size="lg">
      <Stack>
        <MultiSelect
          label="Influencers"
          placeholder={picked.length ? '' : 'Type a name'}
          data-autofocus
          searchable
          clearable
          searchValue={search}
          onSearchChange={setSearch}
          // Main already matched the words; filtering again here would hide its hits.
          filter={({ options: all }) => all}
          data={[...options].map(([value, label]) => ({ value, label }))}
          value={picked}
          onChange={(ids) => {
            setNames((known) => {
              const next = { ...known }
              for (const id of ids) next[id] ??= options.get(id) ?? id
              return next
            })
            setPicked(ids)
          }}
          nothingFoundMessage={
            debounced ? `Nobody new matches “${debounced}”` : 'Everyone shown is already in'
          }
          comboboxProps={{ withinPortal: true }}
          hidePickedOptions
        />
        <Text size="xs" c="dimmed">
          They join as planned; move them across the board as the deal progresses.
        </Text>
        {add.error ? (
          <Alert color="red" role="alert">
            {add.error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button disabled={picked.length === 0} loading={add.busy} onClick={() => void add.run()}>
            {picked.length ? `Add ${plural(picked.length, 'influencer')}` : 'Add influencers'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
