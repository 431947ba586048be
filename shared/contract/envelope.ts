// Every call across the process boundary answers with an envelope instead of throwing,
// because Electron flattens thrown errors into "Error invoking remote method ...".
export const errorCodes = [
  'invalid_input',
  'unknown_channel',
  'not_found',
  'conflict',
  'forbidden',
  /** A server the call needs cannot be reached now. */
  'unavailable',
  'internal',
] as const
export type ErrorCode = (typeof errorCodes)[number]

export interface CrmErrorShape {
  code: ErrorCode
  message: string
  /** Field paths that failed validation, for forms to highlight. */
  fields?: Record<string, string>
}

export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: CrmErrorShape }

/** An error a user can read: says what happened and, where it can, what to do. */
export class CrmError extends Error {
  readonly code: ErrorCode
  readonly fields: Record<string, string> | undefined

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message)
    this.name = 'CrmError'
    this.code = code
    this.fields = fields
  }

  toShape(): CrmErrorShape {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message }
  }
}

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value })
export const fail = (error: CrmErrorShape): Envelope<never> => ({ ok: false, error })
