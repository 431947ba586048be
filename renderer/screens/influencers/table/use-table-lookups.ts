import { useMemo } from 'react'
import { useCrmQuery } from '../../../lib/use-crm-query.ts'

/** Stage and owner names for the ids a row carries, re-read when either list changes. */
export function useTableLookups() {
  const stages = useCrmQuery('pipeline.stages', {}, ['pipeline_stages'])
  const members = useCrmQuery('workspace.members', {}, ['users'])
  return useMemo(
    () => ({
      stages: stages.data ?? [],
      stageName: new Map((stages.data ?? []).map((s) => [s.id, s.name])),
      ownerName: new Map((members.data ?? []).map((m) => [m.id, m.name])),
    }),
    [stages.data, members.data],
  )
}

export type TableLookups = ReturnType<typeof useTableLookups>
