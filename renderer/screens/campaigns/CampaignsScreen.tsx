import { EmptyState } from '@mantine/core'
import { IconSpeakerphone } from '@tabler/icons-react'
import { LoadError } from '../../components/LoadError.tsx'
import { ScreenHeader } from '../../components/ScreenHeader.tsx'
import { useCrmQuery } from '../../lib/use-crm-query.ts'

export function CampaignsScreen() {
  const { data, error, reload } = useCrmQuery('workspace.summary', {}, ['campaigns'])
  if (error) return <LoadError error={error} onRetry={reload} />
  return (
    <>
      <ScreenHeader
        title="Campaigns"
        subtitle={data ? `${data.counts.campaigns} campaigns` : ' '}
      />
      {data?.counts.campaigns === 0 ? (
        <EmptyState
          icon={<IconSpeakerphone />}
          title="No campaigns yet"
          description="Campaigns you plan for your brands appear here with their budgets, influencers and deliverables."
        />
      ) : null}
    </>
  )
}
