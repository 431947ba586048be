import { expect, it } from 'vitest'
import { budgetFigures } from './budget-figures.ts'

const summary = (budget: number, committed: number, paid: number) => ({
  currency: 'EUR',
  budget,
  committed,
  paid,
  remaining: budget - Math.max(committed, paid),
})

it('draws paid, then committed on top, as shares of the budget', () => {
  expect(budgetFigures(summary(1_000_00, 400_00, 100_00))).toEqual({
    paidPercent: 10,
    promisedPercent: 30,
    overPercent: 0,
    over: 0,
    spent: 400_00,
  })
})

it('shows spending beyond the budget as its own part of a longer bar', () => {
  const figures = budgetFigures(summary(1_000_00, 1_250_00, 500_00))
  expect(figures).toEqual({
    paidPercent: 40,
    promisedPercent: 40,
    overPercent: 20,
    over: 250_00,
    spent: 1_250_00,
  })
})

it('counts payments beyond what offers promised, and an empty budget as all over', () => {
  expect(budgetFigures(summary(100_00, 0, 150_00))).toMatchObject({ over: 50_00, spent: 150_00 })
  expect(budgetFigures(summary(0, 30_00, 0))).toEqual({
    paidPercent: 0,
    promisedPercent: 0,
    overPercent: 100,
    over: 30_00,
    spent: 30_00,
  })
  expect(budgetFigures(summary(0, 0, 0))).toMatchObject({ overPercent: 0, over: 0 })
})
