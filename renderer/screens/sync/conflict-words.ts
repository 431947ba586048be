import type { ConflictRow } from '#shared/contract/index'

/** Why the server refused a change, in the words of the person who made it. */
const reasons: Record<string, string> = {
  forbidden: 'Your role does not allow this change.',
  tenancy: 'This record belongs to another organization.',
  private: "This record is another user's private record.",
  deleted: 'Someone deleted this record on the server.',
  transition: 'The status moved on on the server, so this step no longer applies.',
  invalid: 'The server could not accept one of the values.',
}

export const reasonText = (reason: string): string =>
  reasons[reason] ?? `The server refused this change (${reason}).`

const ops: Record<ConflictRow['op'], string> = {
  insert: 'Create',
  update: 'Edit',
  delete: 'Delete',
}
export const opText = (op: ConflictRow['op']): string => ops[op]

const opNouns: Record<ConflictRow['op'], string> = {
  insert: 'creation',
  update: 'edit',
  delete: 'deletion',
}
/** "the edit of Zora Quill": the change as a thing that can be lost. */
export const opNoun = (op: ConflictRow['op']): string => opNouns[op]

/** "influencer_relationships" -> "influencer relationships". */
export const tableText = (table: string): string => table.replaceAll('_', ' ')

/** The record's name when known locally, else its table and the start of its id. */
export const recordName = (row: ConflictRow): string =>
  row.label ?? `${tableText(row.tableName)} ${row.rowId.slice(0, 8)}`

/** A changed value as text: strings as they are, anything else as JSON. */
export const valueText = (value: unknown): string =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null')
