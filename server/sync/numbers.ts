import type { Queryable } from '../db/sql.ts'

const prefixes: Record<string, string> = { po: 'PO', invoice: 'INV', form: 'FORM' }

/**
 * The final number of a financial document made offline (its device gave it a provisional
 * one): per organization, type and year, without gaps, decided here so two devices never
 * print the same invoice number. The counter row's lock orders concurrent pushes.
 */
export async function assignDocumentNumber(
  tx: Queryable,
  orgId: string,
  type: string,
  issuedAt: string | null | undefined,
  now: number,
): Promise<string> {
  const year = new Date(issuedAt ?? now).getUTCFullYear()
  const [row] = await tx.query<{ last: number }>(
    `insert into document_counters (org_id, type, year, last) values ($1, $2, $3, 1)
     on conflict (org_id, type, year) do update set last = document_counters.last + 1
     returning last`,
    [orgId, type, year],
  )
  return `${prefixes[type] ?? type.toUpperCase()}-${year}-${String(row!.last).padStart(4, '0')}`
}
