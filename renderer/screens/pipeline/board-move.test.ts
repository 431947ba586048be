import { describe, expect, it } from 'vitest'
import { names, sampleBoard } from './board-fixture.ts'
import {
  isSamePlace,
  moveBackInput,
  planMove,
  stepTarget,
  targetAtBottom,
  targetAtTop,
  targetOverCard,
} from './board-move.ts'

const board = sampleBoard()

describe('a drop on another column', () => {
  it('at the top goes above its first card', () => {
    const plan = planMove(board, 'B', targetAtTop('Warm'))!
    expect(plan).toMatchObject({ stageId: 'Warm', afterId: null, beforeId: 'D' })
    expect(names(plan.columns, 'Warm')).toEqual(['B', 'D', 'E', 'F'])
  })

  it('on the lower half of a middle card goes between it and the next', () => {
    const plan = planMove(board, 'B', targetOverCard(board, 'B', 'E', true)!)!
    expect(plan).toMatchObject({ stageId: 'Warm', afterId: 'E', beforeId: 'F' })
    expect(names(plan.columns, 'Warm')).toEqual(['D', 'E', 'B', 'F'])
  })

  it('on the upper half of a middle card goes between it and the one above', () => {
    const plan = planMove(board, 'B', targetOverCard(board, 'B', 'E', false)!)!
    expect(plan).toMatchObject({ afterId: 'D', beforeId: 'E' })
  })

  it('at the bottom goes below its last card', () => {
    const plan = planMove(board, 'B', targetAtBottom(board, 'B', 'Warm'))!
    expect(plan).toMatchObject({ stageId: 'Warm', afterId: 'F', beforeId: null })
    expect(names(plan.columns, 'Warm')).toEqual(['D', 'E', 'F', 'B'])
  })

  it('that is empty has no neighbours', () => {
    const plan = planMove(board, 'A', targetAtBottom(board, 'A', 'Cold'))!
    expect(plan).toMatchObject({
      stageId: 'Cold',
      stageName: 'Cold',
      afterId: null,
      beforeId: null,
    })
    expect(names(plan.columns, 'Cold')).toEqual(['A'])
  })
})

describe('a reorder within a column', () => {
  it('down: below the card under it', () => {
    const plan = planMove(board, 'A', targetOverCard(board, 'A', 'B', true)!)!
    expect(plan).toMatchObject({ stageId: 'Saved', afterId: 'B', beforeId: 'C' })
    expect(names(plan.columns, 'Saved')).toEqual(['B', 'A', 'C'])
  })

  it('up: to the top, above the first card', () => {
    const plan = planMove(board, 'C', targetOverCard(board, 'C', 'A', false)!)!
    expect(plan).toMatchObject({ afterId: null, beforeId: 'A' })
    expect(names(plan.columns, 'Saved')).toEqual(['C', 'A', 'B'])
  })

  it('keeps the column count', () => {
    const plan = planMove(board, 'C', targetAtTop('Saved'))!
    expect(plan.columns.map((c) => c.count)).toEqual([3, 3, 0])
  })
})

describe('a drop that changes nothing', () => {
  it('on the card itself', () => {
    expect(planMove(board, 'B', targetOverCard(board, 'B', 'B', true)!)).toBeNull()
    expect(planMove(board, 'B', targetOverCard(board, 'B', 'B', false)!)).toBeNull()
  })

  it('just above the card below it, or just below the card above it', () => {
    expect(isSamePlace(board, 'B', targetOverCard(board, 'B', 'C', false)!)).toBe(true)
    expect(planMove(board, 'B', targetOverCard(board, 'B', 'C', false)!)).toBeNull()
    expect(planMove(board, 'B', targetOverCard(board, 'B', 'A', true)!)).toBeNull()
  })

  it('the bottom of its own column when it is already last', () => {
    expect(planMove(board, 'C', targetAtBottom(board, 'C', 'Saved'))).toBeNull()
  })

  it('on a column that is not on the board', () => {
    expect(planMove(board, 'A', { stageId: 'Gone', index: 0 })).toBeNull()
  })
})

describe('the optimistic board', () => {
  it('shows the card moved and the counts changed, leaving the board it came from alone', () => {
    const before = sampleBoard()
    const plan = planMove(before, 'E', targetAtTop('Saved'))!
    expect(names(plan.columns, 'Saved')).toEqual(['E', 'A', 'B', 'C'])
    expect(names(plan.columns, 'Warm')).toEqual(['D', 'F'])
    expect(plan.columns.map((c) => c.count)).toEqual([4, 2, 0])
    expect(plan.columns[2]).toBe(before[2])
    expect(names(before, 'Warm')).toEqual(['D', 'E', 'F'])
    expect(before.map((c) => c.count)).toEqual([3, 3, 0])
  })

  it('counts the whole stage, not only the cards loaded', () => {
    const big = sampleBoard()
    big[1] = { ...big[1]!, count: 5000 }
    const plan = planMove(big, 'A', targetAtTop('Warm'))!
    expect(plan.columns.map((c) => c.count)).toEqual([2, 5001, 0])
  })

  it('remembers where the card came from, to move it back', () => {
    const plan = planMove(board, 'E', targetAtTop('Saved'))!
    expect(plan.from).toEqual({ stageId: 'Warm', stageName: 'Warm', afterId: 'D', beforeId: 'F' })
    expect(moveBackInput(plan)).toEqual({ relationshipId: 'E', stageId: 'Warm', afterId: 'D' })
    const top = planMove(board, 'D', targetAtTop('Saved'))!
    expect(moveBackInput(top)).toEqual({ relationshipId: 'D', stageId: 'Warm', beforeId: 'E' })
    const alone = planMove(
      planMove(board, 'A', targetAtTop('Cold'))!.columns,
      'A',
      targetAtTop('Saved'),
    )!
    expect(moveBackInput(alone)).toEqual({ relationshipId: 'A', stageId: 'Cold' })
  })
})

describe('the arrow keys', () => {
  it('step through the slots of a column and stop at its ends', () => {
    const start = { stageId: 'Saved', index: 0 }
    const down = stepTarget(board, 'A', start, 'down')
    expect(down).toEqual({ stageId: 'Saved', index: 1 })
    expect(planMove(board, 'A', down)).toMatchObject({ afterId: 'B', beforeId: 'C' })
    const bottom = stepTarget(board, 'A', stepTarget(board, 'A', down, 'down'), 'down')
    expect(bottom).toEqual({ stageId: 'Saved', index: 2 })
    expect(stepTarget(board, 'A', start, 'up')).toEqual(start)
  })

  it('go to the next column at the same height, or its bottom when it is shorter', () => {
    expect(stepTarget(board, 'C', { stageId: 'Saved', index: 2 }, 'right')).toEqual({
      stageId: 'Warm',
      index: 2,
    })
    expect(stepTarget(board, 'F', { stageId: 'Warm', index: 2 }, 'right')).toEqual({
      stageId: 'Cold',
      index: 0,
    })
    expect(stepTarget(board, 'F', { stageId: 'Cold', index: 0 }, 'right')).toEqual({
      stageId: 'Cold',
      index: 0,
    })
    expect(stepTarget(board, 'A', { stageId: 'Saved', index: 0 }, 'left')).toEqual({
      stageId: 'Saved',
      index: 0,
    })
  })
})
