import type { Sql } from '../db/sql.ts'

export interface LiveHub {
  close(): Promise<void>
}

export async function createLiveHub(_sql: Sql): Promise<LiveHub> {
  return { close: async () => {} }
}
