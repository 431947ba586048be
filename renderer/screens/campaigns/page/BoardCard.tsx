import {
  ActionIcon,
  Anchor,
  Badge,
  Group,
  Menu,
  NativeSelect,
  Paper,
  Stack,
  Text,
} from '@mantine/core'
import { IconDots, IconLink, IconTrash } from '@tabler/icons-react'
import { Link } from 'react-router'
import { campaignInfluencerStatuses, type CampaignInfluencerRow } from '#shared/contract/index'
import { humanize } from '../campaign-words.ts'
import { formatMoney } from '../../../lib/money.ts'

const statusOptions = campaignInfluencerStatuses.map((s) => ({ value: s, label: humanize(s) }))

/** One influencer on the campaign board: who, at what rate, and where they stand. */
export function BoardCard({
  link,
  busy,
  onStatus,
  onLink,
  onRemove,
}: {
  link: CampaignInfluencerRow
  busy: boolean
  onStatus: (status: CampaignInfluencerRow['status']) => void
  onLink: () => void
  onRemove: () => void
}) {
  const name = link.influencerName
  return (
    <Paper withBorder p="xs" radius="sm" shadow="xs" role="listitem" aria-label={name}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap={4}>
          <Anchor
            component={Link}
            to={`/influencers/${link.influencerId}`}
            size="sm"
            fw={600}
            truncate="end"
          >
            {name}
          </Anchor>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={`Actions for ${name}`}
              >
                <IconDots size={14} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconLink size={14} />} onClick={onLink}>
                {link.utmUrl ? 'Tracked link' : 'Build tracked link'}
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={onRemove}>
                Remove from campaign
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
        <Group gap={4}>
          {link.primaryPlatform ? (
            <Badge size="xs" variant="default">
              {link.primaryPlatform}
            </Badge>
          ) : null}
          {link.rate !== null ? (
            <Text size="xs" c="dimmed">
              {formatMoney(link.rate, link.currency)}
            </Text>
          ) : null}
          {link.utmUrl ? (
            <Badge size="xs" variant="light" color="teal" leftSection={<IconLink size={10} />}>
              link
            </Badge>
          ) : null}
        </Group>
        {/* A native select: light enough for a board of dozens of cards, and keyboard-ready. */}
        <NativeSelect
          size="xs"
          aria-label={`Status of ${name}`}
          data={statusOptions}
          value={link.status}
          disabled={busy}
          onChange={(e) => {
            const next = campaignInfluencerStatuses.find((s) => s === e.currentTarget.value)
            if (next) onStatus(next)
          }}
        />
      </Stack>
    </Paper>
  )
}
