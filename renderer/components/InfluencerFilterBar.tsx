import type { InfluencerFilters } from '#shared/contract/index'

export interface InfluencerFilterBarProps {
  value: InfluencerFilters
  onChange: (filters: InfluencerFilters) => void
}

/** The seeds' influencer filters, shared by the pipeline board and the influencer table. */
export function InfluencerFilterBar(_props: InfluencerFilterBarProps) {
  return null
}
