import { EmptyState } from '@mantine/core'
import { IconFileText } from '@tabler/icons-react'
import { LoadError } from '../../components/LoadError.tsx'
import { ScreenHeader } from '../../components/ScreenHeader.tsx'
import { useCrmQuery } from '../../lib/use-crm-query.ts'

export function DocumentsScreen() {
  const { data, error, reload } = useCrmQuery('workspace.summary', {}, ['documents'])
  if (error) return <LoadError error={error} onRetry={reload} />
  return (
    <>
      <ScreenHeader
        title="Documents"
        subtitle={data ? `${data.counts.documents} documents` : ' '}
      />
      {data?.counts.documents === 0 ? (
        <EmptyState
          icon={<IconFileText />}
          title="No documents yet"
          description="Briefs, contracts, purchase orders and invoices you draft appear here, offline or not."
        />
      ) : null}
    </>
  )
}
