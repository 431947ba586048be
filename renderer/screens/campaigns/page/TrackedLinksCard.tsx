import { Anchor, Button, EmptyState, Group, Table, Text } from '@mantine/core'
import { IconLink } from '@tabler/icons-react'
import { useState } from 'react'
import type { CampaignDetail } from '#shared/contract/index'
import { CopyLinkButton } from './CopyLinkButton.tsx'
import { SectionCard } from './SectionCard.tsx'
import { UtmModal } from './UtmModal.tsx'

/** Each influencer's tracked link, ready to copy, or a button to build it. */
export function TrackedLinksCard({ campaign }: { campaign: CampaignDetail }) {
  const [linkId, setLinkId] = useState<string | null>(null)
  const people = campaign.influencers
  const built = people.filter((p) => p.utmUrl).length
  return (
    <SectionCard title="Tracked links" count={built}>
      {people.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconLink />}
          title="No one to link yet"
          description="Add influencers to the campaign, then build each one a UTM link here."
        />
      ) : (
        <Table aria-label="Tracked links" verticalSpacing="xs">
          <Table.Tbody>
            {people.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td w={180}>
                  <Text size="sm" fw={500}>
                    {p.influencerName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {p.utmUrl ? (
                    <Anchor
                      href={p.utmUrl}
                      target="_blank"
                      rel="noreferrer"
                      size="xs"
                      style={{ wordBreak: 'break-all' }}
                    >
                      {p.utmUrl}
                    </Anchor>
                  ) : (
                    <Text size="xs" c="dimmed">
                      No link yet
                    </Text>
                  )}
                </Table.Td>
                <Table.Td w={150}>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {p.utmUrl ? (
                      <CopyLinkButton
                        value={p.utmUrl}
                        label={`Copy the tracked link for ${p.influencerName}`}
                        compact
                      />
                    ) : null}
                    <Button
                      size="compact-xs"
                      variant="light"
                      aria-label={`${p.utmUrl ? 'Edit' : 'Build'} the link for ${p.influencerName}`}
                      onClick={() => setLinkId(p.id)}
                    >
                      {p.utmUrl ? 'Edit' : 'Build link'}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <UtmModal campaign={campaign} linkId={linkId} onClose={() => setLinkId(null)} />
    </SectionCard>
  )
}
