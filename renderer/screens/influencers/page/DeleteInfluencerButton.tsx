import { Button, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconTrash } from '@tabler/icons-react'
import { useNavigate } from 'react-router'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { crm } from '../../../lib/crm.ts'
import { offerUndo } from '../../../lib/undo.tsx'
import { useAction } from '../../../lib/use-action.ts'

/** Deletes after asking, goes back to the list, and offers the undo there. */
export function DeleteInfluencerButton({ id, name }: { id: string; name: string }) {
  const [asking, ask] = useDisclosure(false)
  const navigate = useNavigate()
  const remove = useAction(async () => {
    await crm('influencers.delete', { id })
    ask.close()
    void navigate('/influencers')
    offerUndo(`Deleted ${name}`, () => crm('influencers.restore', { id }))
  })

  return (
    <>
      <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={ask.open}>
        Delete
      </Button>
      <ConfirmModal
        opened={asking}
        title={`Delete ${name}?`}
        confirmLabel="Delete"
        busy={remove.busy}
        error={remove.error}
        onConfirm={() => void remove.run()}
        onClose={ask.close}
      >
        <Text size="sm">
          {name} leaves the pipeline and every list. You can undo this right after.
        </Text>
      </ConfirmModal>
    </>
  )
}
