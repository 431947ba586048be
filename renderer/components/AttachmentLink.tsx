import { Anchor, Group } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPaperclip } from '@tabler/icons-react'
import { crm } from '../lib/crm.ts'
import { errorText } from '../lib/error-text.ts'

/** An attachment kept on this computer: its name, opening it with the system's own app. */
export function AttachmentLink({ path, name }: { path: string; name: string }) {
  const open = () =>
    crm('attachments.open', { path }).catch((error: unknown) =>
      notifications.show({
        color: 'red',
        title: `${name} did not open`,
        message: errorText(error),
      }),
    )
  return (
    <Group gap={4} c="dimmed" wrap="nowrap">
      <IconPaperclip size={14} aria-hidden />
      <Anchor
        component="button"
        type="button"
        size="xs"
        truncate
        data-testid="interaction-attachment"
        aria-label={`Open ${name}`}
        onClick={() => void open()}
      >
        {name}
      </Anchor>
    </Group>
  )
}
