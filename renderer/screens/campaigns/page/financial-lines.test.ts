import { expect, it } from 'vitest'
import { completeLines, linesTotal } from './financial-lines.ts'

it('sends only finished lines and totals them as main will', () => {
  const lines = completeLines([
    { key: 1, description: ' Reels ', quantity: 3, unitPrice: 150_000 },
    { key: 2, description: 'Story set', quantity: '1', unitPrice: 49_999 },
    { key: 3, description: '', quantity: 1, unitPrice: 100 },
    { key: 4, description: 'No price yet', quantity: 2, unitPrice: null },
    { key: 5, description: 'Nothing', quantity: 0, unitPrice: 100 },
    { key: 6, description: 'Half hour', quantity: 0.5, unitPrice: 333 },
  ])
  expect(lines).toEqual([
    { description: 'Reels', quantity: 3, unitPrice: 150_000 },
    { description: 'Story set', quantity: 1, unitPrice: 49_999 },
    { description: 'Half hour', quantity: 0.5, unitPrice: 333 },
  ])
  expect(linesTotal(lines)).toBe(500_166)
})
