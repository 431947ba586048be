import type { Replica } from './replica.ts'

/*
 * How far a table's shape has brought the server's history into this replica, measured in
 * the change-log positions that applied outcomes carry (shared/sync/protocol.ts,
 * MutationOutcome `position`; server/PROTOCOL.md, "Offsets and handles"). The offset and
 * handle are read as saved with the last applied batch, so they say exactly what the
 * replica holds.
 */

const logOffset = /^(\d+)_(\d+)$/
const handleStart = /-(\d+)$/

/**
 * Whether the replica's copy of the table may already hold the server's rows as of
 * `position` or later, so that an applied change must not be folded into its row's base:
 * the base was pulled at or after the write and may carry a colleague's later change.
 *
 * - Past the snapshot (`<seq>_0`): every commit up to `seq` is applied; reached when
 *   `seq >= position`.
 * - Inside a snapshot (`0_<n>`, n > 0): the rows sent so far were read after the snapshot
 *   began, at the handle's `<start>`; reached when `start >= position`. When the snapshot
 *   began earlier, its log part brings the write and everything after it anyway.
 * - Never read (`-1`, no saved offset): nothing of the table came since, not reached.
 *
 * An offset or handle this replica cannot read counts as reached: keeping the pulled row is
 * always corrected by later pulls (they bring the write if it is missing), while folding
 * over a newer row is corrected by none.
 */
export function shapeReached(replica: Replica, tableName: string, position: string): boolean {
  const saved = replica
    .statement('select offset, handle from sync_shapes where table_name = ?')
    .get(tableName) as { offset: string; handle: string | null } | undefined
  if (!saved || saved.offset === '-1') return false
  const target = BigInt(position)
  const offset = logOffset.exec(saved.offset)
  if (!offset) return true
  const [, seq, n] = offset as unknown as [string, string, string]
  if (seq !== '0' || n === '0') return BigInt(seq) >= target
  const start = saved.handle ? handleStart.exec(saved.handle)?.[1] : undefined
  return start === undefined || BigInt(start) >= target
}
