import { expect, it } from 'vitest'
import { mayAutoScroll } from './use-board-drag.ts'

/** A container at x 200..1200, y 100..600, marked as the board or a column's list. */
function container(role: 'board' | 'list' | null) {
  const element = document.createElement('div')
  if (role) element.dataset.scroll = role
  element.getBoundingClientRect = () =>
    ({ left: 200, right: 1200, top: 100, bottom: 600, width: 1000, height: 500 }) as DOMRect
  return element
}

it('scrolls the board sideways only with the pointer near its left or right edge', () => {
  const board = container('board')
  expect(mayAutoScroll(board, { x: 1150, y: 300 })).toBe(true)
  expect(mayAutoScroll(board, { x: 230, y: 300 })).toBe(true)
  // Near its top, mid-width: a column header, not a wish to scroll the board.
  expect(mayAutoScroll(board, { x: 600, y: 110 })).toBe(false)
  expect(mayAutoScroll(board, { x: 600, y: 300 })).toBe(false)
})

it('scrolls a list only with the pointer inside it near its top or bottom', () => {
  const list = container('list')
  expect(mayAutoScroll(list, { x: 600, y: 110 })).toBe(true)
  expect(mayAutoScroll(list, { x: 600, y: 590 })).toBe(true)
  expect(mayAutoScroll(list, { x: 600, y: 300 })).toBe(false)
  // Level with its bottom edge but in another column.
  expect(mayAutoScroll(list, { x: 1300, y: 590 })).toBe(false)
})

it('never scrolls the page itself, nor anything without a pointer', () => {
  expect(mayAutoScroll(container(null), { x: 1190, y: 590 })).toBe(false)
  expect(mayAutoScroll(container('board'), null)).toBe(false)
})
