import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { campaignStatuses } from '#shared/contract/index'
import { BrandSelect } from './BrandSelect.tsx'
import type { CampaignDraft } from './campaign-draft.ts'
import { humanize } from './campaign-words.ts'
import { MoneyInput } from './MoneyInput.tsx'
import { currencies } from '../../lib/money.ts'

function DayInput({
  label,
  value,
  onChange,
  error,
  minDate,
}: {
  label: string
  value: string | null
  onChange: (day: string | null) => void
  error?: string | undefined
  minDate?: string | null
}) {
  return (
    <DatePickerInput
      label={label}
      placeholder="Pick a day"
      clearable
      value={value}
      onChange={onChange}
      error={error}
      minDate={minDate ?? undefined}
      popoverProps={{ withinPortal: true }}
    />
  )
}

/** The campaign's own fields, shared by the new-campaign and edit dialogs. */
export function CampaignFields({
  draft,
  set,
  errors,
  currency,
  withDeadlines = false,
}: {
  draft: CampaignDraft
  set: <K extends keyof CampaignDraft>(key: K, value: CampaignDraft[K]) => void
  errors: Record<string, string>
  currency: string
  withDeadlines?: boolean
}) {
  return (
    <Stack>
      <TextInput
        label="Name"
        required
        data-autofocus
        placeholder="Summer Glow 2027"
        value={draft.name}
        error={errors.name}
        onChange={(e) => set('name', e.currentTarget.value)}
      />
      <BrandSelect
        value={draft.brandId}
        onChange={(id) => set('brandId', id)}
        error={errors.brandId}
      />
      <SimpleGrid cols={2}>
        <DayInput
          label="Starts"
          value={draft.startDate}
          onChange={(day) => set('startDate', day)}
          error={errors.startDate}
        />
        <DayInput
          label="Ends"
          value={draft.endDate}
          minDate={draft.startDate}
          onChange={(day) => set('endDate', day)}
          error={errors.endDate}
        />
        {withDeadlines ? (
          <>
            <DayInput
              label="Content submission deadline"
              value={draft.submissionDeadline}
              onChange={(day) => set('submissionDeadline', day)}
              error={errors.submissionDeadline}
            />
            <DayInput
              label="Deliverables deadline"
              value={draft.deliverableDeadline}
              onChange={(day) => set('deliverableDeadline', day)}
              error={errors.deliverableDeadline}
            />
          </>
        ) : null}
        <MoneyInput
          label="Budget"
          currency={currency}
          value={draft.budget}
          onChange={(minor) => set('budget', minor)}
          error={errors.budget}
        />
        <Select
          label="Currency"
          data={[...new Set([currency, ...currencies])]}
          value={currency}
          allowDeselect={false}
          onChange={(value) => set('currency', value)}
          error={errors.currency}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <Select
        label="Status"
        data={campaignStatuses.map((s) => ({ value: s, label: humanize(s) }))}
        value={draft.status}
        allowDeselect={false}
        onChange={(value) => value && set('status', value)}
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea
        label="Brief"
        description="What the brand wants: goals, key messages, do's and don'ts"
        autosize
        minRows={3}
        maxRows={10}
        value={draft.description}
        error={errors.description}
        onChange={(e) => set('description', e.currentTarget.value)}
      />
    </Stack>
  )
}
