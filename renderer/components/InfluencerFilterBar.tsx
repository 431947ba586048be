import {
  Badge,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Popover,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core'
import { IconAdjustmentsHorizontal, IconFilterOff, IconSearch } from '@tabler/icons-react'
import { platforms, type InfluencerFilters } from '#shared/contract/index'
import { plural } from '../lib/format.ts'
import { useCrmQuery } from '../lib/use-crm-query.ts'
import {
  cleanFilters,
  countActiveFilters,
  engagementInverted,
  followersInverted,
  platformLabels,
} from './influencer-filters.ts'

export interface InfluencerFilterBarProps {
  value: InfluencerFilters
  onChange: (filters: InfluencerFilters) => void
  /** What the search box is called for screen readers: each screen says what it searches. */
  searchLabel?: string
  /** Offers a stage picker when given (a table; on the board the columns are the stages). */
  stages?: readonly { id: string; name: string }[]
}

const platformOptions = platforms.map((p) => ({ value: p, label: platformLabels[p] }))

/** A picker's choices, keeping any chosen value that is no longer offered so it can be removed. */
const withChosen = (offered: readonly string[] | undefined, chosen: readonly string[] = []) => [
  ...new Set([...(offered ?? []), ...chosen]),
]

const numberOrUndefined = (v: number | string): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined

/** The seeds' influencer filters, shared by the pipeline board and the influencer table. */
export function InfluencerFilterBar({
  value,
  onChange,
  searchLabel = 'Search influencers',
  stages,
}: InfluencerFilterBarProps) {
  // Pickers offer what this organization has; if a read fails they are merely shorter.
  const facets = useCrmQuery('pipeline.facets', {}, ['influencers', 'influencer_relationships'])
  const members = useCrmQuery('workspace.members', {}, ['users'])
  const set = (patch: Partial<InfluencerFilters>) => onChange(cleanFilters({ ...value, ...patch }))
  const active = countActiveFilters(value)
  const more = countActiveFilters({
    followersMin: value.followersMin,
    followersMax: value.followersMax,
    engagementMin: value.engagementMin,
    engagementMax: value.engagementMax,
    countries: value.countries,
  })

  return (
    <Group gap="sm" align="flex-end" role="search" aria-label="Filters">
      <TextInput
        label="Search"
        aria-label={searchLabel}
        placeholder="Name, handle or email"
        leftSection={<IconSearch size={16} />}
        value={value.search ?? ''}
        onChange={(e) => set({ search: e.currentTarget.value })}
        w={200}
      />
      <MultiSelect
        label="Platform"
        placeholder={value.platforms?.length ? undefined : 'Any'}
        data={platformOptions}
        value={value.platforms ?? []}
        onChange={(v) => set({ platforms: v })}
        clearable
        w={150}
      />
      <MultiSelect
        label="Niche"
        placeholder={value.niches?.length ? undefined : 'Any'}
        data={withChosen(facets.data?.niches, value.niches)}
        value={value.niches ?? []}
        onChange={(niches) => set({ niches })}
        searchable
        clearable
        nothingFoundMessage="No niche by that name"
        w={140}
      />
      <MultiSelect
        label="Tags"
        placeholder={value.tags?.length ? undefined : 'Any'}
        data={withChosen(facets.data?.tags, value.tags)}
        value={value.tags ?? []}
        onChange={(tags) => set({ tags })}
        searchable
        clearable
        nothingFoundMessage="No tag by that name"
        w={140}
      />
      <MultiSelect
        label="Owner"
        placeholder={value.ownerIds?.length ? undefined : 'Anyone'}
        data={(members.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
        value={value.ownerIds ?? []}
        onChange={(ownerIds) => set({ ownerIds })}
        searchable
        clearable
        w={150}
      />
      {stages ? (
        <MultiSelect
          label="Stage"
          placeholder={value.stageIds?.length ? undefined : 'Any'}
          data={stages.map((s) => ({ value: s.id, label: s.name }))}
          value={value.stageIds ?? []}
          onChange={(stageIds) => set({ stageIds })}
          clearable
          w={180}
        />
      ) : null}
      <Popover position="bottom-start" shadow="md" trapFocus>
        <Popover.Target>
          <Button
            variant="default"
            leftSection={<IconAdjustmentsHorizontal size={16} />}
            rightSection={
              more > 0 ? (
                <Badge size="xs" circle aria-label={`${more} set`}>
                  {more}
                </Badge>
              ) : null
            }
          >
            More filters
          </Button>
        </Popover.Target>
        <Popover.Dropdown aria-label="More filters">
          <Stack w={300} gap="sm">
            <Group grow align="flex-start" gap="xs">
              <NumberInput
                label="Followers from"
                placeholder="0"
                min={0}
                allowNegative={false}
                allowDecimal={false}
                thousandSeparator=","
                value={value.followersMin ?? ''}
                onChange={(v) => set({ followersMin: numberOrUndefined(v) })}
              />
              <NumberInput
                label="Followers to"
                placeholder="Any"
                min={0}
                allowNegative={false}
                allowDecimal={false}
                thousandSeparator=","
                value={value.followersMax ?? ''}
                onChange={(v) => set({ followersMax: numberOrUndefined(v) })}
                error={followersInverted(value) ? 'Below the lowest' : undefined}
              />
            </Group>
            <Group grow align="flex-start" gap="xs">
              <NumberInput
                label="Engagement from"
                placeholder="0%"
                suffix="%"
                min={0}
                max={100}
                decimalScale={2}
                allowNegative={false}
                value={value.engagementMin ?? ''}
                onChange={(v) => set({ engagementMin: numberOrUndefined(v) })}
              />
              <NumberInput
                label="Engagement to"
                placeholder="100%"
                suffix="%"
                min={0}
                max={100}
                decimalScale={2}
                allowNegative={false}
                value={value.engagementMax ?? ''}
                onChange={(v) => set({ engagementMax: numberOrUndefined(v) })}
                error={engagementInverted(value) ? 'Below the lowest' : undefined}
              />
            </Group>
            <MultiSelect
              label="Country"
              placeholder={value.countries?.length ? undefined : 'Any'}
              data={withChosen(facets.data?.countries, value.countries)}
              value={value.countries ?? []}
              onChange={(countries) => set({ countries })}
              searchable
              clearable
              comboboxProps={{ withinPortal: false }}
            />
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <Switch
        label="Due follow-ups"
        checked={value.followUpDue ?? false}
        onChange={(e) => set({ followUpDue: e.currentTarget.checked })}
        mb={8}
      />
      <Group gap="xs" mb={4}>
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="active-filters">
          {active > 0 ? `${plural(active, 'filter')} active` : ''}
        </Text>
        {active > 0 ? (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconFilterOff size={14} />}
            onClick={() => onChange({})}
          >
            Clear filters
          </Button>
        ) : null}
      </Group>
    </Group>
  )
}
