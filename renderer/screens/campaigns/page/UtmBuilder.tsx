import {
  Alert,
  Button,
  Code,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { useState } from 'react'
import { CrmError, type CampaignInfluencerRow } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { errorText } from '../../../lib/error-text.ts'
import { CopyLinkButton } from './CopyLinkButton.tsx'
import { initialUtm, previewUtm, utmDefaults, utmParamsOf, type UtmFields } from './utm-form.ts'

const fieldLabels: [keyof UtmFields, string][] = [
  ['utmSource', 'Source'],
  ['utmMedium', 'Medium'],
  ['utmCampaign', 'Campaign'],
  ['utmContent', 'Content'],
  ['utmTerm', 'Term'],
]

/**
 * Builds one influencer's tracked link: a landing page and utm_ fields whose blanks take
 * sensible defaults (shown as placeholders). Main stores the link; it is shown with copy
 * buttons for the whole link and each parameter.
 */
export function UtmBuilder({
  link,
  campaignName,
  brandWebsite,
}: {
  link: CampaignInfluencerRow
  campaignName: string
  brandWebsite: string | null
}) {
  const [fields, setFields] = useState<UtmFields>(() => initialUtm(link, brandWebsite))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const defaults = utmDefaults(campaignName, link)
  const preview = previewUtm(fields, defaults)
  const placeholders: Record<string, string> = {
    utmSource: defaults.source,
    utmMedium: defaults.medium,
    utmCampaign: defaults.campaign,
    utmContent: defaults.content ?? '',
    utmTerm: 'optional',
  }
  const set = (key: keyof UtmFields, value: string) => {
    setFields((f) => ({ ...f, [key]: value }))
    setErrors({})
  }

  const build = async () => {
    setSaving(true)
    try {
      await crm('campaigns.buildUtm', {
        campaignInfluencerId: link.id,
        landingPage: fields.landingPage,
        utmSource: fields.utmSource || null,
        utmMedium: fields.utmMedium || null,
        utmCampaign: fields.utmCampaign || null,
        utmContent: fields.utmContent || null,
        utmTerm: fields.utmTerm || null,
      })
      setErrors({})
    } catch (error) {
      setErrors(
        error instanceof CrmError && error.fields ? error.fields : { form: errorText(error) },
      )
    } finally {
      setSaving(false)
    }
  }

  const stored = link.utmUrl
  const changed = stored !== null && preview !== null && preview !== stored
  return (
    <Stack>
      <TextInput
        label="Landing page"
        description="Where the link takes people, such as the product page"
        placeholder="https://brand.example/product"
        required
        value={fields.landingPage}
        error={errors.landingPage}
        onChange={(e) => set('landingPage', e.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 2, sm: 3 }}>
        {fieldLabels.map(([key, label]) => (
          <TextInput
            key={key}
            label={label}
            placeholder={placeholders[key]}
            value={fields[key]}
            error={errors[key]}
            onChange={(e) => set(key, e.currentTarget.value)}
          />
        ))}
      </SimpleGrid>
      {errors.form ? (
        <Alert color="red" role="alert">
          {errors.form}
        </Alert>
      ) : null}
      {preview && (!stored || changed) ? (
        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
          Will build: {preview}
        </Text>
      ) : null}
      <Group justify="flex-end">
        <Button loading={saving} onClick={() => void build()}>
          {stored ? 'Rebuild link' : 'Build link'}
        </Button>
      </Group>
      {stored ? <BuiltLink url={stored} who={link.influencerName} /> : null}
    </Stack>
  )
}

function BuiltLink({ url, who }: { url: string; who: string }) {
  return (
    <Stack gap="xs" aria-label={`Tracked link for ${who}`} role="group">
      <Text size="sm" fw={600}>
        Tracked link
      </Text>
      <Group wrap="nowrap" align="flex-start" gap="xs">
        <Code
          block
          style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
          data-testid="utm-url"
        >
          {url}
        </Code>
        <CopyLinkButton value={url} label={`Copy the tracked link for ${who}`} />
      </Group>
      <Table withRowBorders={false} verticalSpacing={2} aria-label="UTM parameters">
        <Table.Tbody>
          {utmParamsOf(url).map(([key, value]) => (
            <Table.Tr key={key}>
              <Table.Td w={130}>
                <Code>{key}</Code>
              </Table.Td>
              <Table.Td>{value}</Table.Td>
              <Table.Td w={40}>
                <CopyLinkButton value={value} label={`Copy ${key}`} compact />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
