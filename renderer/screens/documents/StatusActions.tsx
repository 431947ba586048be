import { Button, Group } from '@mantine/core'
import type { DocumentDetail, DocumentStatus } from '#shared/contract/index'
import { crm } from '../../lib/crm.ts'
import { isEditable, moveLabels } from './document-words.ts'
import type { SaveState } from './yjs-bridge.ts'

/**
 * The steps this person may take now (main says which). Queued edits are stored first: a
 * document is approved with the words on screen, and if they cannot be stored it is not
 * moved past review at all.
 */
export function StatusActions({
  detail,
  flush,
  run,
  busy,
}: {
  detail: DocumentDetail
  flush: () => Promise<SaveState>
  run: (key: string, work: () => Promise<unknown>) => Promise<boolean>
  busy: string | null
}) {
  const move = (to: DocumentStatus) =>
    void run(`move-${to}`, async () => {
      const saved = await flush()
      if (saved.error && !isEditable(to))
        throw new Error(
          `Your latest edits are not saved yet (${saved.error}), so the document stays ${detail.status.replace('_', ' ')}.`,
        )
      await crm('documents.move', { id: detail.id, to })
      // Edits refused while it was a record go in now that it is a draft again.
      if (isEditable(to)) await flush()
    })

  return (
    <Group gap="xs">
      {detail.nextStatuses.map((to) => (
        <Button
          key={to}
          size="sm"
          variant={to === 'draft' ? 'default' : 'filled'}
          loading={busy === `move-${to}`}
          disabled={busy !== null && busy !== `move-${to}`}
          onClick={() => move(to)}
        >
          {moveLabels[to]}
        </Button>
      ))}
    </Group>
  )
}
