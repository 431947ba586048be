import { Modal } from '@mantine/core'
import type { CampaignDetail } from '#shared/contract/index'
import { UtmBuilder } from './UtmBuilder.tsx'

/** The UTM builder for one of the campaign's influencers, kept current as the page re-reads. */
export function UtmModal({
  campaign,
  linkId,
  onClose,
}: {
  campaign: CampaignDetail
  linkId: string | null
  onClose: () => void
}) {
  const link = campaign.influencers.find((i) => i.id === linkId)
  return (
    <Modal
      opened={!!link}
      onClose={onClose}
      title={link ? `Tracked link for ${link.influencerName}` : 'Tracked link'}
      size="lg"
    >
      {link ? (
        <UtmBuilder
          key={link.id}
          link={link}
          campaignName={campaign.name}
          brandWebsite={campaign.brandWebsite}
        />
      ) : null}
    </Modal>
  )
}
