import { expect, it } from 'vitest'
import { sampleBoard } from './board-fixture.ts'
import { headZoneId, listZoneId, pointerTarget, type Zone } from './board-zones.ts'

const board = sampleBoard()

/** Columns 300 wide side by side: a 40-high header, then a list from y=40 to y=600. */
const rect = (left: number, top: number, height: number, width = 280) => ({
  left,
  right: left + width,
  top,
  bottom: top + height,
  height,
})
const zones: Zone[] = board.flatMap((column, n): Zone[] => {
  const left = n * 300
  return [
    {
      id: headZoneId(column.id),
      data: { kind: 'head', stageId: column.id },
      rect: rect(left, 0, 40),
    },
    {
      id: listZoneId(column.id),
      data: { kind: 'list', stageId: column.id },
      rect: rect(left, 40, 560),
    },
    // Each row is 100 high; the first is scrolled half out of sight, under the header.
    ...column.cards.map((card, i): Zone => ({
      id: card.relationshipId,
      data: { kind: 'card', stageId: column.id, cardId: card.relationshipId },
      rect: rect(left, -10 + i * 100, 100),
    })),
  ]
})

it('over the upper half of a card, the slot before it; over the lower half, after it', () => {
  // E spans y 90..190 in Warm.
  expect(pointerTarget(board, 'A', { x: 350, y: 120 }, zones)).toEqual({
    id: 'E',
    target: { stageId: 'Warm', index: 1 },
  })
  expect(pointerTarget(board, 'A', { x: 350, y: 170 }, zones)?.target).toEqual({
    stageId: 'Warm',
    index: 2,
  })
})

it('below the last card, the bottom of the column; on an empty column, its only slot', () => {
  expect(pointerTarget(board, 'A', { x: 350, y: 500 }, zones)).toEqual({
    id: listZoneId('Warm'),
    target: { stageId: 'Warm', index: 3 },
  })
  expect(pointerTarget(board, 'A', { x: 650, y: 300 }, zones)?.target).toEqual({
    stageId: 'Cold',
    index: 0,
  })
})

it('on the header, the top of the column, even where a scrolled-away row lies beneath', () => {
  expect(pointerTarget(board, 'A', { x: 350, y: 20 }, zones)).toEqual({
    id: headZoneId('Warm'),
    target: { stageId: 'Warm', index: 0 },
  })
})

it('over the dragged card itself, where it already is', () => {
  expect(pointerTarget(board, 'B', { x: 50, y: 170 }, zones)?.target).toEqual({
    stageId: 'Saved',
    index: 1,
  })
})

it('between columns or off the board, nowhere', () => {
  expect(pointerTarget(board, 'A', { x: 290, y: 300 }, zones)).toBeNull()
  expect(pointerTarget(board, 'A', { x: 100, y: 700 }, zones)).toBeNull()
})
