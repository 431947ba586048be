import { Select } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useCrmQuery } from '../lib/use-crm-query.ts'

export interface InfluencerPickerProps {
  value: string | null
  onChange: (id: string | null) => void
  label?: string
  error?: string | undefined
  autoFocus?: boolean
}

/**
 * Picks one influencer by typing part of a name: searches main's full-text index instead of
 * loading everyone, so it stays instant with tens of thousands of influencers.
 */
export function InfluencerPicker({
  value,
  onChange,
  label = 'Influencer',
  error,
  autoFocus,
}: InfluencerPickerProps) {
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 120)
  const found = useCrmQuery(
    'influencers.list',
    { limit: 20, ...(debounced ? { search: debounced } : {}) },
    ['influencers'],
  )
  const chosen = useCrmQuery('influencers.get', { id: value ?? '' }, ['influencers'], {
    enabled: !!value,
  })
  const options = new Map<string, string>()
  if (value && chosen.data) options.set(value, chosen.data.name)
  for (const row of found.data?.rows ?? []) options.set(row.id, row.name)

  return (
    <Select
      label={label}
      placeholder="Type a name"
      searchable
      clearable
      data-autofocus={autoFocus ? true : undefined}
      searchValue={search}
      onSearchChange={setSearch}
      // Main already matched the words; filtering again here would hide fuzzy hits.
      filter={({ options: all }) => all}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      value={value}
      onChange={onChange}
      error={error}
      nothingFoundMessage={debounced ? `Nobody matches “${debounced}”` : 'Type a name'}
      comboboxProps={{ withinPortal: true }}
    />
  )
}
