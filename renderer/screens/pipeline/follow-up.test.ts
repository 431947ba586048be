import { expect, it } from 'vitest'
import { dayFromToday, dayToFollowUp, followUpState, followUpToDay } from './follow-up.ts'

const now = new Date(2026, 10, 25, 15, 30)

it('reads a follow-up by calendar day: earlier days are late, any time today is today', () => {
  expect(followUpState(new Date(2026, 10, 24, 23, 59).toISOString(), now)).toBe('overdue')
  expect(followUpState(new Date(2026, 10, 25, 0, 0).toISOString(), now)).toBe('today')
  expect(followUpState(new Date(2026, 10, 25, 23, 0).toISOString(), now)).toBe('today')
  expect(followUpState(new Date(2026, 10, 26, 0, 0).toISOString(), now)).toBe('upcoming')
})

it('stores a picked day as 9:00 that day and reads it back as the same day', () => {
  const stored = dayToFollowUp('2026-12-03')
  expect(new Date(stored).getHours()).toBe(9)
  expect(followUpToDay(stored)).toBe('2026-12-03')
  expect(followUpToDay(null)).toBeNull()
  expect(dayFromToday(7, now)).toBe('2026-12-02')
})
