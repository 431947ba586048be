import type { z } from 'zod'
import {
  contract,
  CrmError,
  fail,
  isChannel,
  ok,
  type Channel,
  type Envelope,
  type Output,
  type ParsedInput,
} from '#shared/contract/index'

/** One handler per channel; `satisfies Handlers` makes a missing or mistyped one a compile error. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Output<C> | Promise<Output<C>>
}

export type Dispatch = (channel: unknown, input: unknown) => Promise<Envelope>

export interface DispatchOptions {
  /** Where unexpected errors go; never to the renderer, which gets a plain sentence. */
  logError: (message: string, error: unknown) => void
}

function fieldsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) fields[issue.path.join('.') || '(input)'] ??= issue.message
  return fields
}

/**
 * The single entry for every call from a renderer: unknown channels and bad input are
 * refused before a handler runs, so a bad call changes nothing.
 */
export function createDispatch(handlers: Handlers, { logError }: DispatchOptions): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      return fail({
        code: 'unknown_channel',
        message: `There is no call named "${String(channel)}".`,
      })
    }
    const spec = contract[channel]
    const parsed = spec.input.safeParse(input ?? {})
    if (!parsed.success) {
      const fields = fieldsOf(parsed.error)
      const detail = Object.entries(fields)
        .map(([path, message]) => `${path}: ${message}`)
        .join('; ')
      return fail({
        code: 'invalid_input',
        message: `${channel} refused its input (${detail}).`,
        fields,
      })
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown
      const value: unknown = await handler(parsed.data)
      // Checked on the way out too: a handler that breaks the contract is our bug, caught here.
      return ok(spec.output.parse(value))
    } catch (error) {
      if (error instanceof CrmError) return fail(error.toShape())
      logError(`${channel} failed`, error)
      return fail({
        code: 'internal',
        message:
          'Something went wrong on this computer. Try again; if it keeps happening, send the log file from Settings.',
      })
    }
  }
}
