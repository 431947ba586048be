/** What a caught value says to a person: a CrmError's message is already written for them. */
export const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)
