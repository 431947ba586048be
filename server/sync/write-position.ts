import type { Queryable } from '../db/sql.ts'

/**
 * Where a push's writes sit in the change log, for the `position` of its applied outcomes
 * (server/PROTOCOL.md, section 3): the batch's own commit sequence number when it wrote
 * anything, else the newest commit it could see. Either way every later change to a row the
 * batch decided on has a higher number, because the batch held those rows locked until it
 * committed; and a shape that has read up to this number already holds the batch's writes.
 * A device compares it with its shape's offset to know whether a pull has already brought
 * this write, or something newer, into its copy of the row (then it must not fold its own,
 * older values over it).
 *
 * Call it last, just before the commit: the number is normally given at commit by the
 * deferred trigger of migration 0004, and asking for it now runs that trigger early. It
 * takes the commit lock then, held until the commit as before, so numbers still follow
 * commit order. Only this one statement runs under the lock besides the commit, and it
 * cannot wait on another transaction: it writes the position into the applied outcomes this
 * transaction recorded itself (`recorded`, their ids), so a resend is answered with it too.
 */
export async function recordPosition(tx: Queryable, recorded: readonly string[]): Promise<string> {
  await tx.exec('set constraints sync_txns_stamp_commit immediate')
  const [row] = await tx.query<{ position: string }>(
    `with p as (
       select coalesce(
         (select commit_seq from sync_txns where xid = pg_current_xact_id_if_assigned()),
         greatest((select max(commit_seq) from sync_txns), (select horizon from sync_state where id = 1)),
         0
       )::text as position
     ), recorded as (
       update applied_mutations a set outcome = a.outcome || jsonb_build_object('position', p.position)
         from p where a.mutation_id = any($1::uuid[]) and a.outcome->>'status' = 'applied'
     )
     select position from p`,
    [recorded],
  )
  return row!.position
}
