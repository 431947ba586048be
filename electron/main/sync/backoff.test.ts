import { describe, expect, it } from 'vitest'
import { retryDelay } from './backoff.ts'

const policy = { initialMs: 1000, maxMs: 30_000 }

describe('retry delays', () => {
  it('double per attempt up to the cap, half fixed and half jitter', () => {
    expect(retryDelay(policy, 0, () => 0)).toBe(500)
    expect(retryDelay(policy, 0, () => 0.999999)).toBe(1000)
    expect(retryDelay(policy, 3, () => 0)).toBe(4000)
    expect(retryDelay(policy, 20, () => 0)).toBe(15_000)
    expect(retryDelay(policy, 20, () => 0.999999)).toBe(30_000)
  })

  it('spread a crowd of devices apart', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelay(policy, 4, Math.random)))
    expect(delays.size).toBeGreaterThan(40)
  })
})
