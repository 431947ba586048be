import { ActionIcon, Anchor, Button, Group, Stack, Text, Tooltip } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconPlus, IconRosetteDiscountCheck, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import type { Output } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { errorText } from '../../../lib/error-text.ts'
import { formatCompact } from '../../../lib/format.ts'
import { offerUndo } from '../../../lib/undo.tsx'
import { AddAccountForm } from './AddAccountForm.tsx'
import { PageCard } from './PageCard.tsx'
import { platformIcons, platformLabels } from './words.ts'

type Account = Output<'influencers.get'>['accounts'][number]

/** Their handles on each platform; removing one can be undone. */
export function AccountsCard({
  influencerId,
  accounts,
}: {
  influencerId: string
  accounts: Account[]
}) {
  const [adding, add] = useDisclosure(false)
  const [error, setError] = useState<string>()

  const remove = async (account: Account) => {
    setError(undefined)
    try {
      await crm('influencers.removeAccount', { id: account.id })
      offerUndo(`Removed @${account.handle}`, () =>
        crm('influencers.restoreAccount', { id: account.id }),
      )
    } catch (e) {
      setError(errorText(e))
    }
  }

  return (
    <PageCard
      title="Accounts"
      action={
        adding ? null : (
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            onClick={add.open}
          >
            Add account
          </Button>
        )
      }
    >
      <Stack gap="xs">
        {accounts.length === 0 && !adding ? (
          <Text size="sm" c="dimmed">
            No accounts yet — add their handle on each platform they post on.
          </Text>
        ) : null}
        {accounts.map((account) => {
          const Icon = platformIcons[account.platform]
          return (
            <Group key={account.id} justify="space-between" wrap="nowrap" gap="xs">
              <Group gap="xs" wrap="nowrap" miw={0}>
                <Icon size={18} aria-label={platformLabels[account.platform]} />
                {account.url ? (
                  <Anchor href={account.url} target="_blank" rel="noreferrer" size="sm" truncate>
                    @{account.handle}
                  </Anchor>
                ) : (
                  <Text size="sm" truncate>
                    @{account.handle}
                  </Text>
                )}
                {account.verified ? (
                  <Tooltip label="Verified">
                    <IconRosetteDiscountCheck
                      size={16}
                      color="var(--mantine-color-blue-filled)"
                      aria-label="Verified"
                    />
                  </Tooltip>
                ) : null}
              </Group>
              <Group gap="xs" wrap="nowrap">
                {account.followers === null ? null : (
                  <Text size="sm" c="dimmed">
                    {formatCompact(account.followers)}
                  </Text>
                )}
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={`Remove @${account.handle} (${platformLabels[account.platform]})`}
                  onClick={() => void remove(account)}
                >
                  <IconX size={14} />
                </ActionIcon>
              </Group>
            </Group>
          )
        })}
        {error ? (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        ) : null}
        {adding ? <AddAccountForm influencerId={influencerId} onDone={add.close} /> : null}
      </Stack>
    </PageCard>
  )
}
