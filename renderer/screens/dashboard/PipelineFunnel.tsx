import { BarChart } from '@mantine/charts'
import { Anchor, Badge, Button, Table, Text } from '@mantine/core'
import { IconLayoutKanban } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { FunnelStage } from '#shared/contract/index'
import { formatCount } from '../../lib/format.ts'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { DashboardSection } from './DashboardSection.tsx'

const watched = ['pipeline_stages', 'influencer_relationships', 'influencers']

const kinds = ['open', 'won', 'lost'] as const
const kindColor = { open: 'violet.6', won: 'teal.6', lost: 'gray.6' } as const
const kindWord = { open: 'Open', won: 'Won', lost: 'Lost' } as const

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 })

/** The board's columns as bars coloured by kind, with the exact counts in a table beside them. */
export function PipelineFunnel() {
  const query = useCrmQuery('dashboard.funnel', {}, watched)
  return (
    <DashboardSection
      title="Pipeline funnel"
      subtitle="Influencers in each stage of the board"
      query={query}
      isEmpty={(stages) => stages.every((s) => s.count === 0)}
      empty={{
        icon: <IconLayoutKanban />,
        title: 'Nobody in the pipeline yet',
        description:
          'Add influencers to the board and move them through your stages; each stage’s count shows here.',
        action: (
          <Button component={Link} to="/pipeline" variant="light" size="xs">
            Open the pipeline
          </Button>
        ),
      }}
    >
      {(stages) => <FunnelBody stages={stages} />}
    </DashboardSection>
  )
}

function FunnelBody({ stages }: { stages: FunnelStage[] }) {
  const total = stages.reduce((sum, s) => sum + s.count, 0)
  const won = stages.filter((s) => s.kind === 'won').reduce((sum, s) => sum + s.count, 0)
  const lost = stages.filter((s) => s.kind === 'lost').reduce((sum, s) => sum + s.count, 0)
  // One key per kind, so each bar takes its kind's colour and the legend explains them.
  const data = stages.map((s) => ({ stage: s.name, [s.kind]: s.count }))
  return (
    <>
      <BarChart
        h={Math.max(180, stages.length * 36)}
        data={data}
        dataKey="stage"
        type="stacked"
        orientation="vertical"
        yAxisProps={{ width: 100 }}
        gridAxis="x"
        withLegend
        legendProps={{
          verticalAlign: 'bottom',
          itemSorter: (item) => kinds.indexOf(item.dataKey as (typeof kinds)[number]),
        }}
        valueFormatter={formatCount}
        series={kinds.map((kind) => ({
          name: kind,
          label: kindWord[kind],
          color: kindColor[kind],
        }))}
      />
      <Table aria-label="Pipeline stages" verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Stage</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th ta="right">Influencers</Table.Th>
            <Table.Th ta="right">Share</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stages.map((s) => (
            <Table.Tr key={s.stageId} data-testid={`funnel-${s.name}`}>
              <Table.Td>{s.name}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={kindColor[s.kind].split('.')[0]} size="sm">
                  {kindWord[s.kind]}
                </Badge>
              </Table.Td>
              <Table.Td ta="right" data-testid="funnel-count">
                {formatCount(s.count)}
              </Table.Td>
              <Table.Td ta="right">{total ? percent.format(s.count / total) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed">
        {won + lost > 0
          ? `${percent.format(won / (won + lost))} of decided relationships were won (${formatCount(won)} won, ${formatCount(lost)} lost).`
          : 'No relationship is won or lost yet.'}{' '}
        <Anchor component={Link} to="/pipeline" size="sm">
          Open the board
        </Anchor>
      </Text>
    </>
  )
}
