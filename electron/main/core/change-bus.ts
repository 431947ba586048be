import type { ChangeEvent } from '#shared/contract/index'

type Listener = (event: ChangeEvent) => void

/** Tells every open window which tables a write touched, so screens re-read. */
export class ChangeBus {
  readonly #listeners = new Set<Listener>()

  on(listener: Listener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  emit(tables: string[]): void {
    const event = { tables: [...new Set(tables)] }
    for (const listener of this.#listeners) listener(event)
  }
}
