import { Anchor, Button, Group, Select, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconArrowLeft, IconPencil } from '@tabler/icons-react'
import { Link } from 'react-router'
import { campaignStatuses, type CampaignDetail, type CampaignRow } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { humanize } from '../campaign-words.ts'
import { formatSpan } from '../days.ts'
import { useRun } from '../use-run.ts'
import { EditCampaignModal } from './EditCampaignModal.tsx'

/** Name, brand, dates and a status that changes in place. */
export function CampaignHeader({ campaign }: { campaign: CampaignDetail }) {
  const [editing, { open, close }] = useDisclosure(false)
  const status = useRun()
  const setStatus = (value: string | null) => {
    if (!value || value === campaign.status) return
    void status.run('status', () =>
      crm('campaigns.update', {
        id: campaign.id,
        patch: { status: value as CampaignRow['status'] },
      }),
    )
  }
  return (
    <Stack gap={4} mb="md">
      <Anchor component={Link} to="/campaigns" size="sm" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Campaigns
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{campaign.name}</Title>
          <Text c="dimmed" size="sm">
            {campaign.brandName ?? 'No brand'} · {formatSpan(campaign.startDate, campaign.endDate)}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <Select
            label="Status"
            size="sm"
            w={160}
            data={campaignStatuses.map((s) => ({ value: s, label: humanize(s) }))}
            value={campaign.status}
            allowDeselect={false}
            onChange={setStatus}
            error={status.error}
            disabled={status.busy !== null}
          />
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={open}>
            Edit
          </Button>
        </Group>
      </Group>
      <EditCampaignModal campaign={campaign} opened={editing} onClose={close} />
    </Stack>
  )
}
