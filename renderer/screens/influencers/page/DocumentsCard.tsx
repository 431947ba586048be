import { Anchor, Badge, Group, Skeleton, Stack, Text } from '@mantine/core'
import { IconFileText } from '@tabler/icons-react'
import { Link } from 'react-router'
import { LoadError } from '../../../components/LoadError.tsx'
import { formatWhen } from '../../../lib/format.ts'
import { useCrmQuery } from '../../../lib/use-crm-query.ts'
import { pageTables } from './page-tables.ts'
import { PageCard } from './PageCard.tsx'
import { sentence } from './words.ts'

const statusColors: Record<string, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'blue',
  sent: 'violet',
  signed: 'teal',
}

/** Contracts, briefs and emails written about them; each opens in the document editor. */
export function DocumentsCard({ influencerId }: { influencerId: string }) {
  const documents = useCrmQuery('documents.list', { influencerId, limit: 50 }, pageTables.documents)
  return (
    <PageCard
      title="Documents"
      action={
        <Anchor component={Link} to="/documents" size="sm">
          All documents
        </Anchor>
      }
    >
      {documents.error ? (
        <LoadError error={documents.error} onRetry={documents.reload} />
      ) : !documents.data ? (
        <Skeleton h={64} />
      ) : documents.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No documents about them yet — contracts and outreach written for them will be listed here.
        </Text>
      ) : (
        <Stack gap="sm" role="list" aria-label="Documents">
          {documents.data.map((d) => (
            <Group key={d.id} justify="space-between" wrap="nowrap" role="listitem">
              <Group gap="xs" wrap="nowrap" miw={0}>
                <IconFileText size={18} aria-hidden style={{ flexShrink: 0 }} />
                <Stack gap={2} miw={0}>
                  <Anchor component={Link} to={`/documents/${d.id}`} size="sm" fw={600} truncate>
                    {d.title}
                  </Anchor>
                  <Text size="xs" c="dimmed" truncate>
                    {[sentence(d.kind), d.campaignName, `changed ${formatWhen(d.updatedAt)}`]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Stack>
              </Group>
              <Badge size="sm" variant="light" color={statusColors[d.status] ?? 'gray'}>
                {sentence(d.status)}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </PageCard>
  )
}
