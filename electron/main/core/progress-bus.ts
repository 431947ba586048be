import type { ProgressEvent } from '#shared/contract/index'

type Listener = (event: ProgressEvent) => void

/** Reports how far long work has got, so the window can show a progress bar. */
export class ProgressBus {
  readonly #listeners = new Set<Listener>()

  on(listener: Listener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  emit(event: ProgressEvent): void {
    for (const listener of this.#listeners) listener(event)
  }
}
