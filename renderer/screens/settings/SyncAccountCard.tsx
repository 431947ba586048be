import { Card, Skeleton, Stack, Text } from '@mantine/core'
import { LoadError } from '../../components/LoadError.tsx'
import { useSyncStatus } from '../../lib/use-sync-status.ts'
import { SignInForm } from './SignInForm.tsx'
import { SyncAccountDetails } from './SyncAccountDetails.tsx'

/** Settings' "Account and sync": sign in, or see who is signed in and how sync is going. */
export function SyncAccountCard() {
  const { data: status, error, reload } = useSyncStatus()
  return (
    <Card withBorder component="section" aria-labelledby="sync-account-title">
      <Text fw={600} mb="xs" id="sync-account-title">
        Account and sync
      </Text>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : !status ? (
        <Skeleton h={160} />
      ) : status.state === 'signed-out' || !status.account ? (
        <Stack>
          <Text size="sm" c="dimmed">
            Sign in to your agency&apos;s sync server to share your work with your team. Until then
            everything stays on this computer.
          </Text>
          <SignInForm />
        </Stack>
      ) : (
        <SyncAccountDetails status={status} account={status.account} onSynced={reload} />
      )}
    </Card>
  )
}
