import { Button, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useState } from 'react'
import { ConfirmModal } from '../../components/ConfirmModal.tsx'
import { crm } from '../../lib/crm.ts'
import { errorText } from '../../lib/error-text.ts'
import { plural } from '../../lib/format.ts'

/** Signs out after saying what happens to the data, since people fear losing it. */
export function SignOutButton({ pending }: { pending: number }) {
  const [opened, { open, close }] = useDisclosure(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()

  const signOut = async () => {
    setBusy(true)
    setError(undefined)
    try {
      await crm('sync.signOut', {})
      close()
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Button variant="default" onClick={open}>
        Sign out
      </Button>
      <ConfirmModal
        opened={opened}
        title="Sign out of sync?"
        confirmLabel="Sign out"
        busy={busy}
        error={error}
        onConfirm={() => void signOut()}
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
