import { Button, Text } from '@mantine/core'
import { IconLayoutKanban } from '@tabler/icons-react'
import type { RelationshipRow } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { useAction } from '../../../lib/use-action.ts'
import { PageCard } from './PageCard.tsx'
import { RelationshipFields } from './RelationshipFields.tsx'

/** The agency's relationship: where they are in the pipeline, who owns it, what comes next. */
export function RelationshipCard({
  influencerId,
  relationship,
}: {
  influencerId: string
  relationship: RelationshipRow | null
}) {
  const add = useAction(async () => {
    await crm('pipeline.add', { influencerId })
  })
  return (
    <PageCard title="Relationship">
      {relationship ? (
        <RelationshipFields relationship={relationship} />
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="sm">
            Not in the pipeline. Add them to track stage, owner and follow-ups.
          </Text>
          <Button
            leftSection={<IconLayoutKanban size={16} />}
            loading={add.busy}
            onClick={() => void add.run()}
          >
            Add to pipeline
          </Button>
          {add.error ? (
            <Text size="sm" c="red" role="alert" mt="xs">
              {add.error}
            </Text>
          ) : null}
        </>
      )}
    </PageCard>
  )
}
