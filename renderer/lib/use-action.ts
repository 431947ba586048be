import { useState } from 'react'
import { errorText } from './error-text.ts'

/**
 * A button's call into main: busy while it runs, and the refusal as a sentence to show
 * beside it. One hook, so every button behaves alike.
 */
export function useAction(work: () => Promise<void>) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const run = async () => {
    setBusy(true)
    setError(undefined)
    try {
      await work()
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }
  return { run, busy, error }
}
