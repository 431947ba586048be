import { notifications } from '@mantine/notifications'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { PipelineColumn } from '#shared/contract/index'
import { crm } from '../../lib/crm.ts'
import { errorText } from '../../lib/error-text.ts'
import { offerUndo } from '../../lib/undo.tsx'
import { moveBackInput, type MovePlan } from './board-move.ts'

interface Pending {
  columns: PipelineColumn[]
  /** Moves sent and not yet answered. */
  unsettled: number
  /** The board main had sent when the last move was answered; a newer one replaces ours. */
  basis: readonly PipelineColumn[] | null
}

/**
 * Optimistic moves: a dropped card shows in its new place at once, stays there until main's
 * re-read of the board arrives, and goes back (with the reason) if main refuses the move.
 */
export function useBoardMoves(server: PipelineColumn[], reload: () => void) {
  const [pending, setPending] = useState<Pending | null>(null)
  const latest = useRef(server)
  useEffect(() => {
    latest.current = server
  }, [server])

  const showPending = pending !== null && (pending.unsettled > 0 || pending.basis === server)
  const columns = showPending ? pending.columns : server

  const move = useCallback(
    async (plan: MovePlan) => {
      setPending((p) => ({
        columns: plan.columns,
        unsettled: (p?.unsettled ?? 0) + 1,
        basis: null,
      }))
      try {
        await crm('pipeline.move', {
          relationshipId: plan.relationshipId,
          stageId: plan.stageId,
          afterId: plan.afterId,
          beforeId: plan.beforeId,
        })
        setPending((p) => p && { ...p, unsettled: p.unsettled - 1, basis: latest.current })
        // Asked after the write, so the next board to arrive already holds the move.
        reload()
        offerUndo(`Moved ${plan.name} to ${plan.stageName}`, () =>
          crm('pipeline.move', moveBackInput(plan)),
        )
      } catch (error) {
        setPending(null)
        reload()
        notifications.show({
          color: 'red',
          title: `${plan.name} could not be moved`,
          message: `${errorText(error)} The card is back in ${plan.from.stageName}.`,
        })
      }
    },
    [reload],
  )

  return { columns, move }
}
