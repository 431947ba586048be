import { HttpError } from '../http/errors.ts'

/*
 * Shape offsets and handles (server/PROTOCOL.md, "Offsets"). Electric treats both as opaque;
 * ours carry what a stateless server needs to continue a shape:
 *   -1           a new shape
 *   0_<n>, n>0   inside the initial snapshot: n is the last row id sent, as a 128-bit integer
 *   <seq>_0      after the snapshot: every transaction up to commit sequence <seq> is sent
 * A handle is <epoch>-<seq>: the change log generation, and the position the shape's
 * snapshot started from (where its log part continues).
 */

export type ShapeOffset =
  { kind: 'new' } | { kind: 'snapshot'; afterId: string } | { kind: 'log'; after: number }

export const nilUuid = '00000000-0000-0000-0000-000000000000'

const uuidToInteger = (id: string) => BigInt(`0x${id.replaceAll('-', '')}`).toString()

const integerToUuid = (n: string) => {
  const hex = BigInt(n).toString(16).padStart(32, '0')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

const maxUuidInteger = 2n ** 128n - 1n

export function parseOffset(offset: string): ShapeOffset {
  if (offset === '-1') return { kind: 'new' }
  const match = /^(\d{1,19})_(\d{1,39})$/.exec(offset)
  if (match) {
    const [, seq, n] = match as unknown as [string, string, string]
    if (seq === '0' && n !== '0' && BigInt(n) <= maxUuidInteger)
      return { kind: 'snapshot', afterId: integerToUuid(n) }
    if (n === '0') return { kind: 'log', after: Number(seq) }
  }
  throw new HttpError(
    400,
    'invalid_offset',
    `Offset ${offset} is not one this server gave; start the shape again with offset -1`,
  )
}

export const snapshotOffset = (lastId: string) => `0_${uuidToInteger(lastId)}`
export const logOffset = (seq: number) => `${seq}_0`

export const formatHandle = (epoch: string, start: number) => `${epoch}-${start}`

export function parseHandle(handle: string): { epoch: string; start: number } | undefined {
  const match = /^([0-9a-f-]{36})-(\d{1,19})$/.exec(handle)
  return match ? { epoch: match[1]!, start: Number(match[2]) } : undefined
}
