/** How the engine waits between attempts to reach the server. */
export interface RetryPolicy {
  initialMs: number
  maxMs: number
}

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so a
 * room full of laptops coming back online does not knock on the server in step.
 */
export function retryDelay(policy: RetryPolicy, attempt: number, random: () => number): number {
  const ceiling = Math.min(policy.maxMs, policy.initialMs * 2 ** Math.min(attempt, 30))
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}
