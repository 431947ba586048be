import { CrmError, type Envelope } from './envelope.ts'
import type { ChangeEvent, Channel, Input, Output, ProgressEvent } from './channels.ts'

/**
 * `window.crm`: the renderer's only door to data, exposed by the preload (or by the test
 * host's bridge in a browser). It answers envelopes, not exceptions, because
 * contextBridge drops an error's fields on the way across.
 */
export interface CrmBridge {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Envelope<Output<C>>>
  /** Returns the function that stops listening. */
  onChange(listener: (event: ChangeEvent) => void): () => void
  /** Long work in main (imports, demo data) reports progress here. */
  onProgress(listener: (event: ProgressEvent) => void): () => void
}

/** Unwraps an envelope on the renderer's side into a value or a thrown CrmError. */
export async function callCrm<C extends Channel>(
  bridge: CrmBridge,
  channel: C,
  input: Input<C>,
): Promise<Output<C>> {
  const result = await bridge.invoke(channel, input)
  if (result.ok) return result.value
  throw new CrmError(result.error.code, result.error.message, result.error.fields)
}
