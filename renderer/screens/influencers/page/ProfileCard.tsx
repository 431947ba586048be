import { Anchor, DataList, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import type { Output } from '#shared/contract/index'
import { demographicLines, rateCardLines, type Line } from './record-lines.ts'
import { sentence } from './words.ts'
import { PageCard } from './PageCard.tsx'

type Influencer = Output<'influencers.get'>

const languageNames = new Intl.DisplayNames(undefined, { type: 'language' })
const languageName = (code: string) => {
  try {
    return languageNames.of(code) ?? code
  } catch {
    return code
  }
}

/** The profile's details: contact, where they come from, what they charge, who follows them. */
export function ProfileCard({ influencer: i }: { influencer: Influencer }) {
  const rates = i.rateCard ? rateCardLines(i.rateCard) : []
  const audience = i.audienceDemographics ? demographicLines(i.audienceDemographics) : []
  return (
    <PageCard title="Profile">
      <Stack gap="sm">
        {i.bio ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {i.bio}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            No bio yet — add one with Edit.
          </Text>
        )}
        <DataList size="sm" labelWidth={96} gap={6}>
          <Item label="Email">
            {i.email ? <Anchor href={`mailto:${i.email}`}>{i.email}</Anchor> : null}
          </Item>
          <Item label="Phone">
            {i.phone ? (
              <Anchor href={`tel:${i.phone.replace(/\s+/g, '')}`}>{i.phone}</Anchor>
            ) : null}
          </Item>
          <Item label="Language">{i.language ? languageName(i.language) : null}</Item>
          <Item label="Profile">
            {i.profileUrl ? (
              <Anchor href={i.profileUrl} target="_blank" rel="noreferrer">
                {i.profileUrl.replace(/^https?:\/\/(www\.)?/, '')}
              </Anchor>
            ) : null}
          </Item>
          <Item label="Source">{sentence(i.source)}</Item>
        </DataList>
        <Lines title="Rate card" lines={rates} />
        <Lines title="Audience" lines={audience} />
      </Stack>
    </PageCard>
  )
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
      {/* Long addresses wrap inside the card instead of running past its edge. */}
      <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>
        {children ?? (
          <Text span c="dimmed">
            —
          </Text>
        )}
      </DataList.ItemValue>
    </DataList.Item>
  )
}

function Lines({ title, lines }: { title: string; lines: Line[] }) {
  if (lines.length === 0) return null
  return (
    <div>
      <Text size="xs" fw={600} tt="uppercase" c="dimmed" mb={4}>
        {title}
      </Text>
      <DataList size="sm" labelWidth={96} gap={4} aria-label={title}>
        {lines.map((line) => (
          <DataList.Item key={line.label}>
            <DataList.ItemLabel c="dimmed">{line.label}</DataList.ItemLabel>
            <DataList.ItemValue>{line.value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </div>
  )
}
