import { DndContext, DragOverlay } from '@dnd-kit/core'
import { Paper } from '@mantine/core'
import type { PipelineColumn } from '#shared/contract/index'
import { BoardColumn } from './BoardColumn.tsx'
import { CardFace } from './CardFace.tsx'
import classes from './pipeline.module.css'
import { useBoardDrag } from './use-board-drag.ts'
import { useBoardMoves } from './use-board-moves.ts'

/** The columns, with drag and drop between and within them, moves shown before main answers. */
export function PipelineBoard({
  columns: server,
  reload,
}: {
  columns: PipelineColumn[]
  reload: () => void
}) {
  const { columns, move } = useBoardMoves(server, reload)
  const drag = useBoardDrag(columns, (plan) => void move(plan))

  return (
    <DndContext {...drag.contextProps}>
      <div className={classes.board} data-scroll="board">
        {columns.map((column) => (
          <BoardColumn
            key={column.id}
            column={column}
            activeId={drag.activeId}
            target={drag.target?.stageId === column.id ? drag.target : null}
            registerScroller={drag.registerScroller}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {drag.activeCard ? (
          <Paper withBorder radius="md" className={`${classes.card} ${classes.overlay}`}>
            <CardFace card={drag.activeCard} />
          </Paper>
        ) : null}
      </DragOverlay>
    </DndContext>
  )
}
