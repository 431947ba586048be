import { Anchor, Button, Group, Stack, Text } from '@mantine/core'
import { IconArrowLeft, IconHistory, IconTrash } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { DocumentDetail } from '#shared/contract/index'
import { formatWhen } from '../../lib/format.ts'
import { DocumentStatusBadge } from './DocumentStatusBadge.tsx'
import { documentKindLabels } from './document-words.ts'
import { PdfActions } from './PdfActions.tsx'
import { SaveIndicator } from './SaveIndicator.tsx'
import { StatusActions } from './StatusActions.tsx'
import { TitleInput } from './TitleInput.tsx'
import type { SaveState } from './yjs-bridge.ts'

/** The document's name, what it is about, where it stands, and what can be done with it. */
export function DocumentHeader({
  detail,
  save,
  flush,
  run,
  busy,
  onVersions,
  onDelete,
}: {
  detail: DocumentDetail
  save: SaveState
  flush: () => Promise<SaveState>
  run: (key: string, work: () => Promise<unknown>) => Promise<boolean>
  busy: string | null
  onVersions: () => void
  onDelete: () => void
}) {
  return (
    <Stack gap={6}>
      <Anchor component={Link} to="/documents" size="sm" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          Documents
        </Group>
      </Anchor>
      <TitleInput key={detail.id} id={detail.id} title={detail.title} />
      <Group gap="xs" wrap="wrap">
        <DocumentStatusBadge status={detail.status} size="lg" />
        <Text size="sm" c="dimmed">
          {documentKindLabels[detail.kind]}
          {detail.templateName ? ` from “${detail.templateName}”` : ''}
        </Text>
        {detail.campaignId && detail.campaignName ? (
          <Anchor component={Link} to={`/campaigns/${detail.campaignId}`} size="sm">
            {detail.campaignName}
          </Anchor>
        ) : null}
        {detail.influencerId && detail.influencerName ? (
          <Anchor component={Link} to={`/influencers/${detail.influencerId}`} size="sm">
            {detail.influencerName}
          </Anchor>
        ) : null}
        <Text size="sm" c="dimmed">
          {[detail.ownerName, `changed ${formatWhen(detail.updatedAt)}`]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Group>
      <Group justify="space-between" wrap="wrap" gap="sm" mt={4}>
        <StatusActions detail={detail} flush={flush} run={run} busy={busy} />
        <Group gap="xs" wrap="wrap">
          <SaveIndicator save={save} onRetry={() => void flush()} />
          <Button variant="default" leftSection={<IconHistory size={16} />} onClick={onVersions}>
            Versions
          </Button>
          <PdfActions detail={detail} flush={flush} run={run} busy={busy} />
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            loading={busy === 'delete'}
            onClick={onDelete}
          >
            Delete
          </Button>
        </Group>
      </Group>
      {detail.pdfPath ? (
        <Text size="xs" c="dimmed" data-testid="pdf-path" style={{ wordBreak: 'break-all' }}>
          Last exported to {detail.pdfPath}
        </Text>
      ) : null}
    </Stack>
  )
}
