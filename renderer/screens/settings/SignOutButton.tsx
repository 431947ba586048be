import { Button, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { ConfirmModal } from '../../components/ConfirmModal.tsx'
import { crm } from '../../lib/crm.ts'
import { plural } from '../../lib/format.ts'
import { useAction } from '../../lib/use-action.ts'

/** Signs out after saying what happens to the data, since people fear losing it. */
export function SignOutButton({ pending }: { pending: number }) {
  const [opened, { open, close }] = useDisclosure(false)
  const signOut = useAction(async () => {
    await crm('sync.signOut', {})
    close()
  })

  return (
    <>
      <Button variant="default" onClick={open}>
        Sign out
      </Button>
      <ConfirmModal
        opened={opened}
        title="Sign out of sync?"
        confirmLabel="Sign out"
        busy={signOut.busy}
        error={signOut.error}
        onConfirm={() => void signOut.run()}
        onClose={close}
      >
        <Text size="sm">
          Your local data stays on this device, and you can keep working on it offline.
        </Text>
        <Text size="sm">
          {pending > 0
            ? `${plural(pending, 'change')} not yet sent ${pending === 1 ? 'is' : 'are'} kept until your next sign-in, then sent.`
            : 'Changes you make from now on are kept until your next sign-in, then sent.'}
        </Text>
      </ConfirmModal>
    </>
  )
}
