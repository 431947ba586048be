import { Badge, Box, Button, EmptyState, Group, ScrollArea, Stack, Text } from '@mantine/core'
import { IconUserPlus, IconUsersGroup } from '@tabler/icons-react'
import { useState } from 'react'
import { campaignInfluencerStatuses, type CampaignDetail } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { offerUndo } from '../../../lib/undo.tsx'
import { humanize, statusColor } from '../campaign-words.ts'
import { useRun } from '../use-run.ts'
import { AddInfluencersModal } from './AddInfluencersModal.tsx'
import { BoardCard } from './BoardCard.tsx'
import { SectionCard } from './SectionCard.tsx'
import { UtmModal } from './UtmModal.tsx'

/** The campaign's influencers as columns by status; a card's select moves it. */
export function InfluencerBoard({ campaign }: { campaign: CampaignDetail }) {
  const [adding, setAdding] = useState(false)
  const [linkId, setLinkId] = useState<string | null>(null)
  const action = useRun()
  const people = campaign.influencers

  const remove = (id: string, name: string) =>
    void action.run(id, async () => {
      await crm('campaigns.removeInfluencer', { id })
      offerUndo(`Removed ${name} from ${campaign.name}`, () =>
        crm('campaigns.restoreInfluencer', { id }),
      )
    })

  return (
    <SectionCard
      title="Influencers"
      count={people.length}
      error={action.error}
      onDismissError={action.clearError}
      action={
        <Button size="xs" leftSection={<IconUserPlus size={14} />} onClick={() => setAdding(true)}>
          Add influencers
        </Button>
      }
    >
      {people.length === 0 ? (
        <EmptyState
          icon={<IconUsersGroup />}
          size="sm"
          title="No influencers in this campaign yet"
          description="Add the people you want to work with; their cards move across the board as deals progress."
        />
      ) : (
        <ScrollArea type="auto" offsetScrollbars>
          <Group align="flex-start" wrap="nowrap" gap="sm" pb="xs">
            {campaignInfluencerStatuses.map((status) => {
              const cards = people.filter((p) => p.status === status)
              return (
                <Box
                  key={status}
                  w={cards.length ? 200 : 130}
                  miw={cards.length ? 200 : 130}
                  p={6}
                  bg="var(--mantine-color-default-hover)"
                  style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                  role="region"
                  aria-label={humanize(status)}
                >
                  <Group justify="space-between" mb={6} wrap="nowrap" gap={4}>
                    <Text size="xs" fw={700} tt="uppercase" c={statusColor(status)} truncate="end">
                      {humanize(status)}
                    </Text>
                    <Badge size="xs" variant="default" circle>
                      {cards.length}
                    </Badge>
                  </Group>
                  <Stack gap={6} role="list">
                    {cards.map((link) => (
                      <BoardCard
                        key={link.id}
                        link={link}
                        busy={action.busy === link.id}
                        onStatus={(next) =>
                          void action.run(link.id, () =>
                            crm('campaigns.updateInfluencer', {
                              id: link.id,
                              patch: { status: next },
                            }),
                          )
                        }
                        onLink={() => setLinkId(link.id)}
                        onRemove={() => remove(link.id, link.influencerName)}
                      />
                    ))}
                  </Stack>
                </Box>
              )
            })}
          </Group>
        </ScrollArea>
      )}
      <AddInfluencersModal campaign={campaign} opened={adding} onClose={() => setAdding(false)} />
      <UtmModal campaign={campaign} linkId={linkId} onClose={() => setLinkId(null)} />
    </SectionCard>
  )
}
