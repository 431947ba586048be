import { Button, Group, Select, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconFileText, IconSearch } from '@tabler/icons-react'
import { documentStatuses, type DocumentRow } from '#shared/contract/index'
import { FilteredList } from '../../components/FilteredList.tsx'
import { useCrmQuery, type CrmQuery } from '../../lib/use-crm-query.ts'
import { useDocumentListStore } from './document-list-store.ts'
import { DocumentsTable } from './DocumentsTable.tsx'
import { documentStatusLabels, isDocumentKind, kindOptions } from './document-words.ts'

/** A row names its campaign, influencer and owner: renaming any of them re-reads the list. */
const listTables = ['documents', 'document_updates', 'campaigns', 'influencers', 'users']

/** The most recent this many; search finds older ones. */
export const listLimit = 200

const statusOptions = documentStatuses.map((status) => ({
  value: status,
  label: documentStatusLabels[status],
}))

/** The documents matching the list's filters: words in the title or the text, kind, status. */
export function useDocumentList(): CrmQuery<DocumentRow[]> & { filtered: boolean } {
  const { search, kind, status } = useDocumentListStore()
  const [words] = useDebouncedValue(search.trim(), 150)
  const query = useCrmQuery(
    'documents.list',
    {
      limit: listLimit,
      ...(words ? { search: words } : {}),
      ...(kind ? { kind } : {}),
      ...(status ? { status } : {}),
    },
    listTables,
  )
  return { ...query, filtered: !!(words || kind || status) }
}

export function DocumentsList({
  list: { data, error, reload, filtered },
  onNew,
}: {
  list: ReturnType<typeof useDocumentList>
  onNew: () => void
}) {
  const { search, kind, status, setSearch, setKind, setStatus, clear } = useDocumentListStore()
  return (
    <>
      <Group mb="md" gap="md" align="flex-end">
        <TextInput
          aria-label="Search documents"
          placeholder="Words in the title or the text"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={300}
        />
        <Select
          aria-label="Kind"
          placeholder="Any kind"
          clearable
          data={kindOptions}
          value={kind}
          onChange={(value) => setKind(isDocumentKind(value) ? value : null)}
          w={190}
        />
        <Select
          aria-label="Status"
          placeholder="Any status"
          clearable
          data={statusOptions}
          value={status}
          onChange={(value) =>
            setStatus(statusOptions.find((o) => o.value === value)?.value ?? null)
          }
          w={160}
        />
      </Group>
      <FilteredList
        error={error}
        reload={reload}
        data={data}
        filtered={filtered}
        clear={clear}
        noMatch={{
          title: 'No document matches',
          description: 'Try other words, or any kind and status.',
          showAll: 'Show all documents',
        }}
        empty={{
          icon: <IconFileText />,
          title: 'No documents yet',
          description:
            "Draft a brief, a contract, an outreach email, a PO or an invoice from a template, with the campaign's and the influencer's details filled in. Drafting works offline.",
          action: <Button onClick={onNew}>New document</Button>,
        }}
      >
        {(rows) => <DocumentsTable rows={rows} />}
      </FilteredList>
    </>
  )
}
