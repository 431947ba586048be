import { Anchor, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { DocumentRow } from '#shared/contract/index'
import { formatWhen } from '../../lib/format.ts'
import { DocumentStatusBadge } from './DocumentStatusBadge.tsx'
import { documentKindLabels } from './document-words.ts'

const dash = (value: string | null) => value ?? '—'

export function DocumentsTable({ rows }: { rows: DocumentRow[] }) {
  return (
    <Table striped highlightOnHover stickyHeader aria-label="Documents" verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Title</Table.Th>
          <Table.Th>Kind</Table.Th>
          <Table.Th w={120}>Status</Table.Th>
          <Table.Th>Campaign</Table.Th>
          <Table.Th>Influencer</Table.Th>
          <Table.Th>Owner</Table.Th>
          <Table.Th>Updated</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td maw={360}>
              <Anchor component={Link} to={`/documents/${row.id}`} fw={600} size="sm">
                {row.title}
              </Anchor>
              {row.preview ? (
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {row.preview}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>{documentKindLabels[row.kind]}</Table.Td>
            {/* The badge must not shrink into "IN RE…": the status is the point of the column. */}
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <DocumentStatusBadge status={row.status} />
            </Table.Td>
            <Table.Td>{dash(row.campaignName)}</Table.Td>
            <Table.Td>{dash(row.influencerName)}</Table.Td>
            <Table.Td>{dash(row.ownerName)}</Table.Td>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatWhen(row.updatedAt)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
