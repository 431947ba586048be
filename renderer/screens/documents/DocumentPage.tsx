import { Alert, Button, EmptyState, Grid, Skeleton, Stack } from '@mantine/core'
import { useDisclosure, useHotkeys } from '@mantine/hooks'
import { IconFileText, IconLock } from '@tabler/icons-react'
import { Link, useNavigate, useParams } from 'react-router'
import { CrmError, type DocumentDetail } from '#shared/contract/index'
import { LoadError } from '../../components/LoadError.tsx'
import { crm } from '../../lib/crm.ts'
import { offerUndo } from '../../lib/undo.tsx'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { useRun } from '../campaigns/use-run.ts'
import { BodyEditor } from './BodyEditor.tsx'
import { DocumentHeader } from './DocumentHeader.tsx'
import { isEditable, readOnlyReason } from './document-words.ts'
import { FinancialPanel } from './FinancialPanel.tsx'
import { useDocumentBody } from './use-document-body.ts'
import { VersionsDrawer } from './VersionsDrawer.tsx'

/** What the page shows besides the body: a rename, a move or an export re-reads it. */
const detailTables = ['documents', 'financial_documents', 'campaigns', 'influencers', 'users']

export function DocumentPage() {
  const { id = '' } = useParams()
  const { data, error, reload } = useCrmQuery('documents.get', { id }, detailTables)
  if (error) {
    return error instanceof CrmError && error.code === 'not_found' ? (
      <EmptyState
        icon={<IconFileText />}
        title="This document is not here"
        description={`${error.message} Pick another from the list.`}
      >
        <EmptyState.Actions>
          <Button component={Link} to="/documents" variant="light">
            Back to documents
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <LoadError error={error} onRetry={reload} />
    )
  }
  if (!data || data.id !== id) return <Skeleton h={480} aria-label="Loading the document" />
  return <DocumentView key={data.id} detail={data} />
}

function DocumentView({ detail }: { detail: DocumentDetail }) {
  const navigate = useNavigate()
  const body = useDocumentBody(detail.id)
  const action = useRun()
  const [versionsOpen, versions] = useDisclosure(false)
  const editable = detail.canWrite && isEditable(detail.status)
  // Inside the text too: that is where people are when they want a snapshot.
  useHotkeys([['mod+S', versions.open]], ['INPUT', 'TEXTAREA', 'SELECT'], true)

  const remove = () =>
    void action.run('delete', async () => {
      await body.flush()
      await crm('documents.delete', { id: detail.id })
      void navigate('/documents')
      offerUndo(`Deleted “${detail.title}”`, () => crm('documents.restore', { id: detail.id }))
    })

  return (
    <Stack gap="md">
      <DocumentHeader
        detail={detail}
        save={body.save}
        flush={body.flush}
        run={action.run}
        busy={action.busy}
        onVersions={versions.open}
        onDelete={remove}
      />
      {action.error ? (
        <Alert color="red" role="alert" withCloseButton onClose={action.clearError}>
          {action.error}
        </Alert>
      ) : null}
      {editable ? null : (
        <Alert color="blue" icon={<IconLock size={18} />} data-testid="read-only-note">
          {readOnlyReason(detail.status, detail.canWrite)}
        </Alert>
      )}
      {body.pullError ? (
        <Alert color="yellow" role="alert" title="Colleagues’ latest edits could not be read in">
          {body.pullError} What you see may be behind; your own edits are still saved.
        </Alert>
      ) : null}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: detail.financial ? 8 : 12 }}>
          {body.loadError ? (
            <LoadError error={new Error(body.loadError)} onRetry={body.reload} />
          ) : body.doc ? (
            <BodyEditor doc={body.doc} editable={editable} />
          ) : (
            <Skeleton h={420} aria-label="Loading the text" />
          )}
        </Grid.Col>
        {detail.financial ? (
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <FinancialPanel key={detail.financial.id} financial={detail.financial} />
          </Grid.Col>
        ) : null}
      </Grid>
      <VersionsDrawer
        documentId={detail.id}
        opened={versionsOpen}
        editable={editable}
        onClose={versions.close}
        flush={body.flush}
        pull={body.pull}
      />
    </Stack>
  )
}
