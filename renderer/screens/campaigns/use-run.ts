import { useState } from 'react'
import { errorText } from '../../lib/error-text.ts'

/**
 * useAction for a list: each row's buttons run their own work, the busy one is known by
 * its key, and a refusal (a status main would not allow) stays on screen as a sentence.
 */
export function useRun() {
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string>()
  const run = async (key: string, work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(key)
    setError(undefined)
    try {
      await work()
      return true
    } catch (e) {
      setError(errorText(e))
      return false
    } finally {
      setBusy(null)
    }
  }
  return { run, busy, error, clearError: () => setError(undefined) }
}
