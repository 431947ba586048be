import { Avatar, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconMessagePlus, IconPencil } from '@tabler/icons-react'
import type { Output } from '#shared/contract/index'
import { formatCompact } from '../../../lib/format.ts'
import { useUiStore } from '../../../stores/ui-store.ts'
import { DeleteInfluencerButton } from './DeleteInfluencerButton.tsx'
import { EditInfluencerModal } from './EditInfluencerModal.tsx'
import { platformIcons, platformLabels } from './words.ts'
import { ShortcutKbd } from '../../../components/ShortcutKbd.tsx'

/** Who this is at a glance, and the three things done to them most. */
export function InfluencerHeader({ influencer }: { influencer: Output<'influencers.get'> }) {
  const [editing, edit] = useDisclosure(false)
  const PlatformIcon = influencer.primaryPlatform ? platformIcons[influencer.primaryPlatform] : null
  const facts = [
    `${formatCompact(influencer.followers)} followers`,
    influencer.engagementRate === null
      ? null
      : `${influencer.engagementRate.toFixed(2)}% engagement`,
    influencer.country,
  ].filter((fact): fact is string => !!fact)

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-start" gap="md">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <Avatar name={influencer.name} color="initials" size={64} radius="xl" />
          <Stack gap={6}>
            <Title order={2}>{influencer.name}</Title>
            <Group gap="xs" c="dimmed">
              {PlatformIcon && influencer.primaryPlatform ? (
                <Group gap={4} wrap="nowrap">
                  <PlatformIcon size={16} aria-hidden />
                  <Text size="sm">{platformLabels[influencer.primaryPlatform]}</Text>
                </Group>
              ) : null}
              {facts.map((fact) => (
                <Text key={fact} size="sm">
                  · {fact}
                </Text>
              ))}
            </Group>
            {influencer.nicheTags.length > 0 ? (
              <Group gap={6} aria-label="Niches">
                {influencer.nicheTags.map((niche) => (
                  <Badge key={niche} variant="light" size="sm">
                    {niche}
                  </Badge>
                ))}
              </Group>
            ) : null}
          </Stack>
        </Group>
        <Group gap="xs">
          <Button
            leftSection={<IconMessagePlus size={16} />}
            rightSection={<ShortcutKbd keys="mod+L" />}
            onClick={() =>
              useUiStore.getState().openLogInteraction({ influencerId: influencer.id })
            }
          >
            Log interaction
          </Button>
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={edit.open}>
            Edit
          </Button>
          <DeleteInfluencerButton id={influencer.id} name={influencer.name} />
        </Group>
      </Group>
      {editing ? <EditInfluencerModal influencer={influencer} onClose={edit.close} /> : null}
    </Paper>
  )
}
