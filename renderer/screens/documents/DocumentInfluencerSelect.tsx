import { Select, type ComboboxItem, type ComboboxParsedItem } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useCrmQuery } from '../../lib/use-crm-query.ts'

const isGroup = (item: ComboboxParsedItem): item is { group: string; items: ComboboxItem[] } =>
  'group' in item

/**
 * Who the document is for: the chosen campaign's influencers first (the usual case: a
 * contract or outreach for someone on the campaign), then anyone found by typing, through
 * main's search so it stays instant with tens of thousands of influencers.
 */
export function DocumentInfluencerSelect({
  campaignId,
  value,
  onChange,
}: {
  campaignId: string | null
  value: string | null
  onChange: (id: string | null) => void
}) {
  const [search, setSearch] = useState('')
  const [words] = useDebouncedValue(search.trim(), 120)
  const campaign = useCrmQuery(
    'campaigns.get',
    { id: campaignId ?? '' },
    ['campaigns', 'campaign_influencers', 'influencers'],
    { enabled: !!campaignId },
  )
  const found = useCrmQuery(
    'influencers.list',
    { limit: 20, ...(words ? { search: words } : {}) },
    ['influencers'],
  )
  const chosen = useCrmQuery('influencers.get', { id: value ?? '' }, ['influencers'], {
    enabled: !!value,
  })

  const onCampaign = (campaignId ? campaign.data?.influencers : undefined) ?? []
  const inCampaign = new Set(onCampaign.map((row) => row.influencerId))
  const others = new Map<string, string>()
  if (value && chosen.data && !inCampaign.has(value)) others.set(value, chosen.data.name)
  for (const row of found.data?.rows ?? [])
    if (!inCampaign.has(row.id)) others.set(row.id, row.name)

  const campaignGroup = `In ${campaign.data?.name ?? 'the campaign'}`
  const data = [
    ...(onCampaign.length
      ? [
          {
            group: campaignGroup,
            items: onCampaign.map((row) => ({
              value: row.influencerId,
              label: row.influencerName,
            })),
          },
        ]
      : []),
    {
      group: onCampaign.length ? 'Everyone else' : 'Influencers',
      items: [...others].map(([id, name]) => ({ value: id, label: name })),
    },
  ]

  return (
    <Select
      label="Influencer"
      placeholder={onCampaign.length ? 'Pick from the campaign or type a name' : 'Type a name'}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The campaign's few are matched here; main already matched everyone else's words.
      filter={({ options, search: typed }) =>
        options.map((item) =>
          isGroup(item) && item.group === campaignGroup
            ? {
                ...item,
                items: item.items.filter((option) =>
                  option.label.toLowerCase().includes(typed.trim().toLowerCase()),
                ),
              }
            : item,
        )
      }
      data={data}
      value={value}
      onChange={onChange}
      nothingFoundMessage={words ? `Nobody matches “${words}”` : 'Type a name'}
      comboboxProps={{ withinPortal: true }}
    />
  )
}
