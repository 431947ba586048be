import { Select } from '@mantine/core'
import type { CampaignRow } from '#shared/contract/index'
import { useCrmQuery } from '../../../lib/use-crm-query.ts'

/** Finished and cancelled campaigns take no one new, so they are not offered. */
const openStatuses: CampaignRow['status'][] = ['draft', 'planned', 'active', 'paused']

interface CampaignSelectProps {
  value: string | null
  onChange: (campaign: CampaignRow | null) => void
  error?: string | undefined
}

/** Picks an open campaign by name (or brand), for the bulk "Add to campaign". */
export function CampaignSelect({ value, onChange, error }: CampaignSelectProps) {
  const { data, error: loadError } = useCrmQuery('campaigns.list', { status: openStatuses }, [
    'campaigns',
    'brands',
  ])
  const campaigns = data ?? []
  return (
    <Select
      label="Campaign"
      placeholder={data && campaigns.length === 0 ? 'No open campaigns yet' : 'Choose a campaign'}
      description={
        data && campaigns.length === 0 ? 'Create one on the Campaigns screen first.' : undefined
      }
      searchable
      required
      data-autofocus
      nothingFoundMessage="No campaign by that name"
      data={campaigns.map((c) => ({
        value: c.id,
        label: c.brandName ? `${c.name} (${c.brandName})` : c.name,
      }))}
      value={value}
      onChange={(id) => onChange(campaigns.find((c) => c.id === id) ?? null)}
      error={error ?? loadError?.message}
    />
  )
}
